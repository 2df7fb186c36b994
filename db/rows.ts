// Conversions between SQLite rows and model objects, shared by every query module.
import type { Database } from 'better-sqlite3';
import { PILLARS, type Entry, type Pillar } from './common/model';
import { cachedStatement } from './search/statements';

export interface EntryRow {
  seq: number;
  id: string;
  day: string;
  title: string;
  body: string;
  pillars: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The SELECT list that yields an EntryRow from table alias `e`. */
export const ENTRY_COLUMNS = 'e.seq, e.id, e.day, e.title, e.body, e.pillars, e.created_at, e.updated_at, e.deleted_at';

export function pillarsToMask(pillars: readonly Pillar[]): number {
  let mask = 0;
  for (const p of pillars) mask |= 1 << PILLARS.indexOf(p);
  return mask;
}

export function maskToPillars(mask: number): Pillar[] {
  return PILLARS.filter((_, i) => (mask & (1 << i)) !== 0);
}

export function entryFromRow(row: EntryRow, tags: string[]): Entry {
  return {
    id: row.id,
    day: row.day,
    title: row.title,
    body: row.body,
    pillars: maskToPillars(row.pillars),
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** Tags of many entries in one query, keyed by entry seq, each list sorted. */
export function loadTags(db: Database, seqs: readonly number[]): Map<number, string[]> {
  const bySeq = new Map<number, string[]>();
  if (seqs.length === 0) return bySeq;
  const rows = db
    .prepare<[string], { seq: number; tag: string }>(`SELECT entry_seq AS seq, tag FROM entry_tags WHERE entry_seq IN (SELECT value FROM json_each(?)) ORDER BY tag`)
    .all(JSON.stringify(seqs));
  for (const { seq, tag } of rows) {
    const list = bySeq.get(seq);
    if (list) list.push(tag);
    else bySeq.set(seq, [tag]);
  }
  return bySeq;
}

/** Entries for rows, tags attached. */
export function entriesFromRows(db: Database, rows: readonly EntryRow[]): Entry[] {
  return rowsWithEntries(db, rows).map(({ entry }) => entry);
}

/** Each row beside its entry, tags attached: for callers that still need the row's keys. */
export function rowsWithEntries(db: Database, rows: readonly EntryRow[]): { row: EntryRow; entry: Entry }[] {
  const tags = loadTags(db, rows.map((r) => r.seq));
  return rows.map((row) => ({ row, entry: entryFromRow(row, tags.get(row.seq) ?? []) }));
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The entries with these seqs, in the order of `seqs` (one missing from the table is left out). */
export function entriesBySeq(db: Database, seqs: readonly number[]): Entry[] {
  if (seqs.length === 0) return [];
  const rows = cachedStatement<[string], EntryRow>(db, `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(seqs),
  );
  const bySeq = new Map(rowsWithEntries(db, rows).map(({ row, entry }) => [row.seq, entry]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}
