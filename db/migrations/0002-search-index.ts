// Migration 2: the first full-text search index: trigram search_text (with
// the one-character lookups in a column of its own), its vocabulary, the
// entry keys in search_keys, and a covering index for counts by pillar. The
// index's present shape and why: search/schema.ts.
// Frozen: it has shipped. Never edit it; add a migration instead.
export const up = `
  CREATE TABLE search_keys (seq INTEGER PRIMARY KEY, key INTEGER NOT NULL);

  CREATE VIRTUAL TABLE search_text USING fts5(
    title, body, tags, meta, chars,
    tokenize = 'trigram',
    content = '', contentless_delete = 1
  );
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0, 0.0, 0.0)');
  INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 67108864);
  INSERT INTO search_text (search_text, rank) VALUES ('automerge', 8);
  CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row');

  CREATE INDEX entries_search_cover ON entries (seq, deleted_at, pillars, day);
`;
