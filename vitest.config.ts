import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{db,cli,electron,web,renderer,scripts,testkit}/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    // Hooks start the journal core's threads, which takes seconds on a busy machine.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
