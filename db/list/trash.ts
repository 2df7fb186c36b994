// Text search in the trash. Deleted entries are not indexed; the trash is
// small, so it is scanned and matched with the index's own substring rule.
import type { Database } from 'better-sqlite3';
import type { Entry, EntryPage } from '../common/model';
import { ENTRY_COLUMNS, rowsWithEntries, type EntryRow } from '../rows';
import { scannedText, textSatisfies } from '../search/match';
import { markedTerms } from '../search/query';
import { cachedStatement } from '../search/statements';
import { decodeCursor, encodeCursor } from './cursor';
import { entriesWhere } from './entries-where';
import type { Param, Plan } from './plan';
import { withSnippets } from './snippets';

/** Trash entries matching the filter and the text terms, newest first. */
export function trashMatches(db: Database, plan: Plan, ignorePillars = false): { row: EntryRow; entry: Entry }[] {
  const where = entriesWhere(plan, { ignorePillars });
  const rows = cachedStatement<Param[], EntryRow>(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql} ORDER BY e.day DESC, e.seq DESC`,
  ).all(...where.params);
  return rowsWithEntries(db, rows).filter(({ entry }) => textSatisfies(scannedText([entry.title, entry.body, ...entry.tags]), plan.query));
}

export function listTrashByText(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const matching = trashMatches(db, plan);
  const cursor = decodeCursor(cursorText, ['day']);
  const start =
    cursor?.kind === 'day'
      ? matching.findIndex(({ row }) => row.day < cursor.day || (row.day === cursor.day && row.seq < cursor.seq))
      : 0;
  const page = start === -1 ? [] : matching.slice(start, start + limit);
  const last = page.at(-1);
  const more = start !== -1 && start + limit < matching.length;
  const terms = markedTerms(plan.query);
  return {
    entries: withSnippets(page.map((m) => m.entry), terms),
    nextCursor: more && last ? encodeCursor({ kind: 'day', day: last.row.day, seq: last.row.seq }) : null,
    terms,
  };
}
