// The toolbar's Share menu: opened and driven by keyboard, Copy for Slack and
// Copy as HTML read back from the clipboard, the weekly snippets dialog with
// this week's entries by pillar and no private entry, the brag document's
// quarter picker, and "Nothing to export" for an empty period.
// Screenshots: SHARE_MENU_SCREENSHOTS=/tmp/share-menu npx playwright test share-menu
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { addDays, isoWeekOf, mondayOf } from '../db/common/calendar';
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { searchBox, totalLine } from './ui-actions';

/** Today on this machine, as the app (in the same time zone) sees it. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
const MONDAY = mondayOf(today());
const WEEK = isoWeekOf(today());

const ENTRIES: NewEntry[] = [
  { day: MONDAY, title: 'Pipeline cache', body: 'Cut CI from 14 to 6 minutes, see [the PR](https://git.example/pr/42).', pillars: ['automation'], tags: ['ci'] },
  { day: addDays(MONDAY, 1), title: '배포 회고', body: '롤백은 **3분**. [런북](https://wiki.example/runbook)', pillars: ['culture', 'sharing'], tags: [] },
  { day: addDays(MONDAY, 1), title: 'SLO dashboard', body: 'Error budget 1,234 min', pillars: ['measurement'], tags: ['slo'] },
  { day: addDays(MONDAY, 2), title: 'Salary talk notes', body: 'not for the team', pillars: ['culture'], tags: ['private'] },
  { day: addDays(MONDAY, -30), title: 'Last month', body: 'older work', pillars: ['automation'], tags: [] },
];

const shareButton = (page: Page) => page.getByRole('button', { name: /^(Share|공유)$/ });

/** Opens the Share menu from the keyboard and walks down to `item` with the arrow keys. */
async function chooseByKeyboard(page: Page, item: string): Promise<void> {
  await shareButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const names = await menu.locator('[role^="menuitem"]').allTextContents();
  const index = names.indexOf(item);
  expect(index, `menu item ${item} in ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: item, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
}

test.describe('Share menu (English)', () => {
  test.use({ initialEntries: [ENTRIES, { scope: 'test' }], contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });

  test('is one menu button, navigable by keyboard, closed by Escape', async ({ page }) => {
    const button = shareButton(page);
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Share' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Copy as markdown',
      'Copy for Slack',
      'Copy as HTML',
      'Weekly snippets…',
      'Brag document…',
      'Export markdown…',
      'Export for backup…',
      'Publish…',
    ]);
    await expect(menu.getByRole('menuitem', { name: 'Copy as markdown' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Include private entries for this action' })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(menu.getByRole('menuitem', { name: 'Copy as markdown' })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitemcheckbox')).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // The old row of buttons is gone.
    await expect(page.getByRole('button', { name: 'Copy as markdown' })).toHaveCount(0);
  });

  test('Copy for Slack puts mrkdwn on the clipboard, private entries left out', async ({ page }) => {
    await expect(totalLine(page)).toHaveText('5 entries');
    await chooseByKeyboard(page, 'Copy for Slack');
    await expect(page.getByRole('status').filter({ hasText: 'Copied 4 entries for Slack.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('*Pileup journal*');
    expect(copied).toContain('*Pipeline cache*');
    expect(copied).toContain('<https://git.example/pr/42|the PR>');
    expect(copied).toContain('롤백은 *3분*.');
    expect(copied).not.toMatch(/^#/m);
    expect(copied).not.toContain('Salary');
  });

  test('Copy as HTML puts HTML and its markdown on the clipboard', async ({ page }) => {
    await chooseByKeyboard(page, 'Copy as HTML');
    await expect(page.getByRole('status').filter({ hasText: 'Copied 4 entries as HTML.' })).toBeVisible();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (!item) return { types: [], html: '', text: '' };
      return { types: [...item.types].sort(), html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });
    expect(copied.types).toEqual(['text/html', 'text/plain']);
    expect(copied.html).toContain('<h1>Pileup journal</h1>');
    expect(copied.html).toContain('<h3>Pipeline cache</h3>');
    expect(copied.html).toContain('<a href="https://git.example/pr/42">the PR</a>');
    expect(copied.html).not.toMatch(/<script|Salary/);
    expect(copied.text).toContain('### Pipeline cache');
    expect(copied.text).not.toContain('Salary');
  });

  test("the weekly snippets dialog shows this week's entries by pillar, without the private one unless included", async ({ page }) => {
    await chooseByKeyboard(page, 'Weekly snippets…');
    const dialog = page.getByRole('dialog', { name: 'Weekly snippets' });
    await expect(dialog.getByLabel('Week of the snippets')).toHaveValue(WEEK);
    const text = dialog.getByRole('textbox', { name: 'Text' });
    await expect(text).toHaveValue(new RegExp(`^# Weekly snippets — ${WEEK}`));
    const snippet = await text.inputValue();
    const headings = snippet.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(1)).toEqual(['## What I did', '### Culture (1)', '### Automation (1)', '### Measurement (1)', '### Sharing (1)', "## What's next"]);
    expect(snippet).toContain('**Pipeline cache** — Cut CI from 14 to 6 minutes, see [the PR](https://git.example/pr/42).');
    expect(snippet).not.toMatch(/Salary|Last month/);
    await expect(dialog.getByText('3 entries', { exact: true })).toBeVisible();

    await dialog.getByRole('checkbox', { name: 'Include private entries' }).check();
    await expect(text).toHaveValue(/Salary talk notes/);
    await expect(text).toHaveValue(/### Culture \(2\)/);

    // "What's next" is the user's to fill in; Copy takes the text as edited.
    await text.fill(`${await text.inputValue()}\n- Ship the cache to every repo`);
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('- Ship the cache to every repo');

    // A week with nothing in it says so instead of offering an empty file.
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog.getByText('Nothing to export: no entries in this period.')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Save…' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('the brag document covers this quarter by pillar and month, and a month when asked', async ({ page }) => {
    await shareButton(page).click();
    await page.getByRole('menuitem', { name: 'Brag document…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Brag document' });
    const text = dialog.getByRole('textbox', { name: 'Text' });
    await expect(text).toHaveValue(/^# Brag document — \d{4}-Q[1-4]/);
    await expect(text).toHaveValue(/## At a glance/);
    await expect(text).not.toHaveValue(/Salary/);
    await dialog.getByRole('button', { name: 'Month', exact: true }).click();
    await expect(dialog.getByLabel('Month of the brag document')).toHaveValue(today().slice(0, 7));
    await expect(text).toHaveValue(/^# Brag document — \w+ \d{4}/);
  });

  test('says "Nothing to export" for every copy when the filter selects nothing', async ({ page }) => {
    await searchBox(page).fill('no-such-words-anywhere');
    await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
    for (const item of ['Copy as markdown', 'Copy for Slack', 'Copy as HTML']) {
      await chooseByKeyboard(page, item);
      await expect(page.getByRole('status').filter({ hasText: 'Nothing to export' }).first()).toBeVisible();
    }
  });
});

test.describe('Share menu (Korean UI)', () => {
  test.use({ locale: 'ko-KR', initialEntries: [ENTRIES, { scope: 'test' }] });

  test('speaks Korean, and the snippets are written in Korean', async ({ page }) => {
    await chooseByKeyboard(page, '주간 스니펫…');
    const dialog = page.getByRole('dialog', { name: '주간 스니펫' });
    const text = dialog.getByRole('textbox', { name: '내용' });
    await expect(text).toHaveValue(new RegExp(`^# 주간 스니펫 — ${WEEK}`));
    await expect(text).toHaveValue(/## 한 일\n\n### 문화 \(1\)/);
    await expect(text).toHaveValue(/## 다음 주/);
    await expect(text).not.toHaveValue(/Salary/);
    await expect(dialog.getByText('기록 3개', { exact: true })).toBeVisible();
  });
});

const SHOTS = process.env.SHARE_MENU_SCREENSHOTS;
for (const width of [1280, 1024] as const) {
  for (const [scheme, locale] of [['light', 'en-US'], ['dark', 'en-US'], ['light', 'ko-KR']] as const) {
    test.describe(`screenshots (${width}px, ${scheme}, ${locale})`, () => {
      test.use({ colorScheme: scheme, locale, viewport: { width, height: 760 }, initialEntries: [ENTRIES, { scope: 'test' }] });

      test('of the toolbar, the menu and the dialogs', async ({ page }) => {
        test.skip(!SHOTS, 'set SHARE_MENU_SCREENSHOTS to a folder to write them');
        const dir = SHOTS ?? '';
        fs.mkdirSync(dir, { recursive: true });
        const name = (what: string) => path.join(dir, `${what}-${width}-${locale.slice(0, 2)}-${scheme}.png`);
        await expect(shareButton(page)).toBeVisible();
        await page.waitForTimeout(300);
        await page.locator('.toolbar').screenshot({ path: name('toolbar') });
        await shareButton(page).click();
        await expect(page.getByRole('menu')).toBeVisible();
        await page.screenshot({ path: name('menu') });
        await page.getByRole('menuitem', { name: /Weekly snippets|주간 스니펫/ }).click();
        await expect(page.getByRole('dialog').locator('textarea')).toHaveValue(/#/);
        await page.screenshot({ path: name('snippets') });
        await page.keyboard.press('Escape');
        await shareButton(page).click();
        await page.getByRole('menuitem', { name: /Brag document|성과 기록/ }).click();
        await expect(page.getByRole('dialog').locator('textarea')).toHaveValue(/#/);
        await page.screenshot({ path: name('brag') });
      });
    });
  }
}
