// `npm run screenshots`: PNGs of the main views — first run, journal, an
// entry, the editor, the trash, insights — in light and dark, English and
// Korean, on a journal of realistic mixed Korean/English entries, written to
// screenshots/ (git-ignored). Look at them before calling a UI change done.
import { chromium, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticEntries } from './synthetic';
import { Journal, type NewEntry } from '../db/journal';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';
import { startWebHost, type WebHost } from '../web/server';
import { SAMPLE_ENTRIES } from './ui-samples';
import { pileupExport } from '../db/test-support/export-text';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
const LIST_ROW = '[data-results-for] [role="listitem"] button';

const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'ko', locale: 'ko-KR' },
] as const;
const SCHEMES = ['light', 'dark'] as const;

function dayBefore(today: Date, days: number): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/**
 * The hand-written sample entries on the last few days (so they head the
 * journal), a year of generated ones behind them (so insights has a shape),
 * and two entries in the trash.
 */
function seedJournal(file: string): { richEntryId: string } {
  const today = new Date();
  const journal = Journal.open(file);
  try {
    const recent = SAMPLE_ENTRIES.map((entry, i) => ({ ...entry, day: dayBefore(today, Math.floor(i / 2)) }));
    const older: NewEntry[] = syntheticEntries(1800, 11, today)
      .filter((e) => (e.day ?? '') < dayBefore(today, 4))
      // Generated titles are cut mid-sentence; end them on a whole word.
      .map((e) => ({ ...e, title: (e.title ?? '').replace(/\s+\S*$/, '') }));
    journal.createMany([...older, ...recent]);
    for (const draft of [
      { title: '임시 메모: 쿠버네티스 업그레이드 체크리스트', body: '1.29 → 1.30 업그레이드 전에 deprecated API를 확인할 것.', pillars: ['automation' as const], tags: ['k8s'] },
      { title: 'Draft: notes from the SRE meetup', body: 'Talk on error budgets; follow up with the speaker.', pillars: ['sharing' as const], tags: ['slo'] },
    ]) {
      journal.deleteEntry(journal.createEntry({ ...draft, day: dayBefore(today, 1) }).id);
    }
    const rich = journal.db.prepare('SELECT id FROM entries WHERE title = ?').get(SAMPLE_ENTRIES[0]?.title ?? '') as { id: string } | undefined;
    if (!rich) throw new Error('the sample entry with markdown is missing');
    return { richEntryId: rich.id };
  } finally {
    journal.close();
  }
}

/** Waits until the app has settled: requests done, fonts loaded, one more frame. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string): Promise<string> {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

interface Variant {
  code: (typeof LANGUAGES)[number]['code'];
  locale: string;
  scheme: (typeof SCHEMES)[number];
}

async function openApp(browser: Browser, host: WebHost, variant: Variant): Promise<Page> {
  const context = await browser.newContext({ locale: variant.locale, colorScheme: variant.scheme, viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(host.url);
  return page;
}

/** Goes to an in-app route with a full load, so each view starts fresh. */
async function visit(page: Page, host: WebHost, view: string, hash: string): Promise<void> {
  await page.goto(`${host.baseUrl}?view=${view}${hash}`);
}

async function main(): Promise<void> {
  const distDir = path.join(ROOT, 'dist-renderer');
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('dist-renderer is missing: run `npm run build` (npm run screenshots does).');
  fs.mkdirSync(OUT, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-screenshots-'));
  const hosts: WebHost[] = [];
  let browser: Browser | undefined;
  const written: string[] = [];
  try {
    const emptyFile = path.join(dir, 'empty.db');
    const fullFile = path.join(dir, 'journal.db');
    const { richEntryId } = seedJournal(fullFile);
    const bigImport = path.join(dir, 'big-import.md');
    fs.writeFileSync(bigImport, pileupExport(80_000));
    const empty = await startWebHost({ dbFile: emptyFile, port: 0, distDir });
    const full = await startWebHost({ dbFile: fullFile, port: 0, distDir });
    hosts.push(empty, full);
    browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });

    for (const language of LANGUAGES) {
      for (const scheme of SCHEMES) {
        const variant: Variant = { ...language, scheme };
        const suffix = `${variant.code}-${scheme}`;

        const first = await openApp(browser, empty, variant);
        await first.getByRole('heading', { level: 1 }).first().waitFor();
        await settle(first);
        written.push(await shoot(first, `first-run-${suffix}`));
        await first.context().close();

        const page = await openApp(browser, full, variant);
        await page.locator(LIST_ROW).first().waitFor();
        await settle(page);
        written.push(await shoot(page, `journal-${suffix}`));

        await visit(page, full, 'entry', `#/journal?entry=${richEntryId}`);
        await page.locator(LIST_ROW).first().waitFor();
        await page.getByRole('heading', { level: 1, name: SAMPLE_ENTRIES[0]?.title }).waitFor();
        await settle(page);
        written.push(await shoot(page, `entry-${suffix}`));

        await visit(page, full, 'editor', `#/journal?entry=${richEntryId}&edit=1`);
        await page.locator('textarea').first().waitFor();
        await settle(page);
        written.push(await shoot(page, `editor-${suffix}`));

        await visit(page, full, 'trash', '#/trash');
        await page.locator(LIST_ROW).first().waitFor();
        await settle(page);
        written.push(await shoot(page, `trash-${suffix}`));

        // A big import under way: its dialog with counts, then sent to the background; cancelled, so nothing is added.
        await visit(page, full, 'import', '#/journal');
        await page.locator(LIST_ROW).first().waitFor();
        // The page's own file input, as "Import…" opens it in the browser host.
        await page.locator('.toolbar-actions input[type="file"]').setInputFiles(bigImport);
        const importing = page.locator('dialog[aria-busy="true"]');
        await importing.locator('.job-progress-words').filter({ hasText: /\d/ }).waitFor();
        await page.waitForTimeout(400);
        written.push(await shoot(page, `import-progress-${suffix}`));
        await importing.locator('.dialog-actions .button.primary').click();
        await page.locator('.job-status').waitFor();
        await page.waitForTimeout(400);
        written.push(await shoot(page, `import-background-${suffix}`));
        await page.locator('.job-status .button').click();
        await page.locator('dialog .form-error').waitFor();
        await page.keyboard.press('Escape');

        await visit(page, full, 'insights', '#/insights');
        await settle(page);
        await page.waitForTimeout(500);
        written.push(await shoot(page, `insights-${suffix}`));

        await page.context().close();
      }
    }
    for (const file of written) console.log(path.relative(ROOT, file));
  } finally {
    await browser?.close();
    for (const host of hosts) await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
