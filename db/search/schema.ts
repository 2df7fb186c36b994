// The search index: one FTS5 table, search_text, in the present shape. The
// index is derived from entries and carries its own version (not a schema
// migration): at open, a file whose index version differs from
// SEARCH_INDEX_VERSION gets the index dropped, created as below and rebuilt
// from entries (see open.ts). The index is contentless: the text lives in
// `entries`; the index only answers "which entries contain this".
//
// Why this shape (see DESIGN.md, "Korean text", and bench/bench.ts):
// - Its tokens are made in JS (prepare.ts, on a worker thread for an import):
//   each column holds the overlapping two-character tokens (bigrams) of its
//   text (text.ts `bigrams`), the last character paired with a gap mark, so
//   every character starts a token. The tokenizer only splits them at spaces
//   (unicode61, every category but separators a token character, no
//   diacritics removed). The text is first normalized (NFC, lower case,
//   single spaces) and put in its search form: the spaces between two Hangul
//   syllables removed, so 배포 자동화 and 배포자동화 are one text to search;
//   the matcher puts every query term in the same form.
//   * A 1-character term (캐, #) is a prefix query over the bigrams it
//     begins. An ASCII letter or digit begins hundreds, so each entry's are
//     marked once in meta (\u0003e) and such a term is that one token. A
//     prefix index (prefix = '1') answered every character in one read, but
//     made the file 60 % larger (bench/bench.ts, 20,000 entries: index
//     94 MB against 58 MB); the marks cost ~2 MB.
//   * A 2-character term (회고, k8) is one token.
//   * A longer term is the phrase of its bigrams: it matches as a substring
//     anywhere — 자동화 inside 자동화를, "deploy" inside "redeployed".
//   * Tags are one per line with a line break before and after each, so
//     `{tags} : phrase("\nk8s\n")` matches exactly the tag k8s while plain
//     text search still finds k8s inside it.
//   * meta holds \u0002e (every entry), \u0002pN for each pillar N (0–3) and the ASCII marks:
//     pillar filters, exclusion-only queries and tag filters are doclist
//     intersections inside one MATCH, with no lookup into entries (joining
//     entries for 60,000 matches costs ~25–100 ms). No typed text holds
//     \u0002, so no query term ever matches them.
//   * cho holds the initial consonants (초성) of each distinct run of 2+
//     syllables, as bigrams of conjoining jamo (U+1100…, never typed), for
//     ㅋㄴㄹ → 카나리. Each run once: at 20,000 entries the column costs
//     ~10 MB of the index's ~58 MB, ~13 MB with every occurrence.
//   This replaced (index version 2) a trigram table with vocabulary lookups
//   for 2-character terms, a one-character table (search_chars), and a
//   planner that intersected them: one table is smaller and every query is
//   one MATCH with no vocabulary reads (figures in bench/bench.ts).
// - The rowid is a key that sorts like the journal (day, then seq):
//   key = dayNumber * 2^32 + seq. Common terms match tens of
//   thousands of entries; FTS5 streams them newest first in rowid order with
//   no sort, and a day range is a rowid range. An edit that changes the day
//   moves the entry to its new key.
// - entries_search_cover lets pillars be counted per match (countByPillar)
//   without reading the entry's row, whose body may spill into overflow pages.
// - hashsize 256 MB: FTS5 writes its pending rows out as a new segment whenever
//   they outgrow this, and merges segments again once there are 8 of a size.
//   An import of 100,000 entries (one transaction, indexed in key order)
//   then writes few segments and merges none. The memory is held only while
//   a write transaction is open.
// Only live entries are indexed; the trash is searched by a scan (it is small)
// with the same rule (search/match.ts).

/**
 * The version of the index's shape and of what prepareDoc puts into it. Bump
 * it whenever either changes: every journal's index is then rebuilt once at
 * its next open, with no schema migration.
 * 1: trigrams, search_chars, meta marking ASCII letters and digits. (A journal
 *    at schema 4 without a version row may have been indexed before the marks.)
 * 2: one table of bigrams, ASCII marks in meta, Hangul spacing removed, 초성.
 */
export const SEARCH_INDEX_VERSION = 2;

/** The meta row holding the version of the file's search index. */
export const SEARCH_INDEX_VERSION_KEY = 'search_index_version';

/** Every character but separators (the spaces between tokens) is a token character; the tokens are made in JS. */
const TOKENIZER = `"unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"`;

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
    title, body, tags, meta, cho,
    tokenize = ${TOKENIZER},
    content = '', contentless_delete = 1
  );
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0, 0.0, 0.0)');
  INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 268435456);
  INSERT INTO search_text (search_text, rank) VALUES ('automerge', 8);

  CREATE INDEX entries_search_cover ON entries (seq, deleted_at, pillars, day);
`;
