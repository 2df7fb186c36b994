// The daily loop through the browser host: the Theme and Language settings
// applied at once, templates made from an entry and applied in a new one, a
// built-in template in Korean, and quick capture above the journal.
import { expect, test } from './fixtures';
import { entryRow, fillEditor, openNewEntry } from './ui-actions';

/**
 * Chooses a setting's radio. Its state follows the saved setting, so it turns checked once the
 * save has gone round (Playwright's check() wants it at once, and a busy machine is slower).
 */
async function choose(radio: import('@playwright/test').Locator): Promise<void> {
  await radio.click();
  await expect(radio).toBeChecked();
}

async function openSettings(page: import('@playwright/test').Page, name = 'Settings') {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('settings', () => {
  test('Theme Dark applies at once, survives a reload, and System gives the OS back', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openSettings(page);
    const theme = page.getByRole('radiogroup', { name: 'Theme' });
    await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(lightBg).toBe('rgb(244, 245, 247)');

    await choose(theme.getByRole('radio', { name: 'Dark' }));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');

    // System follows the media query again: dark OS → dark, light OS → light.
    await choose(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'System' }));
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 27)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 245, 247)');
    // Light forces light under a dark OS.
    await page.emulateMedia({ colorScheme: 'dark' });
    await choose(page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }));
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(244, 245, 247)');
  });

  test('Language 한국어 switches the UI at once and is kept in the journal', async ({ page, journal }) => {
    await openSettings(page);
    // The group's own name turns Korean with the UI, so the checked radio is found by its new name.
    await page.getByRole('radiogroup', { name: 'Language' }).getByRole('radio', { name: '한국어' }).click();
    await expect(page.getByRole('radiogroup', { name: '언어' }).getByRole('radio', { name: '한국어' })).toBeChecked();
    await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: '테마' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect.poll(() => journal.db.prepare<[], string>(`SELECT value FROM settings WHERE key = 'language'`).pluck().get()).toBe('"ko"');
    // The desktop-only sections say so in the browser host, and their controls are off.
    await expect(page.getByText(/데스크톱 앱에서 쓸 수 있습니다/).first()).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /전역 단축키/ })).toBeDisabled();
  });

  test('Ctrl+, opens Settings', async ({ page }) => {
    await page.keyboard.press('Control+Comma');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page).toHaveURL(/#\/settings/);
  });
});

test.describe('templates', () => {
  test('a template made from an entry fills a new entry through the Template control, then is deleted', async ({ page }) => {
    await openNewEntry(page);
    await fillEditor(page, { title: 'Release checklist', body: '## Steps\n\n- [ ] tag\n- [ ] announce', pillars: ['Automation', 'Sharing'], tags: ['release'] });
    await page.getByRole('button', { name: 'Save as template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as template' });
    await dialog.getByRole('textbox', { name: 'Template name' }).fill('Release');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Release checklist' })).toBeVisible();

    await openNewEntry(page);
    await page.getByRole('textbox', { name: 'Title' }).fill('typed by hand');
    await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Release' });
    // It asks before replacing typed text.
    const ask = page.getByRole('dialog').filter({ hasText: 'Replace what you typed' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Replace' }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Release checklist');
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('## Steps\n\n- [ ] tag\n- [ ] announce');
    const pillars = page.getByRole('group', { name: 'Pillars' });
    await expect(pillars.getByRole('checkbox', { name: 'Automation' })).toBeChecked();
    await expect(pillars.getByRole('checkbox', { name: 'Sharing' })).toBeChecked();
    await expect(pillars.getByRole('checkbox', { name: 'Culture' })).not.toBeChecked();
    await expect(page.getByRole('button', { name: /^Remove tag release/ })).toBeVisible();
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    await openSettings(page);
    const list = page.getByRole('list', { name: 'Templates' });
    await expect(list.getByRole('listitem', { name: 'Release' })).toBeVisible();
    await list.getByRole('button', { name: 'Delete: Release' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await expect(list.getByRole('listitem', { name: 'Release' })).toHaveCount(0);
    await expect(list.getByRole('listitem')).toHaveCount(5);
  });

  test('the built-in Incident review applies in Korean', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.getByRole('button', { name: '새 기록', exact: true }).click();
    await page.getByRole('combobox', { name: '템플릿' }).selectOption({ label: '장애 회고' });
    const title = page.getByRole('textbox', { name: '제목' });
    await expect(title).toHaveValue(/^장애 회고 — \d{4}-\d{2}-\d{2}$/);
    await expect(page.getByRole('textbox', { name: '본문' })).toHaveValue(/## 근본 원인[\s\S]*## 후속 조치\n\n- \[ \] /);
    const pillars = page.getByRole('group', { name: '기둥' });
    await expect(pillars.getByRole('checkbox', { name: '문화' })).toBeChecked();
    await expect(pillars.getByRole('checkbox', { name: '측정' })).toBeChecked();
  });
});

test.describe('quick capture', () => {
  // One entry already written, so the journal list (not the first-run welcome) shows.
  test.use({ initialEntries: [[{ day: '2026-11-30', title: 'Grafana 대시보드 정리', pillars: ['measurement'] }], { scope: 'test' }] });

  test('a Korean line with #automation #k8s becomes an entry with that pillar and tag', async ({ page, journal }) => {
    const box = page.getByRole('textbox', { name: 'Quick capture' });
    await expect(box).toHaveAttribute('placeholder', 'What did you pile up? #automation #k8s');
    await box.fill('배포 자동화 끝 #automation #k8s');
    await box.press('Enter');
    await expect(box).toHaveValue('');
    const row = entryRow(page, '배포 자동화 끝');
    await expect(row).toBeVisible();
    await expect(row).toContainText('#k8s');
    await expect(page.getByRole('status').filter({ hasText: 'Saved “배포 자동화 끝”' })).toBeVisible();
    const saved = journal.db.prepare<[], { pillars: number; tags: string }>(
      `SELECT e.pillars, (SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq) AS tags FROM entries e`,
    ).all();
    expect(saved).toContainEqual({ pillars: 2, tags: '["k8s"]' });

    // Open shows it; Undo moves it to the trash.
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '배포 자동화 끝' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(row).toHaveCount(0);
  });

  test('a line of only tags is refused with a message and stays in the box', async ({ page }) => {
    const box = page.getByRole('textbox', { name: 'Quick capture' });
    await box.fill('#k8s #자동화');
    await box.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Write what you did, not only #tags' })).toBeVisible();
    await expect(box).toHaveValue('#k8s #자동화');
  });
});
