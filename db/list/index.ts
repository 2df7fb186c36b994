// Listing and counting entries under a filter: structural filters (pillars,
// tags, day range, trash) combined with a text query in the Pileup syntax.
//
// Two paths, chosen per request:
// - entries path (by-day.ts): no text and no tag filter (or the trash).
//   Reads the entries_by_day index, newest day first, keyset cursor. Text in
//   the trash is a scan (trash.ts).
// - index path (by-index.ts): text terms or tags. Everything becomes one
//   FTS5 MATCH over search_text (index-source.ts, search/schema.ts), whose
//   rowids sort like the journal.
//   Without positive text terms, results stream newest first (keyset cursor).
//   With them, each item gets a snippet, and the order is:
//   * up to RANK_ALL matches in the whole journal (a day range does not
//     count, see by-index.ts rankable): bm25 over title (x10), tags (x5)
//     and body, offset cursor;
//   * more: entries with a hit in the title or tags first, then the rest,
//     each group newest first (keyset cursor per group). Ranking 60,000
//     matches by bm25 costs ~40 ms on the bench journal, streaming them costs
//     < 1 ms, and for a word that common "where did I write it lately" is the
//     better answer anyway.
// The count is a request of its own (countEntries): counting 60,000 matches
// costs more than the first page, which never waits for it.
// The entry points take a connection, not a Journal, so a reader thread can
// call them on a read-only connection.
//
// A query that finds nothing, but whose Korean keyboard reading does (qovh →
// 배포, typed with the layout left in English), is answered with that reading
// and says so in the page's notes: one extra query, only after an empty one.
import type { Database } from 'better-sqlite3';
import { PILLARS, type EntryPage, type ListFilter, type PillarCounts, type SearchNotes } from '../common/model';
import { glossaryLookup, readGlossary } from '../search/glossary';
import { layoutCorrection, type ParsedQuery, type QueryOptions } from '../search/query';
import { countListedByDay, listByDay } from './by-day';
import { countListedByIndex, listByIndex } from './by-index';
import { countByPillar as countPillarsOnce } from './pillar-counts';
import { hasText, makePlan, usesIndex } from './plan';
import { listTrashByText, trashMatches } from './trash';

export { RANK_ALL } from './by-index';

export interface ListRequest {
  filter: ListFilter;
  cursor?: string | null;
  limit: number;
  /** Text matches by relevance (the default), or newest first like the journal (exports). */
  order?: 'relevance' | 'newest';
}

function pageLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 50;
}

/** How the journal's settings shape parsing: the glossary, unless turned off. */
export function queryOptions(db: Database): QueryOptions {
  return { synonyms: glossaryLookup(readGlossary(db)) };
}

function notesOf(query: ParsedQuery): SearchNotes | undefined {
  const notes: SearchNotes = {};
  if (query.warnings.length) notes.warnings = query.warnings;
  if (query.also.length) notes.also = query.also;
  return notes.warnings || notes.also ? notes : undefined;
}

function listOnce(db: Database, request: ListRequest, options: QueryOptions): EntryPage {
  const plan = makePlan(request.filter, options);
  const limit = pageLimit(request.limit);
  const page =
    plan.trash && hasText(plan)
      ? listTrashByText(db, plan, request.cursor, limit)
      : usesIndex(plan)
        ? listByIndex(db, plan, request.cursor, limit, request.order ?? 'relevance')
        : listByDay(db, plan, request.cursor, limit);
  const notes = notesOf(plan.query);
  return notes ? { ...page, notes } : page;
}

/** Whether the filter lists anything at all: the page in hand says so, unless it is an empty later page. */
function findsAny(db: Database, request: ListRequest, page: EntryPage, options: QueryOptions): boolean {
  if (page.entries.length > 0) return true;
  return request.cursor ? listOnce(db, { filter: request.filter, limit: 1 }, options).entries.length > 0 : false;
}

export function listEntries(db: Database, request: ListRequest, options: QueryOptions = queryOptions(db)): EntryPage {
  const page = listOnce(db, request, options);
  const typed = request.filter.query;
  if (!typed || findsAny(db, request, page, options)) return page;
  const corrected = layoutCorrection(typed);
  if (corrected === null) return page;
  const retryRequest = { ...request, filter: { ...request.filter, query: corrected } };
  const retry = listOnce(db, retryRequest, options);
  if (!findsAny(db, retryRequest, retry, options)) return page;
  return { ...retry, notes: { ...retry.notes, correctedFrom: typed, corrected } };
}

function countOnce(db: Database, filter: ListFilter, options: QueryOptions): number {
  const plan = makePlan(filter, options);
  if (plan.trash && hasText(plan)) return trashMatches(db, plan).length;
  return usesIndex(plan) ? countListedByIndex(db, plan) : countListedByDay(db, plan);
}

/** How many entries the filter lists over all pages; when the list answers with the keyboard-layout reading, so does the count. */
export function countEntries(db: Database, filter: ListFilter, options: QueryOptions = queryOptions(db)): number {
  const count = countOnce(db, filter, options);
  if (count > 0 || !filter.query) return count;
  const corrected = layoutCorrection(filter.query);
  return corrected === null ? count : countOnce(db, { ...filter, query: corrected }, options);
}

/** Entries per pillar under the filter; when the list answers with the keyboard-layout reading, so do the counts. */
export function countByPillar(db: Database, filter: ListFilter, options: QueryOptions = queryOptions(db)): PillarCounts {
  const counts = countPillarsOnce(db, filter, options);
  if (!filter.query) return counts;
  const corrected = layoutCorrection(filter.query);
  if (corrected === null) return counts;
  // Counts leave the pillar choice out, so with one they do not tell whether the list found anything.
  const listFound = PILLARS.every((p) => counts[p] === 0) ? false : listOnce(db, { filter, limit: 1 }, options).entries.length > 0;
  return listFound ? counts : countPillarsOnce(db, { ...filter, query: corrected }, options);
}
