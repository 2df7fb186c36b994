// The entries path: no text and no tag filter (or the trash without text).
// Walks the entries_by_day index newest day first, with a keyset cursor.
import type { Database } from 'better-sqlite3';
import type { EntryPage } from '../common/model';
import { ENTRY_COLUMNS, entriesFromRows, type EntryRow } from '../rows';
import { cachedStatement } from '../search/statements';
import { decodeCursor, encodeCursor } from './cursor';
import { entriesWhere } from './entries-where';
import type { Param, Plan } from './plan';

/** How many entries the plan lists on this path. */
export function countListedByDay(db: Database, plan: Plan): number {
  const where = entriesWhere(plan);
  // count(*) without GROUP BY always yields one row.
  return cachedStatement<Param[], number>(db, `SELECT count(*) FROM entries e WHERE ${where.sql}`).pluck().get(...where.params) ?? 0;
}

export function listByDay(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const where = entriesWhere(plan);
  const cursor = decodeCursor(cursorText, ['day']);
  const after = cursor?.kind === 'day' ? ' AND (e.day, e.seq) < (?, ?)' : '';
  const params = cursor?.kind === 'day' ? [...where.params, cursor.day, cursor.seq] : where.params;
  const rows = cachedStatement<Param[], EntryRow>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql}${after} ORDER BY e.day DESC, e.seq DESC LIMIT ?`,
  ).all(...params, limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: entriesFromRows(db, page),
    nextCursor: more && last ? encodeCursor({ kind: 'day', day: last.day, seq: last.seq }) : null,
    terms: plan.query.terms,
  };
}
