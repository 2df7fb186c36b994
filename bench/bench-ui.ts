// `npm run bench:ui`: the UI on a 100,000-entry journal (BENCH_ENTRIES to
// change), in Debian's Chromium through the browser host. Prints one JSON
// report:
//   - first page: navigation start (the secret URL, redirect included) to the
//     frame that paints the first journal row, over several fresh loads;
//   - search: each character typed into the search box, from its input event
//     to the frame that paints the list for the new query (median and p95);
//   - scrolling: the most rows in the DOM while wheeling through thousands of
//     entries (virtualization keeps it small).
// Targets: first page < 1.5 s, search p95 < 150 ms, < 300 rows in the DOM.
import { chromium, type Browser, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Journal } from '../db/journal';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../testkit/chromium';
import { startWebHost, type WebHost } from '../web/server';
import { syntheticEntries } from '../testkit/synthetic';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = { firstPageMs: 1500, searchP95Ms: 150, domRows: 300 } as const;
const LOADS = 5;
/** Typed character by character; Korean two-syllable words, phrases and the query syntax included. */
const QUERIES = ['배포', 'rollback', '마이그레이션', 'canary analysis', '회고 tag:k8s', 'p99 latency'];
const SCROLL_STEPS = 60;

/** The journal list, marked by the UI with the filter its rows belong to. */
const LIST = '[data-results-for]';

type Window = globalThis.Window & {
  __firstRowAt?: number;
  __armSearchProbe?: (input: HTMLInputElement) => void;
};

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Progress goes to stderr, so stdout stays one JSON document. */
const progress = (message: string) => process.stderr.write(`bench:ui: ${message}\n`);

function seed(file: string, count: number): number {
  const start = performance.now();
  const journal = Journal.open(file);
  try {
    const entries = syntheticEntries(count);
    for (let i = 0; i < entries.length; i += 10_000) journal.createMany(entries.slice(i, i + 10_000));
  } finally {
    journal.close();
  }
  return performance.now() - start;
}

// Code that runs in the page is written as plain JavaScript text: tsx
// (esbuild with keepNames) would wrap functions passed to page.evaluate in a
// __name() helper that does not exist in the page.

/** Notes the frame in which the first journal row appears (runs before the page's own scripts). */
const WATCH_FIRST_ROW = `
  (() => {
    const observer = new MutationObserver(() => {
      if (window.__firstRowAt !== undefined) return;
      if (!document.querySelector(${JSON.stringify(`${LIST} [role="listitem"] button`)})) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__firstRowAt = performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

/**
 * window.__armSearchProbe(input): on the next input event in the search box,
 * times how long until a frame shows the list for the box's new value. The
 * result lands in window.__searchProbe (a promise), so arming returns at once
 * and the keystroke comes only after the listener is in place.
 */
const SEARCH_PROBE = `
  window.__armSearchProbe = (input) => {
    window.__searchProbe = new Promise((resolve, reject) => {
      const list = () => document.querySelector(${JSON.stringify(LIST)});
      const giveUp = setTimeout(() => reject(new Error('the list never showed the results for "' + input.value + '" (it shows ' + list()?.getAttribute('data-results-for') + ')')), 15000);
      input.addEventListener('input', (event) => {
        const typedAt = event.timeStamp;
        const wanted = input.value.trim() ? input.value : undefined;
        const step = () => {
          let shown = null;
          try { shown = JSON.parse(list()?.getAttribute('data-results-for') || 'null'); } catch { shown = null; }
          if (shown && shown.query === wanted) {
            clearTimeout(giveUp);
            resolve(performance.now() - typedAt);
          } else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }, { once: true });
    });
  };
`;

async function measureFirstPage(browser: Browser, host: WebHost): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_FIRST_ROW });
    await page.goto(host.url, { waitUntil: 'commit' });
    // Predicates are functions: the page's CSP (rightly) forbids evaluating strings.
    await page.waitForFunction(() => (window as Window).__firstRowAt !== undefined, undefined, { timeout: 30_000 });
    samples.push(await page.evaluate<number>('window.__firstRowAt'));
    await context.close();
  }
  return samples;
}

async function measureSearch(page: Page): Promise<{ samples: number[]; perQuery: Record<string, number> }> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  const samples: number[] = [];
  const perQuery: Record<string, number> = {};
  await page.evaluate(SEARCH_PROBE);
  for (const query of QUERIES) {
    await box.fill('');
    await page.waitForFunction(
      (sel) => !(JSON.parse(document.querySelector(sel)?.getAttribute('data-results-for') || '{}') as { query?: string }).query,
      LIST,
    );
    await box.focus();
    const own: number[] = [];
    for (const ch of query) {
      await box.evaluate((input) => (window as Window).__armSearchProbe?.(input as HTMLInputElement));
      await page.keyboard.type(ch);
      own.push(await page.evaluate<number>('window.__searchProbe'));
    }
    samples.push(...own);
    perQuery[query] = round(percentile(own, 50));
  }
  await box.fill('');
  return { samples, perQuery };
}

async function measureScrolling(page: Page): Promise<{ maxRows: number; maxEntryRows: number; deepestRow: number; scrolledPx: number }> {
  const list = page.locator(LIST);
  await list.locator('[role="listitem"] button').first().waitFor();
  const box = await page.locator('.list-scroll').boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  let maxRows = 0;
  let maxEntryRows = 0;
  let deepestRow = 0;
  for (let step = 0; step < SCROLL_STEPS; step++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(50);
    const counts = await list.evaluate((el) => ({
      rows: el.querySelectorAll('[role="listitem"]').length,
      entries: el.querySelectorAll('[role="listitem"] button').length,
      deepest: Math.max(0, ...Array.from(el.querySelectorAll<HTMLElement>('[data-row-index]'), (row) => Number(row.dataset.rowIndex))),
    }));
    maxRows = Math.max(maxRows, counts.rows);
    maxEntryRows = Math.max(maxEntryRows, counts.entries);
    deepestRow = Math.max(deepestRow, counts.deepest);
  }
  const scrolledPx = await page.locator('.list-scroll').evaluate((el) => el.scrollTop);
  return { maxRows, maxEntryRows, deepestRow, scrolledPx };
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_ENTRIES ?? 100_000);
  if (!Number.isSafeInteger(count) || count < 100) throw new Error('BENCH_ENTRIES must be a whole number of at least 100');
  const distDir = path.join(ROOT, 'dist-renderer');
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('dist-renderer is missing: run `npm run build` (npm run bench:ui does).');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-bench-ui-'));
  const file = path.join(dir, 'journal.db');
  let host: WebHost | undefined;
  let browser: Browser | undefined;
  try {
    progress(`seeding ${count} entries`);
    const seedMs = seed(file, count);
    host = await startWebHost({ dbFile: file, port: 0, distDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });

    progress('first page');
    const firstPage = await measureFirstPage(browser, host);

    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.locator(`${LIST} [role="listitem"] button`).first().waitFor({ timeout: 30_000 });
    progress('search');
    const search = await measureSearch(page);
    progress('scrolling');
    const scrolling = await measureScrolling(page);
    await context.close();

    const firstPageMedian = percentile(firstPage, 50);
    const searchP95 = percentile(search.samples, 95);
    const report = {
      entries: count,
      machine: { cpus: os.cpus().length, node: process.version, chromium: browser.version() },
      'seed ms': round(seedMs),
      'first page ms': {
        median: round(firstPageMedian),
        max: round(Math.max(...firstPage)),
        samples: firstPage.map(round),
      },
      'search keystroke to results ms': {
        keystrokes: search.samples.length,
        median: round(percentile(search.samples, 50)),
        p95: round(searchP95),
        max: round(Math.max(...search.samples)),
        'median per query': search.perQuery,
      },
      scrolling: {
        'max rows in DOM': scrolling.maxRows,
        'max entry rows in DOM': scrolling.maxEntryRows,
        'scrolled px': scrolling.scrolledPx,
        'deepest row reached (days and entries)': scrolling.deepestRow,
      },
      targets: {
        [`first page median < ${TARGETS.firstPageMs} ms`]: firstPageMedian < TARGETS.firstPageMs,
        [`search p95 < ${TARGETS.searchP95Ms} ms`]: searchP95 < TARGETS.searchP95Ms,
        [`rows in DOM < ${TARGETS.domRows}`]: scrolling.maxRows < TARGETS.domRows,
      },
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser?.close();
    await host?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
