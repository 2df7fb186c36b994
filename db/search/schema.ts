// The search index: one FTS5 table, search_text, in the present shape. The
// index is derived from entries and carries its own version (not a schema
// migration): at open, a file whose index version differs from
// SEARCH_INDEX_VERSION gets the index dropped, created as below and rebuilt
// from entries (see open.ts). The index is contentless: the text lives in
// `entries`; the index only answers "which entries contain this".
//
// Why this shape (see DESIGN.md, "Korean text", and bench/bench.ts):
// - Its tokens are made in JS (text.ts `indexTokens`; prepare.ts, on a
//   worker thread for an import). The tokenizer only splits them at spaces
//   (unicode61, every category but separators a token character, no
//   diacritics removed). The text is first normalized (NFC, lower case,
//   single spaces) and put in its search form: the spaces between two Hangul
//   syllables removed, so 배포 자동화 and 배포자동화 are one text to search;
//   the matcher puts every query term in the same form.
//   * A run of ASCII letters and digits is one token, the word: an English
//     term matches from a word's start (deploy → deployed, k8 → k8s), the
//     last word of a term as a prefix. Words as bigrams (every letter starting
//     a token, so "deploy" matched inside "redeployed") made 43 % of the
//     index's positions; with words the file went from 3.6× to 2.4× its text
//     (bench/bench.ts, 100,000 entries).
//   * Any other run (Hangul, punctuation, emoji) is written as the
//     overlapping pairs of its characters (bigrams), the run's last character
//     paired with a gap mark, so every character starts a token. A Korean term
//     is the phrase of its bigrams and matches anywhere — 자동화 inside
//     배포자동화를; a 2-character term (회고) is one token; a 1-character
//     one (캐, #) a prefix query over the bigrams it begins.
//   * A 1-character ASCII term (k) would be a prefix query over every word it
//     begins: instead each letter or digit that begins a word of the entry
//     is marked once (\u0003k), and the term is that one token.
//   * Tags are one per line with a line break (a token of its own) before
//     and after each, so `{tags} : phrase("\n k8s \n")` matches exactly the
//     tag k8s while plain text search still finds k8s in it.
//   * The first column, text, holds the body's tokens, then \u0002e (every
//     entry), \u0002pN for each pillar N (0–3), the ASCII marks and the 초성
//     tokens. Pillar filters, exclusion-only queries and tag filters are
//     doclist intersections inside one MATCH, with no lookup into entries
//     (joining entries for 60,000 matches costs ~25–100 ms). No typed text
//     holds \u0002, \u0003 or conjoining jamo, so no query term ever matches
//     the marks or the 초성 tokens by accident, and they need no column of
//     their own: FTS5 stores a token of the first column with no column
//     marker, two bytes less per entry and token (bench: columns title, body,
//     tags, meta, cho made the index 26 % larger).
//   * 초성 tokens: the initial consonants of each distinct run of 2+
//     syllables, as bigrams of conjoining jamo (U+1100…, never typed), for
//     ㅋㄴㄹ → 카나리. Each run once.
//   Index version 2 replaced a trigram table with vocabulary lookups for
//   2-character terms, a one-character table (search_chars), and a planner
//   that intersected them: one table is smaller and every query is one MATCH
//   with no vocabulary reads (figures in bench/bench.ts).
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
 * 3: ASCII words as whole tokens, the body first, marks and 초성 in its column.
 */
export const SEARCH_INDEX_VERSION = 3;

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
    text, title, tags,
    tokenize = ${TOKENIZER},
    content = '', contentless_delete = 1
  );
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(1.0, 10.0, 5.0)');
  INSERT INTO search_text (search_text, rank) VALUES ('hashsize', 268435456);
  INSERT INTO search_text (search_text, rank) VALUES ('automerge', 8);

  CREATE INDEX entries_search_cover ON entries (seq, deleted_at, pillars, day);
`;
