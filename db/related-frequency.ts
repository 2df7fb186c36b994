// How many entries a MATCH expression finds, for weighing a term by rarity.
// Counting every match of a common word walks all of them (~1–2 µs each: a
// word in half of 100,000 entries takes ~90 ms), so only a term with fewer
// than SAMPLE matches is counted exactly. For a commoner one the newest SAMPLE
// matches are read, and the share of the newest index rows they fill is taken
// for its share of the journal: within ~10 % on the bench journal, which an
// inverse document frequency (a logarithm) hardly notices. A word used
// mostly lately counts as commoner than it is over the years, and one used
// only long ago as SAMPLE entries: neither moves a weight far.
//
// The windows are the newest SAMPLE, 2 × SAMPLE, 4 × SAMPLE … index rows
// (rowids sort like the journal); the estimate uses the largest window the
// sample fully covers, so a word in a quarter of the journal is measured over
// 500–1,000 entries, a word in 2 % over 8,000. The caller keeps a counter per
// journal change: each window's lowest rowid is looked up once.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './search/statements';

/** Matches read per term: below this the count is exact. */
export const SAMPLE = 256;
/** The largest window looked at: a term rarer than SAMPLE in this many newest entries is estimated from fewer matches. */
const LAST_WINDOW = 16_384;

export class MatchCounter {
  /** Window size → its lowest rowid (null: the index holds fewer rows). */
  private readonly windowEnds = new Map<number, number | null>();

  constructor(
    private readonly db: Database,
    /** Live entries in the journal: the index holds each once. */
    readonly journalSize: number,
  ) {}

  /** Entries matching `expr`: exact below SAMPLE, estimated above. */
  count(expr: string): number {
    const newest = cachedStatement<[string, number], number>(
      this.db,
      'SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT ?',
    )
      .pluck()
      .all(expr, SAMPLE);
    if (newest.length < SAMPLE) return newest.length;
    const oldest = newest[SAMPLE - 1]!;
    // The largest window lying inside the sample's span: every match in it is in the sample.
    let covered = SAMPLE;
    for (let size = SAMPLE * 2; size <= Math.min(LAST_WINDOW, this.journalSize); size *= 2) {
      const end = this.windowEnd(size);
      if (end === null || end < oldest) break;
      covered = size;
    }
    const end = this.windowEnd(covered) ?? oldest;
    const inWindow = newest.reduce((n, rowid) => (rowid >= end ? n + 1 : n), 0);
    const estimate = Math.round((inWindow / covered) * this.journalSize);
    return Math.min(this.journalSize, Math.max(SAMPLE, estimate));
  }

  /** The lowest rowid of the newest `size` index rows. */
  private windowEnd(size: number): number | null {
    let end = this.windowEnds.get(size);
    if (end === undefined) {
      end =
        cachedStatement<[number], number>(this.db, 'SELECT rowid FROM search_text ORDER BY rowid DESC LIMIT 1 OFFSET ?')
          .pluck()
          .get(size - 1) ?? null;
      this.windowEnds.set(size, end);
    }
    return end;
  }
}
