// Sharing with the team: "Export markdown" and "Copy as markdown" give clean
// markdown for people in the UI's language, without entries tagged private
// unless "Include private entries" is checked for that one action; "Export for
// backup" keeps everything; an entry shows that it is private; an export of
// nothing says so. Screenshots: SHARE_SCREENSHOTS=/tmp/share npx playwright test share
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { entryRow, includePrivateNext, searchBox, shareMenuItem, totalLine } from './ui-actions';

const SHARED: NewEntry = {
  day: '2026-11-20',
  title: '장애 회고 — 캐시',
  body: '# 요약\n\n캐시가 터졌다.\n\n## 타임라인\n\n```\n# not a heading\n```',
  pillars: ['automation', 'sharing'],
  tags: ['k8s'],
};
/** An entry row in the list, in the UI's language. */
function row(page: Page, title: string, lang: 'en' | 'ko' = 'en') {
  return entryRow(page, title, page.getByRole('list', { name: lang === 'ko' ? '저널 기록' : 'Journal entries' }));
}

const SECRET: NewEntry = { day: '2026-11-19', title: 'Salary talk notes', body: 'not for the team', pillars: ['culture'], tags: ['private', 'career'] };

async function downloadFrom(page: Page, item: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await shareMenuItem(page, item);
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pileup-\d{4}-\d{2}-\d{2}\.md$/);
  return fs.readFileSync(await download.path(), 'utf8');
}

test.describe('share (English)', () => {
  test.use({ initialEntries: [[SHARED, SECRET], { scope: 'test' }] });

  test('Export markdown writes a share without comments or private entries; Export for backup keeps everything', async ({ page }) => {
    await expect(totalLine(page)).toHaveText('2 entries');
    const share = await downloadFrom(page, 'Export markdown…');
    expect(share).not.toContain('<!--');
    expect(share).toContain('## Friday, November 20, 2026\n\n### 장애 회고 — 캐시\n\nPillars: Automation, Sharing · Tags: #k8s\n\n#### 요약');
    expect(share).toContain('##### 타임라인\n\n```\n# not a heading\n```');
    expect(share).not.toContain('Salary');
    await expect(page.getByRole('status').filter({ hasText: 'Exported 1 entry' })).toBeVisible();

    const backup = await downloadFrom(page, 'Export for backup…');
    expect(backup.match(/^<!-- pileup:entry /gm)).toHaveLength(2);
    expect(backup).toContain('Salary talk notes');
  });

  test('Include private entries lets them into one export, then goes back to leaving them out', async ({ page }) => {
    await includePrivateNext(page);
    expect(await downloadFrom(page, 'Export markdown…')).toContain('### Salary talk notes');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('menuitemcheckbox', { name: 'Include private entries for this action' })).not.toBeChecked();
    await page.keyboard.press('Escape');
    expect(await downloadFrom(page, 'Export markdown…')).not.toContain('Salary');
  });

  test('shows that an entry is private', async ({ page }) => {
    await entryRow(page, SECRET.title ?? '').click();
    await expect(page.getByRole('note', { name: 'Private' })).toBeVisible();
    await entryRow(page, SHARED.title ?? '').click();
    await expect(page.getByRole('heading', { level: 1, name: SHARED.title })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Private' })).toHaveCount(0);
  });

  test('says "Nothing to export" and downloads nothing when the filter selects nothing', async ({ page }) => {
    let downloads = 0;
    page.on('download', () => downloads++);
    await searchBox(page).fill('Salary');
    await expect(totalLine(page)).toHaveText('1 entry');
    await shareMenuItem(page, 'Export markdown…');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to export' })).toBeVisible();
    await shareMenuItem(page, 'Copy as markdown');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to export' }).first()).toBeVisible();
    expect(downloads).toBe(0);
  });
});

test.describe('share (Korean UI)', () => {
  test.use({ locale: 'ko-KR', initialEntries: [[SHARED, SECRET], { scope: 'test' }] });

  test('copies a share in Korean, private entries left out', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await shareMenuItem(page, '마크다운으로 복사', '공유');
    await expect(page.getByRole('status').filter({ hasText: '1' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toContain('<!--');
    expect(copied).toContain('# Pileup 저널');
    expect(copied).toContain('## 2026년 11월 20일 (금)');
    expect(copied).toContain('기둥: 자동화, 공유 · 태그: #k8s');
    expect(copied).not.toContain('Salary');
    await includePrivateNext(page, '공유', '이번 작업에 비공개 기록 포함');
    await shareMenuItem(page, '마크다운으로 복사', '공유');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Salary talk notes');
  });

  test('the review panel speaks Korean and leaves private entries out', async ({ page }) => {
    await page.getByRole('navigation', { name: '보기' }).getByRole('button', { name: '인사이트' }).click();
    const review = page.getByRole('region', { name: '돌아보기', exact: true });
    await review.getByRole('button', { name: '주', exact: true }).click();
    await review.getByLabel('돌아볼 주').fill('2026-W47');
    const preview = review.getByRole('region', { name: '돌아보기 미리보기' });
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Pileup 회고 — 2026-W47 주간');
    await expect(preview).toContainText('7일 중 1일 동안 기록 1개');
    await expect(preview.getByRole('heading', { level: 2, name: '자동화 (1)' })).toBeVisible();
    await expect(preview).not.toContainText('Salary');
  });

  test('shows the Private badge in Korean', async ({ page }) => {
    await row(page, SECRET.title ?? '', 'ko').click();
    await expect(page.getByRole('note', { name: '비공개' })).toBeVisible();
  });
});

const SHOTS = process.env.SHARE_SCREENSHOTS;
for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en-US', 'ko-KR'] as const) {
    test.describe(`screenshots (${scheme}, ${locale})`, () => {
      test.use({ colorScheme: scheme, locale, initialEntries: [[SHARED, SECRET], { scope: 'test' }] });

      test('of the export controls and the Private badge', async ({ page }) => {
        test.skip(!SHOTS, 'set SHARE_SCREENSHOTS to a folder to write them');
        const dir = SHOTS ?? '';
        fs.mkdirSync(dir, { recursive: true });
        const lang = locale === 'ko-KR' ? 'ko' : 'en';
        await row(page, SECRET.title ?? '', lang).click();
        await expect(page.getByRole('note')).toBeVisible();
        await page.waitForTimeout(300);
        await page.screenshot({ path: path.join(dir, `share-${lang}-${scheme}.png`) });
        await page.locator('.toolbar').screenshot({ path: path.join(dir, `toolbar-${lang}-${scheme}.png`) });
        await page.locator('.entry-view-meta').screenshot({ path: path.join(dir, `badge-${lang}-${scheme}.png`) });
      });
    });
  }
}
