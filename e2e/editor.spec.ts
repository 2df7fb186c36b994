// The editor: Korean IME composition, live preview (raw HTML never runs),
// drafts that survive reloads and closed windows, edits and revisions.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { entryRow, fillEditor, openNewEntry } from './ui-actions';
import { SAMPLE_ENTRIES } from '../testkit/ui-samples';

/** Types Korean the way an IME does: composition updates, then a commit per syllable. */
async function composeKorean(page: Page, steps: readonly (readonly string[])[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const syllableSteps of steps) {
    for (const partial of syllableSteps.slice(0, -1)) {
      await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    }
    await cdp.send('Input.insertText', { text: syllableSteps[syllableSteps.length - 1] ?? '' });
  }
  await cdp.detach();
}

function draftIn(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

test.describe('writing', () => {
  test('keeps Korean IME composition intact in the body, title and tags', async ({ page, journal }) => {
    await openNewEntry(page);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.focus();
    // 배포 then 했다: each syllable passes through partial jamo states before it is committed.
    await composeKorean(page, [['ㅂ', '배', '배'], ['ㅍ', '포', '포'], ['ㅎ', '해', '했', '했'], ['ㄷ', '다', '다']]);
    await expect(title).toHaveValue('배포했다');

    const body = page.getByRole('textbox', { name: 'Body' });
    await body.focus();
    await page.keyboard.type('Deploy: ');
    await composeKorean(page, [['ㅈ', '자', '잗', '자'], ['ㄷ', '도', '동', '동'], ['ㅎ', '화', '화']]);
    await expect(body).toHaveValue('Deploy: 자동화');

    // Enter while composing a tag belongs to the IME; the tag is added only after the syllable is done.
    const tags = page.getByRole('textbox', { name: 'Tags' });
    await tags.focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '회', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Enter', code: 'Enter' });
    await cdp.send('Input.insertText', { text: '회' });
    await cdp.send('Input.imeSetComposition', { text: '고', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '고' });
    await cdp.detach();
    await expect(tags).toHaveValue('회고');
    await expect(page.getByRole('button', { name: /^Remove tag/ })).toHaveCount(0);
    await tags.press('Enter');
    await expect(page.getByRole('button', { name: /^Remove tag/ })).toHaveText(['×']);
    await expect(page.getByRole('button', { name: 'Remove tag 회고' })).toBeVisible();

    await page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Automation' }).check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '배포했다' })).toBeVisible();
    expect(journal.db.prepare('SELECT title, body FROM entries').get()).toEqual({ title: '배포했다', body: 'Deploy: 자동화' });
  });

  test('previews markdown as it is typed, and shows raw HTML as text without running it', async ({ page }) => {
    await openNewEntry(page);
    await page.getByRole('textbox', { name: 'Body' }).fill(
      [
        '## 배운 것',
        '',
        '| Alert | First check |',
        '| --- | --- |',
        '| p99 latency | DB pool |',
        '',
        '- [x] 헬스 체크',
        '- [ ] 알림 정리',
        '',
        '<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>',
        '',
        '```bash',
        'kubectl rollout undo deploy/api',
        '```',
      ].join('\n'),
    );
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('heading', { level: 2, name: '배운 것' })).toBeVisible();
    await expect(preview.getByRole('table')).toContainText('p99 latency');
    await expect(preview.getByRole('checkbox')).toHaveCount(2);
    await expect(preview.getByRole('checkbox').first()).toBeChecked();
    await expect(preview.locator('pre code.hljs')).toContainText('kubectl rollout undo');
    await expect(preview.locator('img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('keeps a new-entry draft through a reload mid-sentence, and clears it on save', async ({ page }) => {
    await openNewEntry(page);
    await fillEditor(page, { title: '장애 회고 초안', pillars: ['Culture'], tags: ['postmortem'] });
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill('원인은 캐시 설정이었고, 다음에는');
    // Reload at once: the draft is written on unload, not only after the debounce.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('장애 회고 초안');
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('원인은 캐시 설정이었고, 다음에는');
    await expect(page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Culture' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Remove tag postmortem' })).toBeVisible();
    await expect(page.getByText(/Draft restored/)).toBeVisible();

    await page.getByRole('textbox', { name: 'Body' }).press('End');
    await page.keyboard.type(' 알림을 먼저 본다.');
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('heading', { level: 1, name: '장애 회고 초안' })).toBeVisible();
    expect(await draftIn(page, 'pileup.draft.new')).toBeNull();
    await openNewEntry(page);
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('');
  });

  test('finds the draft again after the window was closed, from a new window', async ({ page, baseUrl }) => {
    await openNewEntry(page);
    await page.getByRole('textbox', { name: 'Title' }).fill('Terraform drift');
    await page.getByRole('textbox', { name: 'Body' }).fill('Nightly plan found three changes made by');
    const context = page.context();
    await page.close({ runBeforeUnload: true });

    const again = await context.newPage();
    await again.goto(baseUrl);
    await openNewEntry(again);
    await expect(again.getByRole('textbox', { name: 'Title' })).toHaveValue('Terraform drift');
    await expect(again.getByRole('textbox', { name: 'Body' })).toHaveValue('Nightly plan found three changes made by');
    await again.getByRole('button', { name: 'Discard draft' }).click();
    await expect(again.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    expect(await draftIn(again, 'pileup.draft.new')).toBeNull();
  });
});

test.describe('editing', () => {
  test.use({ initialEntries: [SAMPLE_ENTRIES, { scope: 'test' }] });

  test('edits an entry, keeps an edit draft per entry across a reload, and restores an older revision', async ({ page, journal }) => {
    const original = '배포 파이프라인 자동화 회고';
    await entryRow(page, original).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect(title).toHaveValue(original);
    await title.fill('배포 파이프라인 자동화 회고 (수정)');
    await page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Sharing' }).check();

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('배포 파이프라인 자동화 회고 (수정)');
    await expect(page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Sharing' })).toBeChecked();
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    const edited = page.getByRole('heading', { level: 1, name: '배포 파이프라인 자동화 회고 (수정)' });
    await expect(edited).toBeVisible();
    await expect(entryRow(page, '배포 파이프라인 자동화 회고 (수정)')).toContainText('Sharing');

    // The previous version is in the history, and can be brought back.
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('region', { name: 'Revision history' });
    const versions = history.getByRole('list', { name: 'Revision history' }).getByRole('listitem');
    await expect(versions).toHaveCount(1);
    await expect(history.getByRole('button', { name: /배포 파이프라인 자동화 회고$/ })).toBeVisible();
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect(page.getByRole('heading', { level: 1, name: original })).toBeVisible();
    await expect(entryRow(page, original)).not.toContainText('Sharing');
    // Restoring kept the edited version as a revision too: nothing is lost.
    await expect(versions).toHaveCount(2);
    const row = journal.db.prepare('SELECT title, pillars FROM entries WHERE title = ?').get(original);
    expect(row).toBeTruthy();
  });
});
