// Entries written on the same month-day as `day` in earlier years. One indexed
// equality lookup per year (entries_by_day) instead of scanning every day.
import type { Database } from 'better-sqlite3';
import type { OnThisDayYear } from './common/on-this-day';
import { ENTRY_COLUMNS, entriesFromRows, type EntryRow } from './rows';
import { cachedStatement } from './search/statements';

/** At most this many entries per year: the strip shows a few, each opens its entry. */
export const ON_THIS_DAY_PER_YEAR = 5;

export function onThisDay(db: Database, day: string, perYear = ON_THIS_DAY_PER_YEAR): OnThisDayYear[] {
  const first = cachedStatement<[], string | null>(db, `SELECT min(day) FROM entries WHERE deleted_at IS NULL`).pluck().get();
  if (!first) return [];
  const year = Number(day.slice(0, 4));
  const monthDay = day.slice(4);
  const rowsOn = cachedStatement<[string, number], EntryRow>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL AND e.day = ? ORDER BY e.seq DESC LIMIT ?`,
  );
  const out: OnThisDayYear[] = [];
  for (let y = year - 1; y >= Number(first.slice(0, 4)); y--) {
    // 29 February exists in leap years only; other years simply find no rows for it.
    const rows = rowsOn.all(`${String(y).padStart(4, '0')}${monthDay}`, perYear);
    if (rows.length > 0) out.push({ year: y, entries: entriesFromRows(db, rows) });
  }
  return out;
}
