// Related entries on a big journal: the median time of relatedEntries for a
// sample of entries, with how many terms it counted and used. Run alone with
// `npx tsx bench/related-bench.ts` (BENCH_ENTRIES, default 100,000) to build a
// synthetic journal in the temp folder and print the figures.
//
// At 100,000 entries (2 shared cores): cold median 12 ms, warm 2.8 ms, where a
// full search per term had taken 309 ms and 23 ms. Every word of the synthetic
// journal is in thousands of entries, so each count is an estimate here
// (related-frequency.ts) and the candidates are the newest matches of the
// rarest term.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database } from 'better-sqlite3';
import { Journal } from '../db/journal';
import { distinctiveTerms, forgetCounts, relatedEntries } from '../db/related';
import { syntheticEntries } from '../testkit/synthetic';

const SAMPLE = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Median and worst ms of relatedEntries over SAMPLE entries spread through the
 * journal: cold (no term counts kept, as after a change) and warm (the same
 * entry again, counts kept).
 */
export function measureRelated(db: Database): Record<string, number> {
  const ids = db.prepare<[number], string>(`SELECT id FROM entries WHERE deleted_at IS NULL AND seq % ? = 0 LIMIT ${SAMPLE}`).pluck().all(997);
  const journalSize = db.prepare<[], number>('SELECT count(*) FROM entries WHERE deleted_at IS NULL').pluck().get() ?? 0;
  const cold: number[] = [];
  const times: number[] = [];
  const found: number[] = [];
  const terms: number[] = [];
  for (const id of ids) {
    forgetCounts(db);
    const coldStart = performance.now();
    relatedEntries(db, { id, limit: 8 });
    cold.push(performance.now() - coldStart);
    const start = performance.now();
    const page = relatedEntries(db, { id, limit: 8 });
    times.push(performance.now() - start);
    found.push(page.total);
    const entry = page.entries[0];
    if (entry) terms.push(distinctiveTerms(db, entry, journalSize).length);
  }
  const round = (n: number) => Number(n.toFixed(2));
  return {
    'related: cold median ms': round(median(cold)),
    'related: cold worst ms': round(Math.max(0, ...cold)),
    'related: warm median ms': round(median(times)),
    'related: warm worst ms': round(Math.max(0, ...times)),
    'related: median candidates': median(found),
    'related: median distinctive terms': median(terms),
    'related: entries sampled': ids.length,
  };
}

function main(): void {
  const count = Number(process.env.BENCH_ENTRIES ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-related-bench-'));
  try {
    const journal = Journal.open(path.join(dir, 'bench.db'));
    const built = performance.now();
    journal.createMany(syntheticEntries(count));
    journal.db.pragma('optimize');
    console.log(`${count.toLocaleString('en-US')} entries built in ${((performance.now() - built) / 1000).toFixed(1)} s`);
    for (const [name, value] of Object.entries(measureRelated(journal.db))) console.log(`  ${name.padEnd(36)} ${String(value).padStart(10)}`);
    journal.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
