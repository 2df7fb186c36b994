// Rebuilds the search index from the live entries, for a migration that
// changes the index's shape.
import type { Database } from 'better-sqlite3';
import { maskToPillars } from '../rows';
import { createSearchIndex } from './index';
import { prepareDoc } from './prepare';

const BATCH = 5_000;

export function rebuildSearchIndex(db: Database): void {
  const index = createSearchIndex(db);
  // Keyset pages in journal order, so the index is written in key order.
  const page = db.prepare(
    `SELECT seq, day, title, body, pillars FROM entries
     WHERE deleted_at IS NULL AND (day, seq) > (?, ?) ORDER BY day, seq LIMIT ${BATCH}`,
  );
  const tagsOf = db.prepare(`SELECT tag FROM entry_tags WHERE entry_seq = ? ORDER BY tag`).pluck();
  let after: [string, number] = ['', 0];
  for (;;) {
    const rows = page.all(...after) as { seq: number; day: string; title: string; body: string; pillars: number }[];
    if (rows.length === 0) return;
    index.putMany(
      rows.map((r) => ({
        seq: r.seq,
        day: r.day,
        doc: prepareDoc({ title: r.title, body: r.body, pillars: maskToPillars(r.pillars), tags: tagsOf.all(r.seq) as string[] }),
      })),
    );
    const last = rows.at(-1)!;
    after = [last.day, last.seq];
  }
}
