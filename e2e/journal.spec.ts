// Writing in the journal: first run, Korean and English entries, the pillar
// rule, day grouping, delete with Undo, the trash, and entries that other
// processes write showing up without a reload.
import { expect, test } from './fixtures';
import { entryList, entryRow, expectTitles, fillEditor, openNewEntry, totalLine, visibleTitles, writeEntry } from './ui-actions';
import { SAMPLE_ENTRIES } from '../testkit/ui-samples';

test.describe('an empty journal', () => {
  test('opens on the first-run screen that explains the four pillars', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Pileup' })).toBeVisible();
    for (const pillar of ['Culture', 'Automation', 'Measurement', 'Sharing']) {
      await expect(page.getByRole('heading', { level: 2, name: pillar })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Write your first entry' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
    // Once dismissed, it stays away after a reload even with the journal still empty.
    await page.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welcome to Pileup' })).toHaveCount(0);
  });

  test('writes Korean and English entries with pillars and tags, newest day first', async ({ page, journal }) => {
    await writeEntry(page, {
      title: '배포 자동화 회고',
      body: '오늘 ArgoCD로 배포했다. 롤백은 1분이면 된다.',
      day: '2026-11-02',
      pillars: ['Automation', 'Culture'],
      tags: ['k8s', '배포'],
    });
    await writeEntry(page, {
      title: 'Shared the runbook',
      body: 'Wrote down the on-call steps and shared them with the team.',
      day: '2026-11-01',
      pillars: ['Sharing'],
      tags: ['oncall'],
    });
    await writeEntry(page, {
      title: 'SLO dashboard',
      body: '에러 버짓 burn rate 알림 추가',
      day: '2026-11-02',
      pillars: ['Measurement'],
    });

    const list = entryList(page);
    await expect(totalLine(page)).toHaveText('3 entries');
    await expect(list.getByRole('heading', { level: 3 })).toHaveText([/Nov 2, 2026/, /Nov 1, 2026/]);
    await expectTitles(page, ['SLO dashboard', '배포 자동화 회고', 'Shared the runbook']);

    const row = entryRow(page, '배포 자동화 회고');
    await expect(row).toContainText('Culture');
    await expect(row).toContainText('Automation');
    await expect(row).toContainText('#k8s');
    await expect(row).toContainText('#배포');
    await expect(row).toContainText('오늘 ArgoCD로 배포했다.');

    // What the UI saved is what the core holds, Korean byte for byte.
    const saved = journal.db.prepare('SELECT title, body FROM entries ORDER BY title').all() as { title: string; body: string }[];
    expect(saved.map((e) => e.title)).toEqual(['SLO dashboard', 'Shared the runbook', '배포 자동화 회고']);
    expect(saved[2]?.body).toBe('오늘 ArgoCD로 배포했다. 롤백은 1분이면 된다.');
  });

  test('says inline that a pillar is required, and saves nothing until one is chosen', async ({ page, journal }) => {
    await openNewEntry(page);
    await fillEditor(page, { title: '기둥 없는 기록', body: 'no pillar yet', pillars: [] });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Choose at least one pillar.' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('group', { name: 'Pillars' })).toHaveAccessibleDescription('Choose at least one pillar.');
    expect((journal.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(0);

    await page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Culture' }).check();
    await expect(alert).toHaveCount(0);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('heading', { level: 1, name: '기둥 없는 기록' })).toBeVisible();
    expect((journal.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n).toBe(1);
  });

  test('shows an error from the core inline, keeping what was typed', async ({ page }) => {
    await openNewEntry(page);
    await page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Sharing' }).check();
    // Neither title nor body: the core refuses with its own message.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Write a title or a body' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Sharing' })).toBeChecked();
  });
});

test.describe('a journal with entries', () => {
  // An array value must be wrapped: Playwright reads [value, options] tuples from test.use.
  test.use({ initialEntries: [SAMPLE_ENTRIES, { scope: 'test' }] });

  test('deletes to the trash with Undo, then restores from the trash and deletes for good', async ({ page, journal }) => {
    const title = 'SLO 대시보드 만들기';
    await entryRow(page, title).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(entryRow(page, title)).toHaveCount(0);
    await expect(totalLine(page)).toHaveText('5 entries');

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect(entryRow(page, title)).toBeVisible();
    await expect(totalLine(page)).toHaveText('6 entries');

    // Delete again, and this time restore it from the trash view.
    await entryRow(page, title).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Trash/ }).click();
    const trash = page.getByRole('list', { name: 'Entries in the trash' });
    await trash.getByRole('button', { name: title }).click();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(trash).toHaveCount(0);
    await expect(page.getByText('The trash is empty.')).toBeVisible();

    // Delete forever asks first, then the entry is gone from the file.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Journal/ }).click();
    await entryRow(page, title).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Trash/ }).click();
    await page.getByRole('list', { name: 'Entries in the trash' }).getByRole('button', { name: title }).click();
    await page.getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete forever' }).click();
    await expect(page.getByText('The trash is empty.')).toBeVisible();
    expect(journal.db.prepare('SELECT count(*) AS n FROM entries WHERE title = ?').get(title)).toEqual({ n: 0 });
  });

  test('shows entries written by another process within two seconds, without a reload', async ({ page, seed }) => {
    await expect(totalLine(page)).toHaveText('6 entries');
    seed([{ day: '2026-11-03', title: 'CLI에서 쓴 기록', body: 'git post-commit hook', pillars: ['automation'], tags: ['git'] }]);
    await expect(entryRow(page, 'CLI에서 쓴 기록')).toBeVisible({ timeout: 2_000 });
    await expect(totalLine(page)).toHaveText('7 entries');
  });

  test('moves through the list with the keyboard and opens an entry', async ({ page }) => {
    await expect(entryList(page).locator('.entry-title')).toHaveCount(6);
    const first = (await visibleTitles(page))[0] ?? '';
    await entryRow(page, first).focus();
    await page.keyboard.press('ArrowDown');
    const second = (await visibleTitles(page))[1] ?? '';
    await expect(entryRow(page, second)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: second })).toHaveCount(0);
  });
});

test.describe('the shell', () => {
  test.use({ initialEntries: [SAMPLE_ENTRIES.slice(0, 2), { scope: 'test' }] });

  test('opens a new entry with Ctrl+N', async ({ page }) => {
    await expect(totalLine(page)).toHaveText('2 entries');
    await page.keyboard.press('Control+n');
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  });

  test('switches to Korean and stays Korean after a reload', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await expect(page.getByRole('button', { name: '새 기록', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: '검색' })).toBeVisible();
    await expect(page.getByRole('list', { name: '저널 기록' }).getByRole('button').first()).toContainText('공유');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.reload();
    await expect(page.getByRole('button', { name: '새 기록', exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeVisible();
  });

  test('says plainly when the host is gone or the journal is busy, and recovers', async ({ page }) => {
    await expect(totalLine(page)).toHaveText('2 entries');
    await page.route('**/api/**', (route) => route.abort());
    await expect(page.getByRole('alert')).toContainText('Cannot reach the Pileup host. Is it still running?');
    await page.unroute('**/api/**');
    await expect(page.getByRole('alert')).toHaveCount(0, { timeout: 3_000 });

    await page.route('**/api/listEntries', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'database_locked', message: 'database is locked' } } }),
    );
    await page.getByRole('group', { name: 'Filter by pillar' }).getByRole('button', { name: /^Culture/ }).click();
    await expect(page.getByRole('alert')).toContainText('The journal is busy');
    await page.unroute('**/api/listEntries');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(totalLine(page)).toHaveText('2 entries');
  });
});
