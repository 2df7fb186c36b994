// The forgiving search: a query typed key by key never breaks the list, the
// unusable piece is marked under the box, glossary forms are named (and the
// glossary edited), and a query typed with the keyboard in English mode is
// answered with its Korean reading.
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { entryList, entryRow, pillarFilter, searchBox, totalLine } from './ui-actions';
import { SAMPLE_ENTRIES } from '../testkit/ui-samples';

const OLD_TALK_TITLE = '작년 발표 정리';
const OLD_TALK: NewEntry = { day: '2024-06-03', title: OLD_TALK_TITLE, body: '사내 발표 자료를 정리했다.', pillars: ['sharing'] };

test.use({ initialEntries: [[...SAMPLE_ENTRIES, OLD_TALK], { scope: 'test' }] });
// Many steps each (a key at a time, a dialog opened twice): more time than a one-look test.
test.describe.configure({ timeout: 120_000 });

test('typing pillar:sharing from:2025-01-01 key by key keeps the list and marks the unfinished date', async ({ page }) => {
  const listPane = page.getByRole('region', { name: 'Journal entries' });
  const notes = page.getByRole('status', { name: 'About this search' });
  await searchBox(page).click();
  const typed = 'pillar:sharing from:2025-01-01';
  const pause = 'pillar:sharing from:2025-0';
  for (const ch of pause) {
    await page.keyboard.type(ch, { delay: 30 });
    await expect(listPane).toBeVisible();
    await expect(listPane.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText('Something went wrong')).toHaveCount(0);
  }
  await expect(notes).toContainText('from:2025-0 — not a date yet, ignored');
  // The rest of the query still applies: every sharing entry, the old one included.
  await expect(totalLine(page)).toHaveText('3 entries');
  await expect(entryRow(page, OLD_TALK_TITLE)).toBeVisible();
  await expect(pillarFilter(page, 'Sharing')).toHaveAccessibleName('Sharing 3');
  for (const ch of typed.slice(pause.length)) {
    await page.keyboard.type(ch, { delay: 30 });
    await expect(listPane).toBeVisible();
    await expect(listPane.getByRole('alert')).toHaveCount(0);
  }
  await expect(totalLine(page)).toHaveText('2 entries');
  await expect(entryRow(page, OLD_TALK_TITLE)).toHaveCount(0);
  await expect(page.getByText('not a date yet')).toHaveCount(0);
  await expect(pillarFilter(page, 'Sharing')).toHaveAccessibleName('Sharing 2');
  await expect(pillarFilter(page, 'Culture')).not.toHaveAccessibleName('Culture 0');
});

test('says what else a glossary word searched, and the glossary can be edited and turned off', async ({ page }) => {
  const notes = page.getByRole('status', { name: 'About this search' });
  await searchBox(page).fill('deploy');
  await expect(notes).toContainText('also: 배포, deployment');
  await searchBox(page).fill('"deploy"');
  await expect(notes).not.toContainText('also:');

  await searchBox(page).fill('릴리스');
  await notes.getByRole('button', { name: 'Glossary…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search glossary' });
  await expect(dialog.getByRole('list', { name: 'Groups' })).toContainText('배포, deploy, deployment');
  await dialog.getByRole('textbox', { name: 'New group' }).fill('릴리스');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('A group needs at least two different words.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New group' }).fill('릴리스, release, Release');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByRole('button', { name: 'Remove 릴리스, release' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(notes).toContainText('also: release');

  await notes.getByRole('button', { name: 'Glossary…' }).click();
  await dialog.getByRole('button', { name: 'Remove 릴리스, release' }).click();
  await expect(dialog.getByRole('button', { name: 'Remove 릴리스, release' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'Use the glossary when searching' }).uncheck();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await searchBox(page).fill('deploy');
  await expect(notes).not.toContainText('also:');
  // Kept in the journal: still off after a reload.
  await page.reload();
  await searchBox(page).fill('deploy');
  await expect(page.getByRole('status', { name: 'About this search' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'About this search' })).not.toContainText('also:');
});

test('a query typed with the keyboard in English mode shows the Korean results, and the typed text on request', async ({ page }) => {
  const notes = page.getByRole('status', { name: 'About this search' });
  await searchBox(page).fill('qovh');
  await expect(notes).toContainText('Showing results for 배포 — search for qovh instead');
  await expect(entryRow(page, '배포 파이프라인 자동화 회고')).toBeVisible();
  await notes.getByRole('button', { name: 'search for qovh instead' }).click();
  await expect(searchBox(page)).toHaveValue('"qovh"');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await expect(entryList(page)).toHaveCount(0);
});
