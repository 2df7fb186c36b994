// Finding one's way in time and the keyboard flow outside the editor: the
// calendar jump, On this day, search → list → entry by keyboard, focus back on
// the row, ticking a task, completing a tag; and the walk-through's defects
// where they show (the heatmap at 1024 px, a long toast, requests on load).
import type { Page } from '@playwright/test';
import { addDays } from '../db/common/calendar';
import type { NewEntry } from '../db/journal';
import { localToday } from '../db/rows';
import { expect, test } from './fixtures';
import { entryList, entryRow, searchBox, writeEntry } from './ui-actions';

const today = localToday();
const lastYear = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
const twoYearsAgo = `${Number(today.slice(0, 4)) - 2}${today.slice(4)}`;

/** One entry a day for 120 days, so an old day is far below the first page. */
const dailyEntries: NewEntry[] = Array.from({ length: 120 }, (_, i) => ({
  day: addDays(today, -i),
  title: `Day ${i} log`,
  body: `Worked on day ${i}.`,
  pillars: [(['culture', 'automation', 'measurement', 'sharing'] as const)[i % 4] ?? 'culture'],
  tags: i % 3 === 0 ? ['kubernetes'] : ['helm'],
}));

const entries: NewEntry[] = [
  ...dailyEntries,
  { day: lastYear, title: '배포 회고', body: '작년 오늘의 배포 회고.', pillars: ['culture'], tags: ['회고'] },
  { day: twoYearsAgo, title: 'First on-call', body: 'Two years ago.', pillars: ['sharing'] },
  {
    day: addDays(today, -1),
    title: 'Checklist entry',
    body: 'Release steps[^1]:\n\n- [ ] tag the release\n- [ ] write the notes\n\n[^1]: Steps from the runbook.',
    pillars: ['automation'],
  },
];

test.use({ initialEntries: [entries, { scope: 'test' }] });
// Each test walks several steps through the UI; on a loaded machine that takes a while.
test.beforeEach(() => test.slow());

function calendar(page: Page) {
  return page.getByRole('grid', { name: 'Calendar' });
}

test('the calendar jumps the journal to a day far below the first page, by mouse and by keyboard', async ({ page }) => {
  // Beyond the first page (50 rows), one or two months back.
  const target = addDays(today, -60);
  const grid = calendar(page);
  await expect(grid).toBeVisible();
  await expect(grid.locator(`[data-day="${today}"]`)).toHaveAttribute('aria-current', 'date');
  await expect(grid.locator(`[data-day="${today}"]`)).toHaveAccessibleName(/1 entry|2 entries/);
  const monthsBack = (Number(today.slice(0, 4)) - Number(target.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(target.slice(5, 7));
  for (let i = 0; i < monthsBack; i++) await page.getByRole('button', { name: 'Previous month' }).click();
  await grid.locator(`[data-day="${target}"]`).click();
  // The list keeps every entry and scrolls: the target day's row takes focus.
  await expect(entryRow(page, 'Day 60 log')).toBeFocused();
  await expect(entryRow(page, 'Day 60 log')).toBeInViewport();
  // Keyboard: arrows move between days, Enter jumps.
  await grid.locator(`[data-day="${target}"]`).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(grid.locator(`[data-day="${addDays(target, -1)}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entryRow(page, 'Day 61 log')).toBeFocused();
  // Scrolled past a day's header, a sticky copy names the day of the rows under the toolbar.
  await page.locator('.list-scroll').evaluate((el) => el.scrollBy(0, 80));
  await expect(page.locator('.sticky-day')).toHaveText(/\d{4}/);
});

test('On this day shows last year’s entry, and it opens', async ({ page }) => {
  const strip = page.getByRole('navigation', { name: 'On this day' });
  await expect(strip).toContainText(`${lastYear.slice(0, 4)}:`);
  await expect(strip).toContainText('배포 회고');
  await expect(strip).toContainText('First on-call');
  await strip.getByRole('button', { name: `Open “배포 회고” from ${lastYear.slice(0, 4)}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: '배포 회고' })).toBeVisible();
});

test('ArrowDown from the search box moves into the list, Enter opens; focus comes back to the row after the editor', async ({ page }) => {
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  const first = entryRow(page, 'Day 0 log');
  await expect(first).toBeFocused();
  // Yesterday's newest entry is the next row.
  await page.keyboard.press('ArrowDown');
  await expect(entryRow(page, 'Checklist entry')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(entryRow(page, 'Day 1 log')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Day 1 log' })).toBeVisible();
  // Edit, then close: back on the row.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(entryRow(page, 'Day 1 log')).toBeFocused();
  // Edit, then save: back on the row too.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Day 1 log, edited');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryRow(page, 'Day 1 log, edited')).toBeFocused();
});

test('a task box ticks in the entry view and keeps a revision; footnotes stay in the entry', async ({ page }) => {
  await entryRow(page, 'Checklist entry').click();
  const boxes = page.locator('.entry-content').getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  await boxes.nth(1).check();
  await expect(boxes.nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('list', { name: 'Revision history' });
  await expect(history.getByRole('button')).toHaveCount(1);
  // Seconds are shown, so versions saved within a minute differ.
  await expect(history.getByRole('button').first()).toContainText(/\d{1,2}:\d{2}:\d{2}/);
  await page.getByRole('button', { name: 'Compare with the current version' }).click();
  await expect(page.getByRole('region', { name: 'Changes from this version to the current one' }).locator('ins')).toContainText('x');
  await page.reload();
  await expect(page.locator('.entry-content').getByRole('checkbox').nth(1)).toBeChecked();
  await expect(page.locator('.entry-content').getByRole('checkbox').nth(0)).not.toBeChecked();
  // The footnote link scrolls within the entry; the entry stays open.
  const hash = await page.evaluate(() => location.hash);
  await page.locator('.entry-content a[href^="#user-content-fn"]').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Checklist entry' })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe(hash);
});

test('Enter completes the highlighted tag suggestion, in the sidebar and in the editor', async ({ page }) => {
  const filterBox = page.getByRole('textbox', { name: 'Filter by tag' });
  await filterBox.fill('kub');
  const suggestions = page.getByRole('group', { name: 'Suggested tags' }).first();
  await expect(suggestions.getByRole('button', { name: /#kubernetes/ })).toBeVisible();
  await filterBox.press('ArrowDown');
  await filterBox.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag kubernetes' })).toBeVisible();
  // Counted within the filter: helm never shares an entry with kubernetes here.
  await filterBox.fill('');
  await expect(suggestions.getByRole('button', { name: /#helm/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const tags = page.getByRole('textbox', { name: 'Tags' });
  await tags.fill('hel');
  await tags.press('ArrowDown');
  await tags.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag helm' })).toBeVisible();
});

test('at 1024 px the heatmap starts at the recent end, keeps its last month label, and filters hide in Insights', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Insights' }).click();
  const frame = page.locator('.heatmap-frame');
  await expect(frame).toBeVisible();
  await expect
    .poll(() => frame.evaluate((el) => ({ scrolls: el.scrollWidth > el.clientWidth, atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 2 })))
    .toEqual({ scrolls: true, atEnd: true });
  const clipped = await page.locator('.heatmap-svg').evaluate((svg) => {
    if (!(svg instanceof SVGSVGElement)) return true;
    const width = svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text.heatmap-axis')].some((t) => t instanceof SVGTextElement && t.getBBox().x + t.getBBox().width > width);
  });
  expect(clipped).toBe(false);
  // The pillars here are balanced (about a quarter each): no pillar is named as quiet.
  await expect(page.getByRole('complementary', { name: 'A gentle hint' })).toContainText('in balance');
  await expect(page.getByRole('group', { name: 'Filter by pillar' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Filter by tag' })).toHaveCount(0);
});

test('a long title stays inside the Saved toast', async ({ page }) => {
  const title = `${'averyveryverylongtitlewithoutanyspaces'.repeat(8)} 끝`;
  await writeEntry(page, { title, pillars: ['Culture'] });
  const toast = page.locator('.toast').filter({ hasText: 'Saved' });
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
  const overflows = await toast.locator('.toast-message').evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  expect(overflows).toBe(false);
});

test('a page load asks for each piece of data once', async ({ page }, testInfo) => {
  // The fixture's own first load settles before counting starts, so only the reload's requests are counted.
  await expect(page.getByRole('navigation', { name: 'On this day' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes('/api/')) calls.push(`${url.pathname.split('/api/')[1]} ${request.postData() ?? ''}`);
  });
  await page.reload();
  await expect(entryList(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this day' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // changeStamp is the cheap freshness check each query makes first; every data request goes once.
  const twice = calls.filter((c, i) => calls.indexOf(c) !== i && !c.startsWith('changeStamp'));
  expect(twice).toEqual([]);
  expect(calls.filter((c) => c.startsWith('listEntries')).length).toBeGreaterThan(0);
  testInfo.annotations.push({ type: 'requests on load', description: calls.map((c) => c.split(' ')[0]).join(', ') });
});

test('screenshots: the journal with the calendar and On this day, and Insights at 1024 px (light, dark, Korean)', async ({ page }, testInfo) => {
  const shoot = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  };
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('navigation', { name: 'On this day' })).toBeVisible();
  await page.locator('.list-scroll').evaluate((el) => el.scrollBy(0, 200));
  await shoot('journal-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot('journal-dark');
  await page.evaluate(() => localStorage.setItem('pileup.language', 'ko'));
  await page.reload();
  await expect(page.getByRole('grid', { name: '달력' })).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light' });
  await shoot('journal-ko');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('navigation').first().getByRole('button', { name: /인사이트/ }).click();
  await expect(page.locator('.heatmap-frame')).toBeVisible();
  await shoot('insights-1024-ko');
  await page.evaluate(() => localStorage.setItem('pileup.language', 'en'));
  await page.reload();
  await expect(page.locator('.heatmap-frame')).toBeVisible();
  await shoot('insights-1024-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot('insights-1024-dark');
});
