// Bulk writes: imports of up to hundreds of thousands of entries in one
// transaction. Two triggers run once per row: tag_days_tag_added (one upsert
// per tag) and entries_changed_ins (one update of the change stamp per
// entry); together ~1 s of a 100,000-entry import. While the meta row
// `bulk_write` exists they step aside, and the import does their work once:
// tag_days counted per (day, tag) in memory, the stamp bumped once. The row
// lives only inside the import's transaction, so no other connection ever
// sees it, and a failed import rolls it back with everything else.
import type { Database } from 'better-sqlite3';

const FLAG = `'bulk_write'`;
const NOT_BULK = `NOT EXISTS (SELECT 1 FROM meta WHERE key = ${FLAG})`;

/** Migration 4: the per-row triggers, as before, but not during a bulk write. */
export const BULK_WRITE_SCHEMA = `
  DROP TRIGGER tag_days_tag_added;
  CREATE TRIGGER tag_days_tag_added AFTER INSERT ON entry_tags
  WHEN ${NOT_BULK}
  BEGIN
    INSERT INTO tag_days (day, tag, count)
      SELECT day, NEW.tag, 1 FROM entries WHERE seq = NEW.entry_seq AND deleted_at IS NULL
      ON CONFLICT (day, tag) DO UPDATE SET count = count + 1;
  END;

  DROP TRIGGER entries_changed_ins;
  CREATE TRIGGER entries_changed_ins AFTER INSERT ON entries
  WHEN ${NOT_BULK}
  BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_version';
  END;
`;

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
        if (!byTag) counts.set(day, (byTag = new Map()));
        for (const tag of tags) byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
      }
      for (const [day, byTag] of counts) for (const [tag, n] of byTag) addTagDay.run(day, tag, n);
      if (added.length > 0) bump.run();
      end.run();
    },
  };
}
