// Long jobs run in the journal core beside the UI: an import shows a progress
// bar with counts and can be cancelled (leaving nothing behind) or sent to the
// background while the user goes on searching; an export of a filter is
// written by the core and downloaded.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { pileupExport } from '../db/test-support/export-text';
import { SAMPLE_ENTRIES } from '../testkit/ui-samples';
import { expect, test } from './fixtures';
import { entryRow, searchBox, shareMenuItem, totalLine } from './ui-actions';

const BIG = 50_000;

test.use({ initialEntries: [SAMPLE_ENTRIES, { scope: 'test' }] });

const BIG_FILE = { name: 'big.md', mimeType: 'text/markdown', buffer: Buffer.from(pileupExport(BIG)) };

async function startBigImport(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  // Handing 12 MB to the browser takes a while on a busy machine.
  await (await chooser).setFiles(BIG_FILE, { timeout: 60_000 });
}

test('an import shows its progress with counts, and Cancel leaves nothing behind', async ({ page, journal }) => {
  await expect(totalLine(page)).toHaveText(`${SAMPLE_ENTRIES.length} entries`);
  await startBigImport(page);
  const dialog = page.getByRole('dialog', { name: 'Importing…' });
  await expect(dialog.getByRole('progressbar', { name: 'Importing…' })).toBeVisible();
  await expect(dialog.getByText(/Writing entries: [\d,]+ of 50,000/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  const outcome = page.getByRole('dialog', { name: 'Nothing was imported' });
  await expect(outcome.getByRole('alert')).toHaveText('The import was cancelled; nothing was added.');
  await outcome.getByRole('button', { name: 'OK' }).click();
  await expect(totalLine(page)).toHaveText(`${SAMPLE_ENTRIES.length} entries`);
  expect(journal.db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get()).toBe(SAMPLE_ENTRIES.length);
});

test('an import sent to the background lets the user search meanwhile, then says what it added', async ({ page }) => {
  await startBigImport(page);
  const dialog = page.getByRole('dialog', { name: 'Importing…' });
  await expect(dialog.getByText(/Reading the file|Checking entries|Writing entries/)).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Keep working' }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByRole('region', { name: 'Importing' });
  await expect(status.getByRole('progressbar', { name: 'Importing' })).toBeVisible();
  // The journal answers while the import is written: a search finds an entry that was there before.
  await searchBox(page).fill('runbook');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expect(status).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 50,000 entries from big.md.' })).toBeVisible({ timeout: 60_000 });
  await searchBox(page).fill('');
  await expect(totalLine(page)).toHaveText(`${(BIG + SAMPLE_ENTRIES.length).toLocaleString('en-US')} entries`);
});

test('an export of a filter is written by the core and downloaded whole', async ({ page }) => {
  await searchBox(page).fill('-배포');
  await expect(totalLine(page)).toHaveText(`${SAMPLE_ENTRIES.length - 1} entries`);
  const shown = await totalLine(page).innerText();
  const downloading = page.waitForEvent('download');
  // The backup layout: one marker per entry to count.
  await shareMenuItem(page, 'Export for backup…');
  const download = await downloading;
  const text = fs.readFileSync(await download.path(), 'utf8');
  const count = Number(shown.replace(/\D/g, ''));
  expect(text.match(/^<!-- pileup:entry /gm)).toHaveLength(count);
  expect(text).toContain(`> ${count === 1 ? '1 entry' : `${count} entries`}`);
  await expect(page.getByRole('status').filter({ hasText: `Exported ${count === 1 ? '1 entry' : `${count} entries`}` })).toBeVisible();
  expect(text).not.toContain('배포 파이프라인 자동화 회고');
  await expect(entryRow(page, 'SLO 대시보드 만들기')).toBeVisible();
});
