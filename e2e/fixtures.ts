// Shared Playwright fixtures: every test gets a fresh journal file and the app
// opened on it — in Debian's Chromium through the browser host (project
// "chromium-web"), or in Electron when its binary is installed (project
// "electron"; skipped with the reason otherwise, never passed).
//
//   import { test, expect } from './fixtures';
//   test.use({ initialEntries: [...] });          // written before the app opens
//   test('…', async ({ page, seed, journal, hostKind, app }) => { … });
// `seed` writes through a second connection; call page.reload() (or wait for
// the live refresh) to see entries seeded after the app opened.
import {
  _electron,
  expect,
  test as base,
  type Browser,
  type BrowserContextOptions,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Journal, type NewEntry } from '../db/journal';
import { startWebHost, type WebHost } from '../web/server';

export { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../testkit/chromium';

export type HostKind = 'web' | 'electron';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built renderer; PILEUP_DIST_RENDERER points elsewhere (e.g. a stub page while the UI is not built). */
export const DIST_RENDERER = process.env.PILEUP_DIST_RENDERER ?? path.join(ROOT, 'dist-renderer');

/** Why the Electron project cannot run here, or null when it can. */
export function electronUnavailableReason(): string | null {
  const electronDir = path.join(ROOT, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(electronDir, 'dist')) || !fs.existsSync(path.join(electronDir, 'path.txt'))) {
    return 'the Electron binary is not installed (node_modules/electron/dist is missing: it is downloaded from the internet on install)';
  }
  if (!fs.existsSync(path.join(ROOT, 'dist-electron', 'main.cjs'))) {
    return 'the Electron main process is not built (run `npm run build`)';
  }
  const version = (JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
  if (!fs.existsSync(path.join(ROOT, 'native', `electron-${version}`, 'better_sqlite3.node'))) {
    return `better-sqlite3 is not built for Electron ${version} (run \`node scripts/electron-native.mjs\`)`;
  }
  return null;
}

export interface Options {
  hostKind: HostKind;
  /** Entries written to the journal before the app opens. */
  initialEntries: NewEntry[];
}

/** The running app under test. */
export interface AppUnderTest {
  kind: HostKind;
  page: Page;
  /** The app's address without the secret (web) or its page address (Electron). */
  baseUrl: string;
  /** Web only: the in-process browser host. */
  webHost?: WebHost;
  /** Electron only. */
  electronApp?: ElectronApplication;
}

export interface Fixtures {
  /** A fresh folder for this test, removed afterwards. */
  workDir: string;
  /** The journal file the app has open (already holding `initialEntries`). */
  dbFile: string;
  /** The app under test, opened on `dbFile`. */
  app: AppUnderTest;
  /** Same as app.page: the app's window, loaded. */
  page: Page;
  /** Same as app.baseUrl. */
  baseUrl: string;
  /** A second connection to the same journal file, for seeding and checking (WAL allows both). */
  journal: Journal;
  /** Writes entries in one transaction; returns how many were added. Reload the page (or wait for live refresh) to see them. */
  seed: (entries: readonly NewEntry[]) => number;
}

interface WorkerFixtures {
  /** Launches Debian's Chromium on first use only, so the Electron project never starts it. */
  launchWebBrowser: () => Promise<Browser>;
}

async function openWebApp(
  browser: Browser,
  dbFile: string,
  contextOptions: BrowserContextOptions,
): Promise<{ app: AppUnderTest; close: () => Promise<void> }> {
  const webHost = await startWebHost({ dbFile, port: 0, distDir: DIST_RENDERER });
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(webHost.url);
  // The page keeps the token (sessionStorage) and drops it from the address bar.
  await expect(page).toHaveURL(webHost.baseUrl);
  return {
    app: { kind: 'web', page, baseUrl: webHost.baseUrl, webHost },
    close: async () => {
      await context.close();
      await webHost.close();
    },
  };
}

async function openElectronApp(dbFile: string, workDir: string, locale: string | undefined): Promise<{ app: AppUnderTest; close: () => Promise<void> }> {
  const electronApp = await _electron.launch({
    args: ['.', '--db', dbFile, `--lang=${locale ?? 'en-US'}`],
    cwd: ROOT,
    env: { ...process.env, PILEUP_USER_DATA: path.join(workDir, 'user-data') },
  });
  const page = await electronApp.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app: { kind: 'electron', page, baseUrl: page.url(), electronApp }, close: () => electronApp.close() };
}

export const test = base.extend<Options & Fixtures, WorkerFixtures>({
  hostKind: ['web', { option: true }],
  initialEntries: [[], { option: true }],

  launchWebBrowser: [
    async ({ playwright, launchOptions, headless }, use) => {
      let launched: Promise<Browser> | undefined;
      await use(() => {
        launched ??= playwright.chromium.launch({ headless, ...launchOptions });
        return launched;
      });
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring pattern
  workDir: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-e2e-'));
    await use(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  },

  dbFile: async ({ workDir, initialEntries }, use) => {
    const file = path.join(workDir, 'journal.db');
    const seeding = Journal.open(file);
    try {
      if (initialEntries.length > 0) seeding.createMany(initialEntries);
    } finally {
      seeding.close();
    }
    await use(file);
  },

  app: async (
    { hostKind, dbFile, workDir, launchWebBrowser, contextOptions, locale, colorScheme, viewport, timezoneId, acceptDownloads },
    use,
    testInfo,
  ) => {
    let opened: { app: AppUnderTest; close: () => Promise<void> };
    if (hostKind === 'electron') {
      const reason = electronUnavailableReason();
      testInfo.skip(reason !== null, `Electron: ${reason ?? ''}`);
      opened = await openElectronApp(dbFile, workDir, locale);
    } else {
      const browser = await launchWebBrowser();
      opened = await openWebApp(browser, dbFile, { ...contextOptions, locale, colorScheme, viewport, timezoneId, acceptDownloads });
    }
    await use(opened.app);
    if (testInfo.status !== testInfo.expectedStatus && !opened.app.page.isClosed()) {
      const shot = await opened.app.page.screenshot().catch(() => null);
      if (shot) await testInfo.attach('screenshot-on-failure', { body: shot, contentType: 'image/png' });
    }
    await opened.close();
  },

  page: async ({ app }, use) => {
    await use(app.page);
  },

  baseUrl: async ({ app }, use) => {
    await use(app.baseUrl);
  },

  journal: async ({ dbFile }, use) => {
    const journal = Journal.open(dbFile);
    await use(journal);
    journal.close();
  },

  seed: async ({ journal }, use) => {
    await use((entries) => journal.createMany(entries).added);
  },
});

export { expect };
