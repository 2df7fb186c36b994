// Fills the search index, created empty, from the live entries: at open, when
// the file's index version is not the current one (see open.ts).
import type { Database } from 'better-sqlite3';
import { maskToPillars } from '../rows';
import { createSearchIndex } from './index';
import { prepareDoc } from './prepare';

const BATCH = 5_000;

/** Entries indexed so far and the number to index; reported before the first batch and after each. */
export type RebuildProgress = (done: number, total: number) => void;

interface EntryRow {
  seq: number;
  day: string;
  title: string;
  body: string;
  pillars: number;
}

/** Indexes every live entry; the caller runs it in a transaction, with the index empty. */
export function rebuildSearchIndex(db: Database, onProgress?: RebuildProgress): void {
  const total = db.prepare<[], number>(`SELECT count(*) FROM entries WHERE deleted_at IS NULL`).pluck().get() ?? 0;
  if (total === 0) return;
  const index = createSearchIndex(db);
  // Keyset pages in journal order, so the index is written in key order.
  const page = db.prepare<[string, number], EntryRow>(
    `SELECT seq, day, title, body, pillars FROM entries
     WHERE deleted_at IS NULL AND (day, seq) > (?, ?) ORDER BY day, seq LIMIT ${BATCH}`,
  );
  const tagsOf = db.prepare<[number], string>(`SELECT tag FROM entry_tags WHERE entry_seq = ? ORDER BY tag`).pluck();
  let done = 0;
  onProgress?.(done, total);
  let after: [string, number] = ['', 0];
  for (;;) {
    const rows = page.all(...after);
    const last = rows.at(-1);
    if (last === undefined) return;
    index.putMany(
      rows.map((r) => ({
        seq: r.seq,
        day: r.day,
        doc: prepareDoc({ title: r.title, body: r.body, pillars: maskToPillars(r.pillars), tags: tagsOf.all(r.seq) }),
      })),
    );
    done += rows.length;
    onProgress?.(done, total);
    after = [last.day, last.seq];
  }
}
