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
//   * up to RANK_ALL matches: bm25 over title (x10), tags (x5) and body,
//     offset cursor;
//   * more: entries with a hit in the title or tags first, then the rest,
//     each group newest first (keyset cursor per group). Ranking 60,000
//     matches by bm25 costs ~40 ms on the bench journal, streaming them costs
//     < 1 ms, and for a word that common "where did I write it lately" is the
//     better answer anyway.
// The entry points take a connection, not a Journal, so a reader thread can
// call them on a read-only connection.
import type { Database } from 'better-sqlite3';
import type { EntryPage, ListFilter } from '../common/model';
import { listByDay } from './by-day';
import { listByIndex } from './by-index';
import { hasText, makePlan, usesIndex } from './plan';
import { listTrashByText } from './trash';

export { RANK_ALL } from './by-index';
export { countByPillar } from './pillar-counts';

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

export function listEntries(db: Database, request: ListRequest): EntryPage {
  const plan = makePlan(request.filter);
  const limit = pageLimit(request.limit);
  if (plan.trash && hasText(plan)) return listTrashByText(db, plan, request.cursor, limit);
  if (usesIndex(plan)) return listByIndex(db, plan, request.cursor, limit, request.order ?? 'relevance');
  return listByDay(db, plan, request.cursor, limit);
}
