// Why an entry matched: the opened entry marks every match of the search,
// "2 of 3 matches" steps with Enter / Shift+Enter in the search box, F3 and the
// Next button, scrolling the current mark into view; and the Related panel
// lists the entries sharing its rarest words, opening one on a click.
import type { Page } from '@playwright/test';
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { entryRow, searchBox } from './ui-actions';

const FILLER = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} about the weather, lunch and other things that are not the point.`).join('\n\n');

const RETRO: NewEntry = {
  day: '2026-11-02',
  title: 'Canary rollout retro',
  body: `## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | **Canary** started |\n\n${FILLER}\n\nThe canary held at 5% for an hour.\n\n${FILLER}\n\nNext time the CANARY runs with Flagger and a rollback alarm.`,
  pillars: ['culture'],
  tags: ['retro'],
};
const ANALYSIS: NewEntry = {
  day: '2026-11-03',
  title: '카나리 분석 자동화',
  body: 'Flagger로 canary 분석을 자동화했다. 지표가 나빠지면 rollback alarm이 울린다. 카나리 배포를 했다.',
  pillars: ['automation', 'measurement'],
  tags: [],
};
const LUNCH: NewEntry = { day: '2026-11-04', title: 'Quokka sighting', body: 'Zebra xylophone.', pillars: ['sharing'], tags: [] };
const KOREAN: NewEntry = {
  day: '2026-11-05',
  title: '배포 회고',
  body: '## 타임라인\n\n오전에 배포를 시작했다. 카나리 배포는 문제없었다.\n\n오후 배포에서 롤백했다.',
  pillars: ['culture'],
  tags: [],
};

/** Big enough to be drawn in sections (over 16,000 characters), with matches in the first and the last. */
const BIG: NewEntry = {
  day: '2026-11-06',
  title: 'Big runbook',
  body: `Start: the zeppelin checklist.\n\n${Array.from({ length: 600 }, (_, i) => `Step ${i + 1}: check the logs, the dashboards and the alerts once more.`).join('\n\n')}\n\nEnd: the zeppelin has landed.`,
  pillars: ['automation'],
  tags: [],
};

test.use({ initialEntries: [[RETRO, ANALYSIS, LUNCH, KOREAN, BIG], { scope: 'test' }] });

const bar = (page: Page) => page.getByRole('toolbar', { name: 'Search matches' });
const hits = (page: Page) => page.locator('.entry-content mark.search-hit');
const currentHit = (page: Page) => page.locator('.entry-content mark.search-hit[aria-current="true"]');

async function openFromSearch(page: Page, query: string, title: string): Promise<void> {
  await searchBox(page).fill(query);
  await entryRow(page, title).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('marks every match in the opened entry and steps through them', async ({ page }) => {
  await openFromSearch(page, 'canary', 'Canary rollout retro');
  await expect(hits(page)).toHaveText(['Canary', 'canary', 'CANARY']);
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 matches');
  await expect(currentHit(page)).toHaveText('Canary');

  // Enter in the search box goes on; the current mark scrolls into view.
  await searchBox(page).focus();
  await searchBox(page).press('Enter');
  await expect(bar(page).getByRole('status')).toHaveText('2 of 3 matches');
  await expect(currentHit(page)).toHaveText('canary');
  await expect(currentHit(page)).toBeInViewport();
  await searchBox(page).press('Enter');
  await expect(bar(page).getByRole('status')).toHaveText('3 of 3 matches');
  await expect(currentHit(page)).toHaveText('CANARY');
  await expect(currentHit(page)).toBeInViewport();
  await expect(hits(page).first()).not.toBeInViewport();

  // Shift+Enter goes back; the buttons and F3 step too, wrapping around.
  await searchBox(page).press('Shift+Enter');
  await expect(bar(page).getByRole('status')).toHaveText('2 of 3 matches');
  await bar(page).getByRole('button', { name: 'Next match' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('3 of 3 matches');
  await page.keyboard.press('F3');
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 matches');
  await expect(currentHit(page)).toBeInViewport();
  await bar(page).getByRole('button', { name: 'Previous match' }).click();
  await expect(bar(page).getByRole('status')).toHaveText('3 of 3 matches');
  await expect(searchBox(page)).toHaveValue('canary');

  // The title is marked too; clearing the search takes the marks and the bar away.
  await expect(page.getByRole('heading', { level: 1 }).locator('mark')).toHaveText('Canary');
  await searchBox(page).fill('');
  await expect(hits(page)).toHaveCount(0);
  await expect(bar(page)).toHaveCount(0);
});

test('steps to a match in a far section of a big body', async ({ page }) => {
  await openFromSearch(page, 'zeppelin', 'Big runbook');
  await expect(bar(page).getByRole('status')).toHaveText('1 of 2 matches');
  await searchBox(page).focus();
  await searchBox(page).press('Enter');
  await expect(bar(page).getByRole('status')).toHaveText('2 of 2 matches');
  await expect(currentHit(page)).toHaveText('zeppelin');
  await expect(currentHit(page)).toBeInViewport();
  await expect(page.locator('.entry-content')).toContainText('End: the zeppelin has landed.');
  await page.keyboard.press('Shift+F3');
  await expect(bar(page).getByRole('status')).toHaveText('1 of 2 matches');
  await expect(currentHit(page)).toBeInViewport();
});

test('marks Korean matches inside words', async ({ page }) => {
  await openFromSearch(page, '배포', '배포 회고');
  await expect(hits(page)).toHaveText(['배포', '배포', '배포']);
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 matches');
  await expect(page.locator('.entry-content')).toContainText('오전에 배포를 시작했다');
});

test('the Related panel lists entries sharing rare words and opens one', async ({ page }) => {
  await entryRow(page, 'Canary rollout retro').click();
  const related = page.getByRole('region', { name: 'Related' });
  const list = related.getByRole('list', { name: 'Related entries' });
  // Both share canary and rollback (the glossary joins canary ↔ 카나리, rollback ↔ 롤백, retro ↔ 회고).
  await expect(list.getByRole('button').nth(0)).toContainText(/카나리 분석 자동화|배포 회고/);
  await expect(list.getByRole('button').nth(1)).toContainText(/카나리 분석 자동화|배포 회고/);
  await expect(list).not.toContainText('Quokka sighting');
  await expect(list).not.toContainText('Canary rollout retro');
  await list.getByRole('button', { name: /카나리 분석 자동화/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '카나리 분석 자동화' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related' }).getByRole('list')).toContainText('Canary rollout retro');

  await entryRow(page, 'Quokka sighting').click();
  await expect(page.getByRole('region', { name: 'Related' })).toContainText('Nothing related yet');
});

for (const variant of [
  { name: 'light', colorScheme: 'light', locale: 'en-US' },
  { name: 'dark', colorScheme: 'dark', locale: 'en-US' },
  { name: 'korean', colorScheme: 'light', locale: 'ko-KR' },
] as const) {
  test.describe(`screenshots (${variant.name})`, () => {
    test.use({ colorScheme: variant.colorScheme, locale: variant.locale });
    test(`an entry with highlights and the Related panel, ${variant.name}`, async ({ page }, testInfo) => {
      // By role alone: the names are in the variant's language.
      const box = page.getByRole('searchbox');
      const row = (title: string) => page.locator('[data-results-for] [role="listitem"] button', { hasText: title });
      await box.fill('canary');
      await row('카나리 분석 자동화').click();
      await expect(page.locator('.entry-content mark.search-hit').first()).toBeVisible();
      await expect(page.locator('.related-list')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`highlight-related-${variant.name}.png`) });
      await row('Canary rollout retro').click();
      await expect(page.locator('.match-bar')).toBeVisible();
      await box.press('Enter');
      await page.screenshot({ path: testInfo.outputPath(`highlight-step-${variant.name}.png`) });
    });
  });
}
