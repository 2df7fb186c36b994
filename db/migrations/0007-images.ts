// Migration 7: images pasted into entries live in the journal file itself, so
// the one file stays the unit of backup. Content-addressed: the id is the
// SHA-256 of the bytes (hex), so pasting the same screenshot twice stores it once.
// Frozen once shipped. Never edit it then; add a migration instead.
export const up = `
  CREATE TABLE images (
    id         TEXT PRIMARY KEY CHECK (length(id) = 64),
    mime       TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    size       INTEGER NOT NULL CHECK (size > 0),
    bytes      BLOB NOT NULL,
    created_at TEXT NOT NULL
  ) WITHOUT ROWID;
`;
