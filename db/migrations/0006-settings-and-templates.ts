// Migration 6: the journal's own settings (one JSON value per key: language,
// theme, glossary, reminders, publish target…) and the user's templates, so
// both travel with the one file that is the unit of backup.
// Frozen once shipped. Never edit it then; add a migration instead.
export const up = `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL CHECK (json_valid(value))
  ) WITHOUT ROWID;

  CREATE TABLE templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    pillars    INTEGER NOT NULL CHECK (pillars BETWEEN 1 AND 15),
    tags       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID;
`;
