// The index path: text terms or tags. Reads keys from an IndexSource in the
// order the query calls for, then the entries behind them.
import type { Database } from 'better-sqlite3';
import type { EntryPage } from '../common/model';
import { entriesBySeq } from '../rows';
import { cachedStatement } from '../search/statements';
import { indexKey, keyToDaySeq, seqOfKey } from '../search/text';
import { wordsStarting } from '../search/vocabulary';
import { decodeCursor, encodeCursor, type Cursor } from './cursor';
import { markedTerms } from '../search/query';
import { indexSource, KEY_PARAM, type IndexSource } from './index-source';
import type { Param, Plan } from './plan';
import { withSnippets } from './snippets';

/** Above this many matches, text results are ordered title hits first, then newest first, instead of by bm25. */
export const RANK_ALL = 2000;

/** Matches of the source, counting no further than `cap` (null: all of them). */
function countMatches(db: Database, source: IndexSource, cap: number | null): number {
  const matches = `SELECT 1 FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds}`;
  // count(*) without GROUP BY always yields one row.
  return cap === null
    ? (cachedStatement<Param[], number>(db, `SELECT count(*) FROM (${matches})`).pluck().get(source.match, ...source.params) ?? 0)
    : (cachedStatement<Param[], number>(db, `SELECT count(*) FROM (${matches} LIMIT ?)`).pluck().get(source.match, ...source.params, cap) ?? 0);
}

/** How many entries the plan lists on the index path. */
export function countListedByIndex(db: Database, plan: Plan): number {
  const source = indexSource(plan, { words: wordsStarting(db) });
  return source ? countMatches(db, source, null) : 0;
}

/**
 * Whether the matches are ranked by bm25: when the query matches at most
 * RANK_ALL entries in the whole journal, day range aside (counting stops one
 * past that). bm25 weighs each phrase by how many entries hold it anywhere,
 * which FTS5 works out by reading every one of them, however narrow the day
 * range: a common phrase in one month ranked so costs ~5 ms at 100,000
 * entries, where the grouped order costs ~0.1. A word that common is better
 * answered "title hits first, then newest" in a month as much as in all.
 */
function rankable(db: Database, source: IndexSource): boolean {
  return countMatches(db, { ...source, conds: '', params: [] }, RANK_ALL + 1) <= RANK_ALL;
}

/** Keys by bm25, skipping `offset`. */
function keysByRank(db: Database, source: IndexSource, limit: number, offset: number): number[] {
  return cachedStatement<Param[], number>(
    db,
    `SELECT rowid FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds} ORDER BY rank, rowid DESC LIMIT ? OFFSET ?`,
  )
    .pluck()
    .all(source.match, ...source.params, limit, offset);
}

/** Keys newest first, below `beforeKey` when given. */
function keysByNewest(db: Database, source: IndexSource, match: string, beforeKey: number | null, limit: number): number[] {
  const before = beforeKey === null ? '' : ` AND ${source.table}.rowid < ${KEY_PARAM}`;
  const params = beforeKey === null ? source.params : [...source.params, beforeKey];
  return cachedStatement<Param[], number>(
    db,
    `SELECT rowid FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds}${before} ORDER BY rowid DESC LIMIT ?`,
  )
    .pluck()
    .all(match, ...params, limit);
}

interface KeyPage {
  keys: number[];
  next: Cursor | null;
}

/** Newest first with a day cursor: no positive text terms. */
function newestPage(db: Database, source: IndexSource, cursor: Cursor | null, limit: number): KeyPage {
  const before = cursor?.kind === 'day' ? indexKey(cursor.day, cursor.seq) : null;
  const keys = keysByNewest(db, source, source.match, before, limit + 1);
  const more = keys.length > limit;
  keys.length = Math.min(keys.length, limit);
  return { keys, next: more ? { kind: 'day', ...keyToDaySeq(keys.at(-1)!) } : null };
}

/** Title-and-tag hits newest first, then the other matches newest first. */
function groupedPage(db: Database, source: IndexSource, titleTerms: string, cursor: Cursor | null, limit: number): KeyPage {
  const groups = [`(${source.match}) AND ${titleTerms}`, `(${source.match}) NOT ${titleTerms}`] as const;
  let group: 1 | 2 = cursor?.kind === 'group' ? cursor.group : 1;
  let after = cursor?.kind === 'group' ? cursor.afterKey : null;
  const keys: number[] = [];
  for (;;) {
    const want = limit - keys.length;
    const found = keysByNewest(db, source, group === 1 ? groups[0] : groups[1], after, want + 1);
    const more = found.length > want;
    keys.push(...found.slice(0, want));
    if (more) return { keys, next: { kind: 'group', group, afterKey: keys.at(-1)! } };
    if (group === 2) return { keys, next: null };
    group = 2;
    after = null;
    if (keys.length === limit) {
      // The first group ended exactly here; the second may still have entries.
      return keysByNewest(db, source, groups[1], null, 1).length ? { keys, next: { kind: 'group', group: 2, afterKey: null } } : { keys, next: null };
    }
  }
}

export function listByIndex(
  db: Database,
  plan: Plan,
  cursorText: string | null | undefined,
  limit: number,
  order: 'relevance' | 'newest',
): EntryPage {
  const source = indexSource(plan, { words: wordsStarting(db) });
  const terms = markedTerms(plan.query);
  if (!source) {
    decodeCursor(cursorText, ['day', 'rank', 'group']);
    return { entries: [], nextCursor: null, terms };
  }
  let page: KeyPage;
  if (source.titleTerms === null || order === 'newest') {
    page = newestPage(db, source, decodeCursor(cursorText, ['day']), limit);
  } else {
    const cursor = decodeCursor(cursorText, ['rank', 'group']);
    if (cursor?.kind === 'rank' || (!cursor && rankable(db, source))) {
      const offset = cursor?.kind === 'rank' ? cursor.offset : 0;
      const keys = keysByRank(db, source, limit + 1, offset);
      const more = keys.length > limit;
      keys.length = Math.min(keys.length, limit);
      page = { keys, next: more ? { kind: 'rank', offset: offset + limit } : null };
    } else {
      page = groupedPage(db, source, source.titleTerms, cursor, limit);
    }
  }
  const entries = entriesBySeq(db, page.keys.map(seqOfKey));
  return {
    entries: withSnippets(entries, terms),
    nextCursor: page.next ? encodeCursor(page.next) : null,
    terms,
  };
}
