// The search index tables (migration 2). The index is contentless: the text
// lives in `entries`; the index only answers "which entries contain this".
//
// Why this shape (see DESIGN.md, "Korean text", and bench/bench.ts):
// - search_text uses FTS5's trigram tokenizer over title, body and tags,
//   normalized (NFC, lower case, single spaces) and each ended with two spaces.
//   * A term of 3+ characters is a phrase of trigrams: it matches as a
//     substring anywhere — 자동화 inside 자동화를, "deploy" inside "redeployed".
//   * A 2-character term (회고, 배포) is the set of indexed trigrams that begin
//     with it, read from search_vocab: because every field ends with two spaces,
//     every position in the text starts a trigram, so 회고 occurs exactly where
//     a trigram "회고…" does (회고를, "회고 ", 회고록…). The query is their OR.
//   * Tags are stored one per line with a line break before and after each, so
//     `{tags} : "\nk8s\n"` matches exactly the tag k8s while plain text
//     search still finds k8s inside it.
//   * The meta column holds \u0001e\u0001 (every entry) and \u0001N\u0001 for
//     each pillar N (0–3): pillar filters, exclusion-only queries and tag
//     filters are then doclist intersections inside one MATCH, with no lookup
//     into entries (joining entries for 60,000 matches costs ~25–100 ms).
//   * The chars column holds each distinct character once, between \u0001
//     marks (generated in JS), so a 1-character term is the single trigram
//     \u0001c\u0001 — an exact lookup, where the trigrams beginning with one
//     character would be thousands. Being in the same table, it joins the
//     other terms inside one MATCH (search-as-you-type often ends on one).
// - The rowid is a key that sorts like the journal (day, then seq):
//   key = dayNumber * 2^32 + seq. Common terms match tens of
//   thousands of entries; FTS5 streams them newest first in rowid order with
//   no sort, and a day range is a rowid range. search_keys remembers each
//   entry's key, since an edit may change its day.
// - entries_search_cover lets pillars be counted per match (countByPillar)
//   without reading the entry's row, whose body may spill into overflow pages.
// - hashsize 64 MB: FTS5 writes its pending rows out as a new segment whenever
//   they outgrow this; a 5,000-entry import batch then fits in one segment
//   (16 MB split it into several that had to be merged again: imports were
//   ~7% slower). The memory is held only while a write transaction is open.
// Only live entries are indexed; the trash is searched by a scan (it is small).
export const SEARCH_SCHEMA = `
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
