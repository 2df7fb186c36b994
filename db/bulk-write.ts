// Bulk writes: imports of up to hundreds of thousands of entries in one
// transaction. Two triggers run once per row: tag_days_tag_added (one upsert
// per tag) and entries_changed_ins (one update of the change stamp per
// entry); together ~1 s of a 100,000-entry import. While the meta row
// `bulk_write` exists they step aside, and the import does their work once:
// tag_days counted per (day, tag) in memory, the stamp bumped once. The row
// lives only inside the import's transaction, so no other connection ever
// sees it, and a failed import rolls it back with everything else. The
// triggers test for it in their WHEN clause (migrations/0004-…).
import type { Database } from 'better-sqlite3';

const FLAG = `'bulk_write'`;

/** What a bulk write added: live entries, each with its day and distinct tags. */
export interface BulkAdded {
  day: string;
  tags: readonly string[];
}

export interface BulkWrite {
  /** Sets the per-row triggers aside (inside the caller's transaction). */
  begin(): void;
  /** Does the triggers' work for what was added, once, and puts them back. */
  finish(added: readonly BulkAdded[]): void;
}

export function createBulkWrite(db: Database): BulkWrite {
  const begin = db.prepare(`INSERT INTO meta (key, value) VALUES (${FLAG}, 1)`);
  const end = db.prepare(`DELETE FROM meta WHERE key = ${FLAG}`);
  const addTagDay = db.prepare<[string, string, number]>(
    `INSERT INTO tag_days (day, tag, count) VALUES (?, ?, ?) ON CONFLICT (day, tag) DO UPDATE SET count = count + excluded.count`,
  );
  const bump = db.prepare(`UPDATE meta SET value = value + 1 WHERE key = 'change_version'`);
  return {
    begin: () => void begin.run(),
    finish(added) {
      const counts = new Map<string, Map<string, number>>();
      for (const { day, tags } of added) {
        let byTag = counts.get(day);
        if (!byTag) counts.set(day, (byTag = new Map<string, number>()));
        for (const tag of tags) byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      }
      for (const [day, byTag] of counts) for (const [tag, n] of byTag) addTagDay.run(day, tag, n);
      if (added.length > 0) bump.run();
      end.run();
    },
  };
}
