import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,cli,electron,e2e/host,renderer,scripts}/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
