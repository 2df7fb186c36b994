// Rendering never takes the window down: bodies the markdown renderer cannot
// draw show as written, pathological nesting renders formatted up to the cap,
// and big bodies render without holding the main thread.
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { NewEntry } from '../db/journal';
import { syntheticEntries } from '../testkit/synthetic';
import { expect, test } from './fixtures';
import { entryList, entryRow, pillarFilter, searchBox, totalLine } from './ui-actions';

const FALLBACK_MESSAGE = 'This entry could not be shown as formatted text; here it is as written.';

/**
 * Emphasis 1,000 levels deep: the nesting cap is for lists and quotes, so
 * the renderer refuses this tree (too deep to turn into React) and the entry
 * shows as written.
 */
function unrenderableBody(): string {
  return `Notes from the retro.\n\n${'*'.repeat(2000)}deep${'*'.repeat(2000)}\n\nlast line`;
}

/** About `chars` characters of typical markdown: headings, paragraphs, lists, code, tables, quotes (Korean and English). */
export function bigMarkdown(chars: number): { body: string; headings: number } {
  const entries = syntheticEntries(400, 5, new Date('2026-11-02T00:00:00Z'));
  const blocks: string[] = [];
  let size = 0;
  let headings = 0;
  for (let i = 0; size < chars; i++) {
    const e = entries[i % entries.length];
    if (!e) break;
    let block: string;
    switch (i % 7) {
      case 0:
        block = `## ${i}. ${e.title ?? ''}\n\n${e.body ?? ''}`;
        headings++;
        break;
      case 1:
        block = `- ${e.title ?? ''}\n- **${(e.tags ?? []).join(', ')}**\n  - ${(e.body ?? "").slice(0, 80)}`;
        break;
      case 2:
        block = `\`\`\`ts\nconst step${i} = await deploy({ service: 'payments', canary: ${i % 10} });\nif (!step${i}.healthy) rollback(step${i});\n\`\`\``;
        break;
      case 3:
        block = `| step | took |\n| --- | --- |\n| ${e.title ?? ''} | \`${i} ms\` |`;
        break;
      case 4:
        block = `> ${(e.body ?? "").slice(0, 160)}`;
        break;
      default:
        block = e.body ?? "";
    }
    blocks.push(block);
    size += block.length + 2;
  }
  return { body: blocks.join('\n\n'), headings };
}

const NORMAL: NewEntry = { day: '2026-11-02', title: 'Deploy notes', body: '## Shipped\n\nCanary first, then **everyone**.', pillars: ['automation'], tags: ['deploy'] };
const UNRENDERABLE: NewEntry = { day: '2026-11-01', title: 'Unrenderable body', body: unrenderableBody(), pillars: ['culture'], tags: [] };
const DEEP_LIST: NewEntry = { day: '2026-10-31', title: 'Deep list', body: '- '.repeat(1000) + 'x', pillars: ['measurement'], tags: [] };
const DEEP_QUOTE: NewEntry = { day: '2026-10-30', title: 'Deep quote', body: '> '.repeat(3000) + 'x', pillars: ['sharing'], tags: [] };

async function nestingDepth(page: Page): Promise<number> {
  return page.locator('.entry-content .markdown').evaluate((root) => {
    let deepest = 0;
    const walk: [Element, number][] = [[root, 0]];
    for (let top = walk.pop(); top; top = walk.pop()) {
      const [el, depth] = top;
      const next = ['UL', 'OL', 'BLOCKQUOTE'].includes(el.tagName) ? depth + 1 : depth;
      deepest = Math.max(deepest, next);
      for (const child of Array.from(el.children)) walk.push([child, next]);
    }
    return deepest;
  });
}

test.describe('bodies the renderer cannot draw', () => {
  test.use({ initialEntries: [[NORMAL, UNRENDERABLE, DEEP_LIST, DEEP_QUOTE], { scope: 'test' }] });

  test('show as written, and the rest of the window keeps working, across a reload', async ({ page }) => {
    await entryRow(page, UNRENDERABLE.title ?? '').click();
    const view = page.getByRole('article', { name: UNRENDERABLE.title });
    await expect(view.getByText(FALLBACK_MESSAGE)).toBeVisible();
    await expect(view.locator('pre.markdown-raw')).toContainText('Notes from the retro.');

    // Reloading with the entry open lands on the same fallback, not on an empty window.
    await page.reload();
    await expect(view.getByText(FALLBACK_MESSAGE)).toBeVisible();
    expect(await view.locator('pre.markdown-raw').textContent()).toBe(UNRENDERABLE.body);
    await expect(totalLine(page)).toHaveText('4 entries');

    // Search, the sidebar's filters and the other entries still work.
    await searchBox(page).fill('Canary');
    await expect(entryList(page).getByRole('button')).toHaveCount(1);
    await entryRow(page, NORMAL.title ?? '').click();
    await expect(page.getByRole('article', { name: NORMAL.title }).getByRole('heading', { level: 2, name: 'Shipped' })).toBeVisible();
    await searchBox(page).fill('');
    await pillarFilter(page, 'Culture').click();
    await expect(totalLine(page)).toHaveText('1 entry');
    await pillarFilter(page, 'Culture').click();
    await expect(totalLine(page)).toHaveText('4 entries');
  });

  test('2 KB of nested list or quote markers render formatted, 32 levels deep', async ({ page }) => {
    for (const entry of [DEEP_LIST, DEEP_QUOTE]) {
      await entryRow(page, entry.title ?? '').click();
      const view = page.getByRole('article', { name: entry.title });
      await expect(view.locator('.markdown li, .markdown blockquote').first()).toBeVisible();
      await expect(view.getByText(FALLBACK_MESSAGE)).toHaveCount(0);
      expect(await nestingDepth(page)).toBe(32);
    }
    await page.reload();
    await expect(page.getByRole('article', { name: DEEP_QUOTE.title }).locator('blockquote').first()).toBeVisible();
  });
});

interface Blocking {
  /** Opening click until every section is parsed and those drawn are formatted. */
  formattedMs: number;
  /** Opening click until the first heading is drawn. */
  firstHeadingMs: number;
  /** Longest gap between two animation frames. */
  longestFrameGapMs: number;
  longestTaskMs: number;
  longTasksTotalMs: number;
}

interface Heartbeat {
  gaps: number[];
  tasks: number[];
  start: number;
  firstHeading: number;
  stop: boolean;
}

/** Starts a requestAnimationFrame heartbeat and a long-task observer in the page (read them with stopHeartbeat). */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __blocking: Heartbeat };
    w.__blocking = { gaps: [], tasks: [], start: performance.now(), firstHeading: 0, stop: false };
    const record = w.__blocking;
    new PerformanceObserver((list) => {
      if (record.stop) return;
      for (const entry of list.getEntries()) record.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const beat = (now: number) => {
      if (record.stop) return;
      record.gaps.push(now - last);
      last = now;
      if (!record.firstHeading && document.querySelector('.entry-content .markdown h2')) record.firstHeading = now;
      requestAnimationFrame(beat);
    };
    requestAnimationFrame(beat);
  });
}

async function stopHeartbeat(page: Page): Promise<Omit<Blocking, 'formattedMs'>> {
  // One more frame, so the heartbeat sees the last commit.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const record = await page.evaluate(() => {
    const w = window as unknown as { __blocking: Heartbeat };
    w.__blocking.stop = true;
    return w.__blocking;
  });
  return {
    firstHeadingMs: record.firstHeading ? Math.round(record.firstHeading - record.start) : -1,
    longestFrameGapMs: Math.round(Math.max(0, ...record.gaps)),
    longestTaskMs: Math.round(Math.max(0, ...record.tasks)),
    longTasksTotalMs: Math.round(record.tasks.reduce((a, b) => a + b, 0)),
  };
}

/** Every section parsed (the body is no longer busy) and those in the document formatted. */
async function waitUntilFormatted(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('.entry-content .markdown h2') &&
      !document.querySelector('.entry-content .markdown[aria-busy="true"], .markdown-pending, .markdown-loading'),
    null,
    { timeout: 180_000, polling: 200 },
  );
}

/** Opens the entry and measures how long the main thread is held: a requestAnimationFrame heartbeat and long tasks. */
async function measureOpening(page: Page, title: string): Promise<Blocking> {
  await startHeartbeat(page);
  const started = Date.now();
  await entryRow(page, title).click();
  await waitUntilFormatted(page);
  const formattedMs = Date.now() - started;
  return { formattedMs, ...(await stopHeartbeat(page)) };
}

const MEASURED_CHARS = (process.env.RENDER_SAFETY_SIZES ?? '700000').split(',').map(Number);

for (const chars of MEASURED_CHARS) {
  const big = bigMarkdown(chars);
  const bytes = new TextEncoder().encode(big.body).length;
  const entry: NewEntry = { day: '2026-11-02', title: `Big entry ${chars}`, body: big.body, pillars: ['measurement'], tags: ['big'] };

  test.describe(`a ${(bytes / 1e6).toFixed(1)} MB body`, () => {
    test.use({ initialEntries: [[entry], { scope: 'test' }] });

    test('renders formatted without holding the window', async ({ page }, testInfo) => {
      test.setTimeout(300_000);
      await expect(entryRow(page, entry.title ?? '')).toBeVisible();
      const blocking = await measureOpening(page, entry.title ?? '');
      testInfo.annotations.push({ type: 'blocking', description: JSON.stringify({ bytes, ...blocking }) });
      console.log(`render-safety: ${bytes} bytes`, JSON.stringify(blocking));
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expect(page.getByText(FALLBACK_MESSAGE)).toHaveCount(0);
      if (!process.env.RENDER_SAFETY_MEASURE_ONLY) {
        // Before sections and the worker, opening ~1 MB held the main thread for over 5 s in one task.
        // What keeps every task short is asserted, not a time (shared machines are noisy; the times are
        // in the annotation): the body is cut into sections, and those far from the screen are not drawn.
        expect(await page.locator('.markdown-section').count()).toBeGreaterThan(1);
        await expect(page.locator('.markdown-section.markdown-placeholder').first()).toBeAttached();
        // The search box answers while the body is on screen.
        await searchBox(page).fill('Big entry');
        await expect(entryList(page).getByRole('button')).toHaveCount(1);
      }
    });
  });
}

/** The last sentence of the biggest body, to find at its very end. */
const LAST_SENTENCE = 'Last line of the quarter: the rollback drill ran in 4 minutes, 마지막 문장.';
/** Just under the 8 MB body limit: the biggest body an entry may have. */
const HUGE_CHARS = 4_500_000;
let huge: NewEntry | undefined;
function hugeEntry(): NewEntry {
  huge ??= { day: '2026-11-03', title: 'The biggest entry', body: `${bigMarkdown(HUGE_CHARS).body}\n\n${LAST_SENTENCE}\n`, pillars: ['measurement'], tags: ['big'] };
  return huge;
}

/** The text at the middle of the entry's visible part, and whether it is in a drawn, formatted section. */
async function textAtMiddle(page: Page): Promise<{ text: string; formatted: boolean }> {
  return page.locator('.entry-scroll').evaluate((scroller) => {
    const box = scroller.getBoundingClientRect();
    const at = document.elementFromPoint(box.left + box.width / 2 - 100, box.top + box.height / 2);
    const section = at?.closest('.markdown-section');
    return {
      text: section && !section.classList.contains('markdown-placeholder') ? (at?.textContent ?? '').trim() : '',
      formatted: Boolean(section && !section.querySelector('.markdown-pending') && !section.classList.contains('markdown-placeholder')),
    };
  });
}

test.describe('the biggest body allowed (7.8 MB)', () => {
  test('opens and scrolls to its middle and its end without holding the window', async ({ page, seed }, testInfo) => {
    test.setTimeout(300_000);
    const entry = hugeEntry();
    const bytes = new TextEncoder().encode(entry.body).length;
    expect(bytes).toBeGreaterThan(7_700_000);
    expect(bytes).toBeLessThan(8 * 1024 * 1024);
    seed([entry]);
    await page.reload();
    await expect(entryRow(page, entry.title ?? '')).toBeVisible();

    const opening = await measureOpening(page, entry.title ?? '');
    // Only the sections near the screen are in the document, not the ~70k elements of the whole body.
    const elements = await page.locator('.entry-content .markdown').evaluate((root) => root.querySelectorAll('*').length);
    const scroller = page.locator('.entry-scroll');

    await startHeartbeat(page);
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
    // Text at once (plain or formatted), never an empty stretch; formatted soon after.
    await expect.poll(async () => (await textAtMiddle(page)).text.length, { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await textAtMiddle(page)).formatted, { timeout: 10_000 }).toBe(true);
    await expect(scroller.locator('.markdown-section:not(.markdown-placeholder) h2').first()).toBeAttached();
    // Heights of sections not drawn yet are estimates: the end is where scrolling stops once those near it are drawn.
    await expect(async () => {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(page.getByText(LAST_SENTENCE)).toBeInViewport({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByText(LAST_SENTENCE)).toBeVisible();
    const scrolling = await stopHeartbeat(page);

    const figures = { bytes, elements, opening, scrolling: { longestFrameGapMs: scrolling.longestFrameGapMs, longestTaskMs: scrolling.longestTaskMs } };
    testInfo.annotations.push({ type: 'blocking', description: JSON.stringify(figures) });
    console.log('render-safety (7.8 MB):', JSON.stringify(figures));
    await expect(page.getByText(FALLBACK_MESSAGE)).toHaveCount(0);
    // Only the sections near the screen are drawn: what kept the longest frame gap at ~150 ms on a
    // quiet machine (3.4 s when the whole body was drawn). The gaps are in the annotation, not
    // asserted: on a shared machine a time says more about the neighbours than about the code.
    expect(elements).toBeLessThan(15_000);
  });
});

// Screenshots for a person to look at: RENDER_SAFETY_SCREENSHOTS=/tmp/render-safety npx playwright test render-safety
const SHOTS = process.env.RENDER_SAFETY_SCREENSHOTS;
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`screenshots (${scheme})`, () => {
    const big = bigMarkdown(300_000);
    const bigEntry: NewEntry = { day: '2026-11-02', title: 'A big entry', body: big.body, pillars: ['measurement', 'automation'], tags: ['big'] };
    test.use({ colorScheme: scheme, initialEntries: [[NORMAL, UNRENDERABLE, bigEntry], { scope: 'test' }] });

    test('of the fallback and of a big entry', async ({ page, seed }) => {
      test.setTimeout(180_000);
      test.skip(!SHOTS, 'set RENDER_SAFETY_SCREENSHOTS to a folder to write them');
      const dir = SHOTS ?? '';
      fs.mkdirSync(dir, { recursive: true });
      await entryRow(page, UNRENDERABLE.title ?? '').click();
      await expect(page.getByText(FALLBACK_MESSAGE)).toBeVisible();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `fallback-${scheme}.png`) });
      await entryRow(page, bigEntry.title ?? '').click();
      await page.waitForFunction(() => document.querySelector('.entry-content .markdown h2') && !document.querySelector('.markdown-pending'), null, { timeout: 60_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `big-entry-${scheme}.png`) });
      await page.locator('.entry-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `big-entry-middle-${scheme}.png`) });

      // The biggest body allowed, at its top and in its middle.
      const entry = hugeEntry();
      seed([entry]);
      await page.reload();
      await entryRow(page, entry.title ?? '').click();
      const drawn = () => page.waitForFunction(() => document.querySelector('.entry-content .markdown h2') && !document.querySelector('.markdown-pending'), null, { timeout: 60_000 });
      await drawn();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `huge-entry-top-${scheme}.png`) });
      await page.locator('.entry-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `huge-entry-middle-plain-${scheme}.png`) });
      await drawn();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(dir, `huge-entry-middle-${scheme}.png`) });
    });
  });
}
