// `npx tsx testkit/screenshots-daily.ts` (after `npm run build`): PNGs of the
// Settings view, the editor's Template control and quick capture, light, dark
// and Korean, into screenshots/daily/ (git-ignored). Look at them.
import { chromium, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Journal } from '../db/journal';
import { startWebHost } from '../web/server';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';
import { SAMPLE_ENTRIES } from './ui-samples';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'screenshots', 'daily');
const VARIANTS = [
  { name: 'en-light', locale: 'en-US', scheme: 'light' },
  { name: 'en-dark', locale: 'en-US', scheme: 'dark' },
  { name: 'ko-light', locale: 'ko-KR', scheme: 'light' },
] as const;

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-shots-daily-'));
  const file = path.join(dir, 'journal.db');
  const journal = Journal.open(file);
  journal.createMany(SAMPLE_ENTRIES);
  journal.close();
  const host = await startWebHost({ dbFile: file, port: 0, distDir: path.join(ROOT, 'dist-renderer') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    for (const variant of VARIANTS) {
      const context = await browser.newContext({ locale: variant.locale, colorScheme: variant.scheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const capture = page.locator('.quick-capture-input');
      await capture.fill(variant.locale.startsWith('ko') ? '배포 자동화 끝 #automation #k8s' : 'Canary rollout for payments #automation #k8s');
      await capture.press('Enter');
      await page.locator('.quick-capture-saved').waitFor();
      await shot(page, `${variant.name}-quick-capture`);
      await page.keyboard.press('Control+N');
      await page.locator('.template-select').selectOption({ index: 3 });
      await shot(page, `${variant.name}-editor-template`);
      await page.keyboard.press('Control+Comma');
      await page.locator('.settings-view').waitFor();
      await shot(page, `${variant.name}-settings`);
      await page.locator('.settings-view').evaluate((el) => el.parentElement?.scrollTo(0, 10_000));
      await shot(page, `${variant.name}-settings-bottom`);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
