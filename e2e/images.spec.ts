// Screenshots in the journal: pasted into the body, stored in the journal
// file, served by the host; remote images never load. And the body's keyboard:
// bold, italic, links, lists, Escape keeping the draft.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { entryRow, openNewEntry } from './ui-actions';

/** Draws a small dashboard in the page and pastes it into `body` as a PNG file (a real ClipboardEvent with a DataTransfer). */
async function pasteDashboard(body: Locator): Promise<void> {
  await body.evaluate(async (textarea) => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 200;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d canvas');
    g.fillStyle = '#101828';
    g.fillRect(0, 0, 480, 200);
    g.fillStyle = '#98a2b3';
    g.font = '14px sans-serif';
    g.fillText('p99 latency (ms) — checkout', 16, 24);
    const bars = [120, 95, 180, 60, 70, 55, 48, 52, 45, 40];
    bars.forEach((h, i) => {
      g.fillStyle = h > 100 ? '#f97066' : '#32d583';
      g.fillRect(24 + i * 44, 184 - h * 0.8, 30, h * 0.8);
    });
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no PNG');
    const data = new DataTransfer();
    data.items.add(new File([blob], 'dashboard.png', { type: 'image/png' }));
    textarea.focus();
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
}

/** Pastes a file whose bytes and stated type the test chooses. */
async function pasteFile(body: Locator, name: string, type: string, text: string): Promise<void> {
  await body.evaluate(
    (textarea, file) => {
      const data = new DataTransfer();
      data.items.add(new File([file.text], file.name, { type: file.type }));
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { name, type, text },
  );
}

async function select(body: Locator, start: number, end: number): Promise<void> {
  await body.evaluate((el, [s, e]) => {
    if (!(el instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
    el.focus();
    el.setSelectionRange(s ?? 0, e ?? 0);
  }, [start, end]);
}

const naturalWidth = (img: Locator): Promise<number> => img.evaluate((el) => (el instanceof HTMLImageElement ? el.naturalWidth : 0));

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
  await page.waitForTimeout(200);
}

// Pasting, rendering and three screenshots take a while on a busy machine.
test.describe.configure({ timeout: 150_000 });

test.describe('images in entries', () => {
  test('a pasted screenshot is stored, rendered from the host, and a remote image never loads', async ({ page, journal }, testInfo) => {
    const remoteRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).hostname.endsWith('example.com')) remoteRequests.push(request.url());
    });
    await openNewEntry(page);
    await page.getByRole('textbox', { name: 'Title' }).fill('Checkout latency after the rollout');
    await page.getByRole('group', { name: 'Pillars' }).getByRole('checkbox', { name: 'Measurement' }).check();
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill('p99 dropped below 60 ms once the cache warmed up.\n');
    await body.press('End');
    await pasteDashboard(body);
    await expect(body).toHaveValue(/!\[dashboard\]\(pileup-image:[0-9a-f]{64}\.png\)/);
    await expect(page.getByText('Adding image…')).toHaveCount(0);
    await body.press('Control+End');
    await page.keyboard.type('\nVendor status page: ![status chart](https://status.example.com/chart.png)');

    const preview = page.getByRole('region', { name: 'Preview' });
    const previewImage = preview.getByRole('img', { name: 'dashboard' });
    await expect(previewImage).toBeVisible();
    await expect.poll(() => naturalWidth(previewImage)).toBe(480);
    await expect(preview.getByRole('img', { name: /Remote image not loaded: status\.example\.com/ })).toBeVisible();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout latency after the rollout' })).toBeVisible();
    const view = page.locator('.markdown').first();
    const shown = view.getByRole('img', { name: 'dashboard' });
    await expect.poll(() => naturalWidth(shown)).toBe(480);
    const placeholder = view.getByRole('img', { name: /Remote image not loaded: status\.example\.com/ });
    await expect(placeholder).toContainText('Remote image not loaded: status.example.com');
    await expect(placeholder).toContainText('status chart');
    expect(await view.locator('img[src*="example.com"]').count()).toBe(0);

    // Stored in the journal file itself, once.
    expect(journal.db.prepare('SELECT count(*) AS n, min(mime) AS mime FROM images').get()).toEqual({ n: 1, mime: 'image/png' });
    expect(remoteRequests).toEqual([]);

    await settle(page);
    await page.screenshot({ path: testInfo.outputPath('entry-image-en-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await page.screenshot({ path: testInfo.outputPath('entry-image-en-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('pileup.language', 'ko'));
    await page.reload();
    await expect(page.getByRole('img', { name: /외부 이미지를 불러오지 않았습니다: status\.example\.com/ })).toBeVisible();
    await expect.poll(() => naturalWidth(page.locator('.markdown img.journal-image').first())).toBe(480);
    await settle(page);
    await page.screenshot({ path: testInfo.outputPath('entry-image-ko-light.png') });
    expect(remoteRequests).toEqual([]);
  });

  test('a paste that is not an image says why and inserts nothing', async ({ page }) => {
    await openNewEntry(page);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill('notes');
    await pasteFile(body, 'notes.txt', 'text/plain', 'hello');
    await expect(page.getByRole('alert').filter({ hasText: 'notes.txt is not an image Pileup keeps' })).toBeVisible();
    await pasteFile(body, 'evil.png', 'image/png', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await expect(page.getByRole('alert').filter({ hasText: /Could not add evil\.png: .*not an image Pileup keeps/ })).toBeVisible();
    await expect(body).toHaveValue('notes');
  });
});

test.describe('the body keyboard', () => {
  test('Ctrl+B wraps and unwraps, Ctrl+K links, Enter continues and ends a list', async ({ page }) => {
    await openNewEntry(page);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill('deploy on Friday');
    await select(body, 7, 16);
    await body.press('Control+b');
    await expect(body).toHaveValue('deploy **on Friday**');
    await body.press('Control+b');
    await expect(body).toHaveValue('deploy on Friday');
    await select(body, 0, 6);
    await body.press('Control+i');
    await expect(body).toHaveValue('_deploy_ on Friday');
    await select(body, 12, 18);
    await body.press('Control+k');
    await page.keyboard.type('https://wiki.example/friday');
    await expect(body).toHaveValue('_deploy_ on [Friday](https://wiki.example/friday)');

    await body.fill('');
    await page.keyboard.type('- first');
    await page.keyboard.press('Enter');
    await page.keyboard.type('second');
    await page.keyboard.press('Enter');
    await expect(body).toHaveValue('- first\n- second\n- ');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. 배포');
    await page.keyboard.press('Enter');
    await expect(body).toHaveValue('- first\n- second\n1. 배포\n2. ');
    // Undo takes an edit back like typing.
    await page.keyboard.press('Control+z');
    await expect(body).toHaveValue('- first\n- second\n1. 배포');
  });

  test('Escape closes the editor, keeps the draft and gives the focus back', async ({ page }) => {
    await openNewEntry(page);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.fill('half a thought about the runbook');
    await body.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New entry', exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'New entry', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Body' })).toHaveValue('half a thought about the runbook');
  });

  test.describe('on an entry', () => {
    test.use({ initialEntries: [[{ title: 'Runbook review', body: 'first draft', pillars: ['sharing'] }], { scope: 'test' }] });
    test('Escape after an edit returns to the entry, with its row focused', async ({ page }) => {
      await entryRow(page, 'Runbook review').click();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const body = page.getByRole('textbox', { name: 'Body' });
      await body.fill('second draft');
      await body.press('Escape');
      await expect(page.getByRole('heading', { level: 1, name: 'Runbook review' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Draft kept' })).toBeVisible();
      await expect(entryRow(page, 'Runbook review')).toBeFocused();
    });
  });
});
