// Migration 1: entries, their tags and revisions, and the meta table with the
// change counter that triggers bump on every write to entries.
// Frozen: it has shipped. Never edit it; add a migration instead.
export const up = `
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
  `;
