// The insights view on a seeded journal: figures from the core shown as the
// user reads them, a heatmap day / week segment / tag opening the journal on
// that filter, the table alternative, and a week review to copy and export.
import fs from 'node:fs';
import { addDays, isoWeekOf } from '../db/common/calendar';
import { PILLARS } from '../db/common/model';
import { localToday } from '../db/rows';
import { expect, test } from './fixtures';
import { insightsSamples } from '../testkit/insights-samples';
import { entryList, totalLine, visibleTitles } from './ui-actions';

const today = localToday();
const samples = insightsSamples(today);

// The tuple form: a bare array would be read as Playwright's [value, options].
test.use({ initialEntries: [samples.entries, { scope: 'test' }] });

async function openInsights(page: import('@playwright/test').Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
}

/** The value shown under a figure's name (a <dt>/<dd> pair). */
function figure(page: import('@playwright/test').Page, name: string) {
  return page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }).locator('xpath=following-sibling::dd[1]');
}

test('shows the streaks, totals, quiet pillar and top tags of the journal', async ({ page }) => {
  await openInsights(page);
  await expect(figure(page, 'Current streak')).toContainText(`${samples.currentStreak} days`);
  await expect(figure(page, 'Longest streak')).toContainText(`${samples.longestStreak} days`);
  await expect(figure(page, 'Entries')).toContainText(String(samples.inLastYear));

  // Culture has no entry in the last 30 days of the samples.
  await expect(page.getByRole('complementary', { name: 'A gentle hint' })).toContainText('Culture has been quiet: no entries in the last 30 days.');

  const tagCounts = new Map<string, number>();
  for (const entry of samples.entries.slice(0, samples.inLastYear)) for (const tag of entry.tags ?? []) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  const [topTag, topCount] = [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  const tags = page.getByRole('region', { name: 'Top tags' });
  await expect(tags.getByRole('button').first()).toHaveAccessibleName(`#${topTag}: ${topCount} entries`);

  // Every day of the year is a named button; the busy day carries its count and pillars.
  const heatmap = page.getByRole('group', { name: /Entries per day over the last 12 months/ });
  await expect(heatmap.getByRole('button')).toHaveCount(365);
  await expect(heatmap.getByRole('button', { name: `${samples.busyDay}: 2 entries · Automation 1, Sharing 2` })).toBeVisible();
  await expect(heatmap.getByRole('button', { name: `${addDays(today, -3)}: no entries` })).toBeVisible();
});

test('clicking a heatmap day opens that day in the journal', async ({ page }) => {
  await openInsights(page);
  await page.getByRole('button', { name: new RegExp(`^${samples.busyDay}: 2 entries`) }).click();
  await expect(entryList(page)).toBeVisible();
  await expect(totalLine(page)).toHaveText('2 entries');
  expect((await visibleTitles(page)).sort()).toEqual([...samples.busyDayTitles].sort());
  expect(page.url()).toContain(`from=${samples.busyDay}&to=${samples.busyDay}`);
});

test('the keyboard reaches every day: arrows move, Enter opens', async ({ page }) => {
  await openInsights(page);
  const todayCell = page.getByRole('button', { name: new RegExp(`^${today}: `) });
  await todayCell.focus();
  await page.keyboard.press('ArrowUp'); // the day before
  await expect(page.getByRole('button', { name: new RegExp(`^${samples.busyDay}: `) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(totalLine(page)).toHaveText('2 entries');
});

test('a week segment opens that week and pillar; a tag opens its entries', async ({ page }) => {
  await openInsights(page);
  const week = isoWeekOf(samples.longestEnd);
  const monday = addDays(samples.longestEnd, -((new Date(`${samples.longestEnd}T00:00:00Z`).getUTCDay() + 6) % 7));
  const sunday = addDays(monday, 6);
  const inWeek = samples.entries.filter((e) => e.day !== undefined && e.day >= monday && e.day <= sunday);
  const pillar = PILLARS.find((p) => inWeek.some((e) => e.pillars.includes(p)))!;
  const expected = inWeek.filter((e) => e.pillars.includes(pillar)).length;
  const name = pillar.charAt(0).toUpperCase() + pillar.slice(1);

  const chart = page.getByRole('group', { name: /Stacked bars of entries per pillar/ });
  await chart.getByRole('button', { name: `${week} (${monday} – ${sunday}), ${name}: ${expected} ${expected === 1 ? 'entry' : 'entries'}` }).click();
  await expect(entryList(page)).toBeVisible();
  expect(page.url()).toContain(`pillars=${pillar}`);
  expect(page.url()).toContain(`from=${monday}&to=${sunday}`);
  await expect(totalLine(page)).toHaveText(expected === 1 ? '1 entry' : `${expected} entries`);

  await openInsights(page);
  await page.getByRole('region', { name: 'Top tags' }).getByRole('button', { name: /^#ci: 1 entry$/ }).click();
  await expect(totalLine(page)).toHaveText('1 entry');
  expect(await visibleTitles(page)).toEqual(['배포 파이프라인 자동화']);
});

test('each chart can be read as a table', async ({ page }) => {
  await openInsights(page);
  const heatmapCard = page.getByRole('region', { name: 'Entries per day' });
  await heatmapCard.getByRole('button', { name: 'Show as table' }).click();
  const table = heatmapCard.getByRole('table', { name: 'Days with entries, newest first' });
  await expect(table).toBeVisible();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.getByRole('rowheader')).toContainText(String(Number(today.slice(8))));
  await expect(firstRow.getByRole('cell').first()).toHaveText('1');

  const weekly = page.getByRole('region', { name: 'Entries per pillar per week' });
  await weekly.getByRole('button', { name: 'Show as table' }).click();
  await expect(weekly.getByRole('table')).toBeVisible();
  await expect(weekly.getByRole('table').getByRole('rowheader', { name: isoWeekOf(today), exact: true })).toBeVisible();
  await expect(weekly.getByRole('table').getByRole('row')).toHaveCount(1 + 26);

  // Two years need a second request; the table follows.
  await weekly.getByLabel('Period').selectOption({ label: 'Last 2 years' });
  await expect(weekly.getByRole('table').getByRole('row')).toHaveCount(1 + 104);
  await expect(weekly.getByRole('table').getByRole('rowheader', { name: isoWeekOf(addDays(today, -103 * 7)), exact: true })).toBeVisible();
});

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('names the figures, days and the quiet pillar in Korean', async ({ page }) => {
    await page.getByRole('navigation', { name: '보기' }).getByRole('button', { name: '인사이트' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '인사이트' })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: /^지금 연속 기록$/ }).locator('xpath=following-sibling::dd[1]')).toContainText('3일');
    await expect(page.getByRole('complementary', { name: '가벼운 제안' })).toContainText('최근 30일 동안 문화 기록이 없습니다.');
    await page.getByRole('button', { name: `${samples.busyDay}: 기록 2개 · 자동화 1, 공유 2` }).click();
    const list = page.getByRole('list', { name: '저널 기록' });
    await expect.poll(async () => (await visibleTitles(page, list)).sort()).toEqual([...samples.busyDayTitles].sort());
  });
});

test.describe('reviews', () => {
  test.use({ contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });

  test('a week review over a year end: preview, copy and export', async ({ page, hostKind }) => {
    await openInsights(page);
    const review = page.getByRole('region', { name: 'Review', exact: true });
    await review.getByRole('button', { name: 'Week', exact: true }).click();
    await review.getByLabel('Week to review').fill('2020-W53');
    const preview = review.getByRole('region', { name: 'Review preview' });
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Pileup review — week 2020-W53');
    await expect(preview).toContainText('2020-12-28 – 2021-01-03 · 2 entries on 2 of 7 days');
    await expect(preview.getByRole('heading', { level: 2, name: 'Automation (1)' })).toBeVisible();
    // An entry with two pillars is listed under each, naming the other.
    await expect(preview.getByRole('listitem').filter({ hasText: '연말 배포 동결 회고' })).toHaveText([
      '2020-12-28 — 연말 배포 동결 회고 — 동결 기간에도 핫픽스 경로를 자동화했다. (also Automation)',
      '2020-12-28 — 연말 배포 동결 회고 — 동결 기간에도 핫픽스 경로를 자동화했다. (also Culture)',
    ]);
    // Inline markdown of a first line renders; no raw HTML ever would.
    await expect(preview.locator('strong', { hasText: 'error budgets' })).toBeVisible();
    await expect(preview.getByRole('table')).toContainText('Measurement');

    await review.getByRole('button', { name: 'Copy markdown' }).click();
    await expect(review.getByRole('status')).toHaveText('Copied the review of 2020-W53 to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('# Pileup review — week 2020-W53\n')).toBe(true);
    expect(copied).toContain('## Tags\n\n`slo` ×1 · `배포` ×1 · `회고` ×1');

    if (hostKind === 'web') {
      const download = page.waitForEvent('download');
      await review.getByRole('button', { name: 'Export…' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('pileup-review-2020-W53.md');
      expect(fs.readFileSync(await file.path(), 'utf8')).toBe(copied);
    }

    await review.getByRole('button', { name: 'Next week' }).click();
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Pileup review — week 2021-W01');
    await expect(preview).toContainText('No entries in this week.');
  });

  test('a month review', async ({ page }) => {
    await openInsights(page);
    const review = page.getByRole('region', { name: 'Review', exact: true });
    await review.getByRole('button', { name: 'Month', exact: true }).click();
    await review.getByLabel('Month to review').fill('2020-12');
    const preview = review.getByRole('region', { name: 'Review preview' });
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Pileup review — December 2020 (2020-12)');
    await expect(preview).toContainText('1 entry on 1 of 31 days');
  });
});
