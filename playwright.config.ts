// The Playwright suite: the same specs run against the browser host in Debian's
// Chromium ("chromium-web") and, where its binary is installed, in Electron
// ("electron"; each test reports SKIPPED with the reason otherwise).
// `npm run test:e2e` builds first; the fixtures (e2e/fixtures.ts) start the
// host in-process on a fresh journal per test.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './testkit/chromium';
import type { Options } from './e2e/fixtures';

export default defineConfig<Options>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two cores, shared: two workers keep both busy without starving the app.
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // One retry in CI, where a shared machine's load can starve a step past its timeout: a spec that
  // passes only on the retry is reported as flaky in the output, and one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
  projects: [
    { name: 'chromium-web', use: { hostKind: 'web' } },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
