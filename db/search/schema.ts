// The search index tables, in their present shape. The index is derived from
// entries and carries its own version (not a schema migration): at open, a
// file whose index version differs from SEARCH_INDEX_VERSION gets the index
// dropped, created as below and rebuilt from entries (see open.ts). The index
// is contentless: the text lives in `entries`; the index only answers "which
// entries contain this".
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
//     Since index version 1 it also marks the entry's ASCII letters and digits
//     (\u0002a\u0002e\u0002…): "rollback e", typed on the way to "rollback
//     error", stays one MATCH (see charInText in fts.ts).
// - search_chars answers 1-character terms: each entry's distinct characters,
//   one token each (unicode61 with every category but separators and
//   controls as token characters, no diacritics removed), so 캐 or # is one
//   exact lookup, where the trigrams beginning with one character would be
//   thousands. It also holds a token every entry has (ee) and the pillars
//   (p0–p3), so a 1-character query with a pillar filter is one MATCH there.
//   A query that mixes one with words puts it into search_text's MATCH when
//   it can (an ASCII mark, or the OR of the few trigrams that begin with a
//   rarer character); otherwise the two tables are intersected by rowid.
//   Why a table of its own (since migration 4): as a column of search_text its
//   characters were trigrams with positions, between marks whose in-between
//   trigrams doubled them; that cost ~5 s of a 100,000-entry import, this
//   table ~1 s (npm run bench).
// - The rowid is a key that sorts like the journal (day, then seq):
//   key = dayNumber * 2^32 + seq. Common terms match tens of
//   thousands of entries; FTS5 streams them newest first in rowid order with
//   no sort, and a day range is a rowid range. An edit that changes the day
//   moves the entry to its new key. (Migration 2 kept the keys in a table,
//   search_keys; the callers know the day, so migration 4 dropped it.)
// - entries_search_cover lets pillars be counted per match (countByPillar)
//   without reading the entry's row, whose body may spill into overflow pages.
// - hashsize 256 MB: FTS5 writes its pending rows out as a new segment whenever
//   they outgrow this, and merges segments again once there are 8 of a size.
//   An import of 100,000 entries (one transaction, indexed in key order)
//   then writes 2 segments and merges none; 64 MB wrote ~16 and merging them
//   cost ~2 s. The memory is held only while a write transaction is open.
// Only live entries are indexed; the trash is searched by a scan (it is small).

/**
 * The version of the index's shape and of what prepareDoc puts into it. Bump
 * it whenever either changes: every journal's index is then rebuilt once at
 * its next open, with no schema migration.
 * 1: the tables below, meta marking ASCII letters and digits. (A journal at
 *    schema 4 without a version row may have been indexed before the marks.)
 */
export const SEARCH_INDEX_VERSION = 1;

/** The meta row holding the version of the file's search index. */
export const SEARCH_INDEX_VERSION_KEY = 'search_index_version';

/** Tokenizer of search_chars: each character that is not a space or a control character is a token. */
const CHARS_TOKENIZER = `"unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co Cf Cn'"`;

/**
 * Drops every table and index of the search index, in whatever version it is.
 * A version that renames or removes one keeps the old name here.
 */
export const DROP_SEARCH_INDEX = `
  DROP TABLE IF EXISTS search_vocab;
  DROP TABLE IF EXISTS search_text;
  DROP TABLE IF EXISTS search_chars;
  DROP TABLE IF EXISTS search_keys;
  DROP INDEX IF EXISTS entries_search_cover;
`;

/** Creates the search index, empty, in its present shape; rebuild.ts fills it. */
export const CREATE_SEARCH_INDEX = `
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
    tokenize = ${CHARS_TOKENIZER},
    content = '', contentless_delete = 1, detail = none
  );
  INSERT INTO search_chars (search_chars, rank) VALUES ('hashsize', 67108864);

  CREATE INDEX entries_search_cover ON entries (seq, deleted_at, pillars, day);
`;
