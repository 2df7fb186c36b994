// The index's own words that begin with a prefix, so that a query's last
// English word (or a single Hangul syllable) can be searched as the words it
// stands for rather than as an FTS5 prefix query.
//
// Why: search_text has no prefix index (schema.ts), so `"re"*` makes FTS5
// read and merge the doclists of every word starting with re before it
// returns a row: ~20 ms for the first 50 matches at 100,000 entries, and as
// much again for the count. The same words as an OR of whole phrases
// ("redeploy" OR "release" OR …) stream newest first with no merge up front
// (~0.2 ms for 50, the count ~35 % faster); reading the 35 words from the
// vocabulary costs ~3 ms. A one-syllable term (캐) is a prefix over the
// bigrams it begins (캐시, 캐싱, …) and is expanded the same way. The words
// come from an fts5vocab table over search_text, which lists the index's
// terms in order. A prefix that begins more than MAX_PREFIX_WORDS words stays
// a prefix query, and so does anything that is neither an ASCII word nor one
// Hangul syllable: the marks, 초성 and longer bigram prefixes are never
// expanded. The matches are the same either way; bm25 scores each word of
// the OR by its own frequency, where a prefix query scores the prefix as one.
//
// Reading the vocabulary is not cheap: fts5vocab counts each word's entries
// as it lists it (~3–5 ms for `re` at 100,000 entries). A page, its count,
// the pillar counts and the tag suggestions all ask for the same prefix, so
// the words are kept per connection until the file changes: its
// data_version (another connection's commit) or this connection's
// total_changes() (its own writes) moves on, and the kept words are dropped.
//
// The fts5vocab table is made in the connection's temp schema, so nothing is
// written to the journal file, and a read connection (query_only, or opened
// readonly) can make it too: query_only is turned off just for the CREATE.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statements';

/** The index words beginning with `prefix`, in order; null when the prefix should stay a prefix query. */
export type WordsStarting = (prefix: string) => readonly string[] | null;

/** More words than this with one prefix: the prefix query is kept. */
export const MAX_PREFIX_WORDS = 64;

const CREATE_WORDS = `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_text, row)`;
const WORDS_IN_RANGE = `SELECT term FROM temp.search_words WHERE term >= ? AND term < ? LIMIT ${MAX_PREFIX_WORDS + 1}`;

/**
 * Only an ASCII word token (text.ts indexTokens) or one Hangul syllable (the
 * bigrams it begins) is expanded: the index's other tokens are marks, 초성
 * and bigrams of other scripts, and a prefix of one of those stays a prefix query.
 */
const isExpandable = (prefix: string): boolean => /^(?:[a-z0-9]+|[\uac00-\ud7a3])$/.test(prefix);

/** The first string past every one `prefix` begins: its last character plus one (UTF-8 keeps code point order). */
const pastPrefix = (prefix: string): string => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** Prefixes kept per connection at most; past that the kept words start over. */
const KEPT_PREFIXES = 256;
const FILE_STATE = `SELECT data_version || '/' || total_changes() FROM pragma_data_version`;

/** Connections whose temp.search_words has been made. */
const ready = new WeakMap<Database, WordsStarting>();

const NONE: WordsStarting = () => null;

/** Makes temp.search_words on `db`, with query_only off for the moment it takes. */
function createWordsTable(db: Database): void {
  const queryOnly = db.pragma('query_only', { simple: true }) === 1;
  if (queryOnly) db.pragma('query_only = OFF');
  try {
    db.exec(CREATE_WORDS);
  } finally {
    if (queryOnly) db.pragma('query_only = ON');
  }
}

/**
 * The lookup of index words on `db`; the vocabulary table is made once per
 * connection. A lookup that fails (the table could not be made, or is gone
 * with a rolled-back transaction) gives null, so the query keeps its prefix
 * form, and the next call to wordsStarting makes the table again.
 */
export function wordsStarting(db: Database): WordsStarting {
  const cached = ready.get(db);
  if (cached) return cached;
  try {
    createWordsTable(db);
  } catch {
    return NONE;
  }
  const kept = new Map<string, readonly string[] | null>();
  let keptFor = '';
  const lookup: WordsStarting = (prefix) => {
    if (!isExpandable(prefix)) return null;
    let found: readonly string[] | null;
    try {
      const state = cachedStatement<[], string>(db, FILE_STATE).pluck().get() ?? '';
      if (state !== keptFor || kept.size >= KEPT_PREFIXES) {
        kept.clear();
        keptFor = state;
      }
      const known = kept.get(prefix);
      if (known !== undefined) return known;
      const words = cachedStatement<[string, string], string>(db, WORDS_IN_RANGE).pluck().all(prefix, pastPrefix(prefix));
      found = words.length > MAX_PREFIX_WORDS ? null : words;
    } catch {
      ready.delete(db);
      return null;
    }
    kept.set(prefix, found);
    return found;
  };
  ready.set(db, lookup);
  return lookup;
}
