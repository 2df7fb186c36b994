// Ordered schema migrations. Migration N brings `PRAGMA user_version` from
// N-1 to N. Never edit a migration that has shipped; add a new one.
import type { Database } from 'better-sqlite3';
import { BULK_WRITE_SCHEMA } from './bulk-write';
import { TAG_DAYS_SCHEMA } from './insights/schema';
import { rebuildSearchIndex } from './search/rebuild';
import { SEARCH_SCHEMA, SEARCH_SCHEMA_V4 } from './search/schema';

/** SQL, or a step that needs code (run inside the migration's transaction). */
export type Migration = string | ((db: Database) => void);

export function applyMigration(db: Database, step: Migration): void {
  if (typeof step === 'string') db.exec(step);
  else step(db);
}

export const MIGRATIONS: readonly Migration[] = [
  // 1: entries, tags, revisions, change counter
  `
  CREATE TABLE entries (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    day        TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    pillars    INTEGER NOT NULL CHECK (pillars BETWEEN 1 AND 15),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE INDEX entries_by_day ON entries (deleted_at, day, seq, pillars);
  CREATE INDEX entries_by_title ON entries (day, title);

  CREATE TABLE entry_tags (
    entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    tag       TEXT NOT NULL,
    PRIMARY KEY (entry_seq, tag)
  ) WITHOUT ROWID;
  CREATE INDEX entry_tags_by_tag ON entry_tags (tag, entry_seq);

  CREATE TABLE revisions (
    id        INTEGER PRIMARY KEY,
    entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    day       TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    pillars   INTEGER NOT NULL,
    tags      TEXT NOT NULL,
    saved_at  TEXT NOT NULL
  );
  CREATE INDEX revisions_by_entry ON revisions (entry_seq, id);

  CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO meta (key, value) VALUES ('change_version', 0);
  CREATE TRIGGER entries_changed_ins AFTER INSERT ON entries BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_version';
  END;
  CREATE TRIGGER entries_changed_upd AFTER UPDATE ON entries BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_version';
  END;
  CREATE TRIGGER entries_changed_del AFTER DELETE ON entries BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_version';
  END;
  `,
  // 2: the full-text search index (see search/schema.ts)
  SEARCH_SCHEMA,
  // 3: tags per day for insights (see insights/schema.ts)
  TAG_DAYS_SCHEMA,
  // 4: one-character lookups in a table of their own, the index rebuilt (see
  // search/schema.ts); per-row triggers step aside during imports (bulk-write.ts)
  (db) => {
    db.exec(SEARCH_SCHEMA_V4);
    db.exec(BULK_WRITE_SCHEMA);
    rebuildSearchIndex(db);
  },
];
