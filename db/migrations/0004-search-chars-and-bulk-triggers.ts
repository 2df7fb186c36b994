// Migration 4: the search index in a new shape (one-character lookups in
// search_chars, a 256 MB FTS5 hash, no search_keys: keys come from the day),
// and the per-row triggers that step aside during a bulk write (bulk-write.ts).
// The index is filled from entries by the index version check at open, not here.
// Frozen: it has shipped. Never edit it; add a migration instead.
export const up = `
  DROP TABLE search_vocab;
  DROP TABLE search_text;
  DROP TABLE search_keys;

  CREATE VIRTUAL TABLE search_text USING fts5(
    title, body, tags, meta,
    tokenize = 'trigram',
    content = '', contentless_delete = 1
  );
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0, 0.0)');
  INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 268435456);
  INSERT INTO search_text (search_text, rank) VALUES ('automerge', 8);
  CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row');

  CREATE VIRTUAL TABLE search_chars USING fts5(
    chars,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co Cf Cn'",
    content = '', contentless_delete = 1, detail = none
  );
  INSERT INTO search_chars (search_chars, rank) VALUES ('hashsize', 67108864);

  DROP TRIGGER tag_days_tag_added;
  CREATE TRIGGER tag_days_tag_added AFTER INSERT ON entry_tags
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk_write')
  BEGIN
    INSERT INTO tag_days (day, tag, count)
      SELECT day, NEW.tag, 1 FROM entries WHERE seq = NEW.entry_seq AND deleted_at IS NULL
      ON CONFLICT (day, tag) DO UPDATE SET count = count + 1;
  END;

  DROP TRIGGER entries_changed_ins;
  CREATE TRIGGER entries_changed_ins AFTER INSERT ON entries
  WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'bulk_write')
  BEGIN
    UPDATE meta SET value = value + 1 WHERE key = 'change_version';
  END;
`;
