// The index's own words that begin with a prefix, so that a query's last
// English word can be searched as the words it stands for rather than as an
// FTS5 prefix query.
//
// Why: search_text has no prefix index (schema.ts), so `"re"*` makes FTS5
// read and merge the doclists of every word starting with re before it
// returns a row: ~20 ms for the first 50 matches at 100,000 entries, and as
// much again for the count. The same words as an OR of whole phrases
// ("redeploy" OR "release" OR …) stream newest first with no merge up front
// (~0.2 ms for 50, the count ~35 % faster); reading the 35 words from the
// vocabulary costs ~3 ms. The words come from an fts5vocab table over
// search_text, which lists the index's terms in order. A prefix that begins
// more than MAX_PREFIX_WORDS words stays a prefix query, and so does anything
// that is not a plain ASCII word: the marks, 초성 and bigram tokens are never
// expanded. The matches are the same either way; bm25 scores each word of
// the OR by its own frequency, where a prefix query scores the prefix as one.
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

/** Only a whole ASCII word token (text.ts indexTokens) is expanded. */
const isAsciiWord = (prefix: string): boolean => /^[a-z0-9]+$/.test(prefix);

/** The first string past every one `prefix` begins (ASCII only: the last character plus one). */
const pastPrefix = (prefix: string): string => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

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
  const lookup: WordsStarting = (prefix) => {
    if (!isAsciiWord(prefix)) return null;
    let words: string[];
    try {
      words = cachedStatement<[string, string], string>(db, WORDS_IN_RANGE).pluck().all(prefix, pastPrefix(prefix));
    } catch {
      ready.delete(db);
      return null;
    }
    return words.length > MAX_PREFIX_WORDS ? null : words;
  };
  ready.set(db, lookup);
  return lookup;
}
