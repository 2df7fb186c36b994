// A big journal scrolls: 10,000 entries, only a window of rows in the DOM, and
// later pages load as the user scrolls down.
import { expect, test } from './fixtures';
import { entryList, totalLine } from './ui-actions';
import { manyEntries } from '../testkit/ui-samples';

test.use({ initialEntries: [manyEntries(10_000), { scope: 'test' }] });

test('scrolls 10,000 entries with fewer than 300 rows in the DOM, loading later entries', async ({ page }) => {
  test.setTimeout(90_000);
  const list = entryList(page);
  await expect(totalLine(page)).toHaveText('10,000 entries');
  // Newest day first (three entries a day, the last written on top).
  await expect(list.getByRole('button').first()).toContainText(/^Entry 0000[1-3]:/);

  const rowCount = () => list.getByRole('listitem').count();
  expect(await rowCount()).toBeLessThan(300);

  // Wheel down, as a person would, until an entry from the sixth page (> 1,000) is rendered.
  const box = await list.boundingBox();
  if (!box) throw new Error('the list is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  let maxRows = 0;
  let lastSeen = 0;
  for (let i = 0; i < 120 && lastSeen < 1_100; i++) {
    await page.mouse.wheel(0, 4_000);
    await page.waitForTimeout(50);
    maxRows = Math.max(maxRows, await rowCount());
    const titles = await list.locator('.entry-title').allInnerTexts();
    for (const title of titles) lastSeen = Math.max(lastSeen, Number(/^Entry (\d+):/.exec(title)?.[1] ?? 0));
  }
  expect(lastSeen).toBeGreaterThanOrEqual(1_100);
  expect(maxRows).toBeLessThan(300);
  // The first entries have left the DOM: the list is windowed, not just long.
  await expect(list.getByRole('button', { name: /^Entry 0000[1-3]:/ })).toHaveCount(0);

  // The keyboard reaches the rows that were loaded, too: End goes to the last loaded entry.
  await list.getByRole('button').first().focus();
  await page.keyboard.press('End');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/entry-row/);
  const focusedNumber = async () => Number(/Entry (\d+):/.exec((await focused.innerText()) ?? '')?.[1] ?? 0);
  await expect.poll(focusedNumber).toBeGreaterThanOrEqual(lastSeen);
  expect(await rowCount()).toBeLessThan(300);
});
