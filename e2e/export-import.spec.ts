// Sharing: "Export markdown" writes exactly what the filter shows (read back
// from the downloaded file), "Copy as markdown" fills the clipboard, and
// "Import…" brings a file in, or lists the lines to fix and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { Journal, type NewEntry } from '../db/journal';
import { collectEntries, renderDocument } from '../db/markdown/index';
import { localToday } from '../db/rows';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { entryRow, pillarFilter, searchBox, shareMenuItem, totalLine } from './ui-actions';
import { manyEntries, SAMPLE_ENTRIES } from '../testkit/ui-samples';

function countEntries(journal: Journal): number {
  return (journal.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
}

test.describe('export', () => {
  test.use({ initialEntries: [SAMPLE_ENTRIES, { scope: 'test' }] });

  test('exports exactly the filtered entries as a markdown download', async ({ page }) => {
    await pillarFilter(page, 'Culture').click();
    await searchBox(page).fill('-postmortem');
    await expect(totalLine(page)).toHaveText('2 entries');

    const downloading = page.waitForEvent('download');
    await shareMenuItem(page, 'Export markdown…');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pileup-\d{4}-\d{2}-\d{2}\.md$/);
    const file = await download.path();
    const markdown = fs.readFileSync(file, 'utf8');

    expect(markdown).toContain('### 배포 파이프라인 자동화 회고');
    expect(markdown).toContain('### Wrote the on-call runbook for the payments API');
    expect(markdown).toContain('오늘 ArgoCD로 스테이징 배포를 자동화했다.');
    expect(markdown).toContain('| p99 latency | DB connection pool |');
    // Not shown by the filter, so not exported.
    expect(markdown).not.toContain('Blameless postmortem');
    expect(markdown).not.toContain('SLO 대시보드');
    expect(markdown).not.toContain('장애 대응 교육 발표');
    expect(markdown.match(/^### /gm)).toHaveLength(2);
    await expect(page.getByRole('status')).toContainText('Exported 2 entries');
  });

  test('copies the filtered entries as markdown to the clipboard', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await pillarFilter(page, 'Measurement').click();
    await expect(totalLine(page)).toHaveText('2 entries');
    await shareMenuItem(page, 'Copy as markdown');
    await expect(page.getByRole('status')).toContainText('Copied 2 entries as markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('### SLO 대시보드 만들기');
    expect(copied).toContain('### Blameless postmortem for the cache outage');
    expect(copied).not.toContain('배포 파이프라인');
  });
});

test.describe('import', () => {
  /** Import… and the file picked in the chooser it opens. */
  async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
  }

  /** A markdown file exported from another journal (two entries, unless others are given). */
  function exportedFile(workDir: string, entries: NewEntry[] = TWO_ENTRIES): string {
    const other = Journal.open(path.join(workDir, 'other.db'));
    try {
      other.createMany(entries);
      return renderDocument(collectEntries(other.db, {}), {}, localToday());
    } finally {
      other.close();
    }
  }
  const TWO_ENTRIES: NewEntry[] = [
    { day: '2026-09-14', title: '보안 점검 자동화', body: '## 배운 것\n\n```bash\ntrivy image api:latest\n```\n\n---\n\n취약점 3개를 고쳤다.', pillars: ['automation', 'measurement'], tags: ['보안', 'trivy'] },
    { day: '2026-09-12', title: 'Team retro notes', body: '- kept: pairing\n- try: smaller PRs', pillars: ['culture'], tags: ['retro'] },
  ];

  test('imports an exported file, and skips what is already there the second time', async ({ page, workDir, journal }) => {
    const markdown = exportedFile(workDir);
    const file = { name: 'team-journal.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown, 'utf8') };

    // The first-run screen is up on this empty journal; Import… is on the journal view behind it.
    await page.getByRole('button', { name: 'Not now' }).click();
    await importFile(page, file);
    const dialog = page.getByRole('dialog', { name: 'Import finished' });
    await expect(dialog).toContainText('team-journal.md');
    await expect(dialog).toContainText('2 entries added');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(entryRow(page, '보안 점검 자동화')).toBeVisible();
    await entryRow(page, '보안 점검 자동화').click();
    await expect(page.locator('.entry-view pre code')).toContainText('trivy image api:latest');
    expect(countEntries(journal)).toBe(2);

    await importFile(page, file);
    await expect(dialog).toContainText('0 entries added');
    await expect(dialog).toContainText('2 already in the journal, skipped');
    expect(countEntries(journal)).toBe(2);
  });

  test('imports a big export (prepared on the host\'s worker thread) and finds its entries', async ({ page, workDir, journal }) => {
    const entries = manyEntries(1_500);
    const file = { name: 'two-years.md', mimeType: 'text/markdown', buffer: Buffer.from(exportedFile(workDir, entries), 'utf8') };

    await page.getByRole('button', { name: 'Not now' }).click();
    await importFile(page, file);
    const dialog = page.getByRole('dialog', { name: 'Import finished' });
    await expect(dialog).toContainText('1,500 entries added');
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(countEntries(journal)).toBe(1_500);

    await searchBox(page).fill('회고를 정리');
    await expect(totalLine(page)).toHaveText(`${entries.filter((e) => `${e.title} ${e.body}`.includes('회고를 정리')).length} entries`);
    await searchBox(page).fill('"Entry 01234"');
    await expect(totalLine(page)).toHaveText('1 entry');
    await expect(entryRow(page, entries[1_233]!.title!)).toBeVisible();
  });

  test('shows the import under way, and Escape does not hide it', async ({ page, workDir, journal, hostKind }) => {
    test.skip(hostKind !== 'web', 'holds the browser host\'s HTTP request; Electron imports over IPC');
    const file = { name: 'team-journal.md', mimeType: 'text/markdown', buffer: Buffer.from(exportedFile(workDir), 'utf8') };
    // Hold the request, as a big file would keep the host busy for seconds.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/importMarkdown', async (route) => {
      await held;
      await route.continue();
    });

    await page.getByRole('button', { name: 'Not now' }).click();
    await importFile(page, file);
    const busy = page.getByRole('dialog', { name: 'Importing…' });
    await expect(busy).toContainText('team-journal.md');
    await expect(busy.getByRole('progressbar', { name: 'Importing…' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(busy).toBeVisible();
    expect(countEntries(journal)).toBe(0);

    release();
    const done = page.getByRole('dialog', { name: 'Import finished' });
    await expect(done).toContainText('2 entries added');
    await expect(done.getByRole('button', { name: 'OK' })).toBeFocused();
    expect(countEntries(journal)).toBe(2);
  });

  test('lists the problems with line numbers and imports nothing from a broken file', async ({ page, workDir, journal }) => {
    const lines = exportedFile(workDir).split('\n');
    // Cut the file short: the last entry loses its closing marker.
    const lastEnd = lines.lastIndexOf('<!-- /pileup:entry -->');
    const broken = lines.slice(0, lastEnd).join('\n');

    await page.getByRole('button', { name: 'Not now' }).click();
    await importFile(page, { name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from(broken, 'utf8') });
    const dialog = page.getByRole('dialog', { name: 'Nothing was imported' });
    await expect(dialog.getByRole('alert')).toContainText(/Line \d+/);
    await expect(dialog.getByRole('alert')).toContainText('not closed');
    expect(countEntries(journal)).toBe(0);
  });
});
