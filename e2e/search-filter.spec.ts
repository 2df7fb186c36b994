// Finding entries again: pillar toggles with counts, tags, day ranges and the
// search box (query syntax, Korean two-syllable words), combined, highlighted,
// and kept while moving between views and across reloads.
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { entryList, entryRow, expectTitles, pillarFilter, searchBox, totalLine } from './ui-actions';
import { SAMPLE_ENTRIES } from '../testkit/ui-samples';

const FRIDAY: NewEntry = {
  day: '2026-10-23',
  title: 'Friday release',
  body: '금요일 오후에 배포했다. 무사히 끝났고 롤백은 없었다.',
  pillars: ['automation'],
  tags: ['release'],
};

test.use({ initialEntries: [[...SAMPLE_ENTRIES, FRIDAY], { scope: 'test' }] });

test('filters by each pillar, with counts on the toggles', async ({ page }) => {
  await expect(totalLine(page)).toHaveText('7 entries');
  const expected = { Culture: 3, Automation: 3, Measurement: 2, Sharing: 2 } as const;
  for (const [pillar, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
    await expect(pillarFilter(page, pillar)).toHaveAccessibleName(`${pillar} ${count}`);
  }
  for (const [pillar, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
    await pillarFilter(page, pillar).click();
    await expect(pillarFilter(page, pillar)).toHaveAttribute('aria-pressed', 'true');
    await expect(totalLine(page)).toHaveText(`${count} entries`);
    const rows = entryList(page).getByRole('button');
    await expect(rows).toHaveCount(count);
    for (const row of await rows.all()) await expect(row).toContainText(pillar);
    await pillarFilter(page, pillar).click();
  }
  await expect(totalLine(page)).toHaveText('7 entries');
});

test('combines pillars (any of), tags and a day range', async ({ page }) => {
  await pillarFilter(page, 'Culture').click();
  await pillarFilter(page, 'Sharing').click();
  await expect(totalLine(page)).toHaveText('4 entries');
  await expectTitles(page, [
    'Wrote the on-call runbook for the payments API',
    '배포 파이프라인 자동화 회고',
    'Blameless postmortem for the cache outage',
    '장애 대응 교육 발표',
  ]);

  // A tag narrows it further; the pillar counts follow the other filters.
  const tagBox = page.getByRole('textbox', { name: 'Filter by tag' });
  await tagBox.fill('oncall');
  await tagBox.press('Enter');
  await expect(totalLine(page)).toHaveText('2 entries');
  await expect(pillarFilter(page, 'Sharing')).toHaveAccessibleName('Sharing 2');
  await expect(pillarFilter(page, 'Automation')).toHaveAccessibleName('Automation 0');

  // A day range on top.
  await page.getByLabel('To', { exact: true }).fill('2026-10-31');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expectTitles(page, ['장애 대응 교육 발표']);

  await page.getByRole('button', { name: 'Remove tag oncall' }).click();
  await expect(totalLine(page)).toHaveText('2 entries');
  await page.getByLabel('From', { exact: true }).fill('2026-10-29');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expectTitles(page, ['Blameless postmortem for the cache outage']);

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(totalLine(page)).toHaveText('7 entries');
});

test('searches Korean and English, two-syllable words inside longer words included, and marks the hits', async ({ page }) => {
  const search = searchBox(page);
  await search.fill('배포');
  // The glossary also searches deploy: the runbook entry says "deploy".
  await expect(totalLine(page)).toHaveText('3 entries');
  await expect(page.getByRole('status', { name: 'About this search' })).toContainText('also: deploy');
  const friday = entryRow(page, 'Friday release');
  // 배포 inside 배포했다, marked in the snippet as <mark>, not as HTML from the body.
  await expect(friday.locator('mark').first()).toHaveText('배포');
  await expect(friday).toContainText('배포했다');
  await expect(entryRow(page, '배포 파이프라인 자동화 회고').locator('mark').first()).toHaveText('배포');

  await search.fill('runbook');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expect(entryRow(page, 'Wrote the on-call runbook for the payments API').locator('mark').first()).toHaveText('runbook');

  await search.fill('"drift detection"');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expect(entryRow(page, 'Terraform 모듈 정리 and drift detection')).toBeVisible();

  await search.fill('tag:oncall -발표');
  await expect(totalLine(page)).toHaveText('1 entry');
  await expectTitles(page, ['Wrote the on-call runbook for the payments API']);

  await search.fill('대시보드');
  await expect(totalLine(page)).toHaveText('1 entry');
  await search.fill('없는단어xyz');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();

  // Malformed syntax never surfaces a raw SQLite error; an unclosed quote is a quoted (exact) word.
  await search.fill('"배포');
  await expect(totalLine(page)).toHaveText('2 entries');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('combines search with pillar filters, and keeps the results right while typing fast', async ({ page }) => {
  await pillarFilter(page, 'Culture').click();
  // Quoted: exactly 배포, without the glossary's deploy.
  await searchBox(page).pressSequentially('"배포"', { delay: 30 });
  await expect(totalLine(page)).toHaveText('1 entry');
  await expectTitles(page, ['배포 파이프라인 자동화 회고']);
  // Typing on and erasing quickly ends on the results for the final text only.
  await searchBox(page).pressSequentially(' 자동화', { delay: 10 });
  await searchBox(page).press('Control+a');
  // Quoted again: postmortem alone, without the glossary's 회고 (which the culture retro above holds).
  await searchBox(page).pressSequentially('"postmortem"', { delay: 5 });
  await expect(totalLine(page)).toHaveText('1 entry');
  await expectTitles(page, ['Blameless postmortem for the cache outage']);
  await expect(page.getByRole('region', { name: 'Journal entries' })).toHaveAttribute('data-results-for', /postmortem/);
});

test('keeps filters while moving between views and across a reload', async ({ page }) => {
  await pillarFilter(page, 'Sharing').click();
  await searchBox(page).fill('oncall');
  await expect(totalLine(page)).toHaveText('2 entries');

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: /^Insights/ }).click();
  await expect(searchBox(page)).toHaveCount(0);
  await views.getByRole('button', { name: /^Trash/ }).click();
  await views.getByRole('button', { name: /^Journal/ }).click();
  await expect(searchBox(page)).toHaveValue('oncall');
  await expect(pillarFilter(page, 'Sharing')).toHaveAttribute('aria-pressed', 'true');
  await expect(totalLine(page)).toHaveText('2 entries');

  await page.reload();
  await expect(searchBox(page)).toHaveValue('oncall');
  await expect(pillarFilter(page, 'Sharing')).toHaveAttribute('aria-pressed', 'true');
  await expect(totalLine(page)).toHaveText('2 entries');
});

test('focuses the search box with Ctrl+F and with /', async ({ page }) => {
  await entryRow(page, 'Friday release').click();
  await page.keyboard.press('Control+f');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('회고');
  // 회고, and the postmortem through the glossary.
  await expect(totalLine(page)).toHaveText('2 entries');
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await entryRow(page, 'Friday release').focus();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
});
