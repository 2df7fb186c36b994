// Turns parsed query terms into FTS5 MATCH expressions over search_text and
// search_chars (see schema.ts). Every piece of user text enters an expression
// only as a string literal (ftsString), so no input is ever read as FTS5 syntax.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statements';
import { asciiToken, codePointLength, ftsString, isAsciiMark } from './text';

export const and = (exprs: readonly string[]): string => exprs.join(' AND ');
export const or = (exprs: readonly string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

/** What the index can answer for a list of terms. */
export interface TermExpressions {
  /** One expression per term of 2+ characters. */
  words: string[];
  /** The 1-character terms themselves (see charInText and search_chars). */
  chars: string[];
  /** Terms that occur nowhere in the index. */
  missing: number;
}

/**
 * Beyond this many trigrams, a 2-character term is answered by its two
 * characters instead. A real journal has a few hundred trigrams beginning
 * with one pair (배포: 212 at 100,000 entries); only a planted text of
 * random syllables has thousands, and an OR that long took 38 s.
 */
export const TWO_CHAR_TRIGRAMS_MAX = 1_024;

/**
 * A 2-character term is the OR of the indexed trigrams that begin with it.
 * The vocabulary is read per query; it costs about as much as reading the
 * matches themselves (1–2 ms for a term in half of 100,000 entries). 'many'
 * when more than TWO_CHAR_TRIGRAMS_MAX begin with it (read no further).
 */
function twoCharExpression(db: Database, term: string): { expression: string } | 'many' | null {
  const trigrams = cachedStatement<[string, string], string>(db, `SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ${TWO_CHAR_TRIGRAMS_MAX + 1}`)
    .pluck()
    .all(term, `${term}\u{10FFFF}`);
  if (trigrams.length > TWO_CHAR_TRIGRAMS_MAX) return 'many';
  return trigrams.length === 0 ? null : { expression: or(trigrams.map(ftsString)) };
}

/** Beyond this many trigrams, a 1-character term is looked up in search_chars instead. */
export const CHAR_TRIGRAMS_MAX = 64;

/**
 * A 1-character term as an expression on search_text. ASCII letters and
 * digits are marked in the meta column (asciiMarks): one trigram. Any other
 * character is, like a 2-character term, the OR of the trigrams of text that
 * begin with it (the meta column's marked tokens left out). In a query with
 * words it then joins their MATCH instead of intersecting two tables, which
 * costs ~10 ms more at 100,000 entries, or ~45 ms for a character in most of
 * them. 'none' when no text holds it; 'many' when it begins more than
 * CHAR_TRIGRAMS_MAX trigrams (다 in a large Korean journal): an OR that
 * long is slower than the intersection with search_chars.
 */
export function charInText(db: Database, char: string): 'none' | 'many' | { expression: string } {
  if (isAsciiMark(char)) return { expression: `{meta} : ${ftsString(asciiToken(char))}` };
  const trigrams = cachedStatement<[string, string], string>(
    db,
    `SELECT term FROM search_vocab WHERE term >= ? AND term < ? AND instr(term, char(1)) = 0 AND instr(term, char(2)) = 0
     LIMIT ${CHAR_TRIGRAMS_MAX + 1}`,
  )
    .pluck()
    .all(char, `${char}\u{10FFFF}`);
  if (trigrams.length === 0) return 'none';
  return trigrams.length > CHAR_TRIGRAMS_MAX ? 'many' : { expression: or(trigrams.map(ftsString)) };
}

export function termExpressions(db: Database, terms: readonly string[]): TermExpressions {
  const out: TermExpressions = { words: [], chars: [], missing: 0 };
  for (const term of terms) {
    const length = codePointLength(term);
    if (length >= 3) out.words.push(ftsString(term));
    else if (length === 1) out.chars.push(term);
    else {
      const expr = twoCharExpression(db, term);
      // Too many trigrams: the entries holding both characters, a superset found in bounded work.
      if (expr === 'many') out.chars.push(...[...term].filter((ch) => !out.chars.includes(ch)));
      else if (expr) out.words.push(expr.expression);
      else out.missing++;
    }
  }
  return out;
}


/** `expr` restricted to title and tags: the hits worth ranking first. */
export const inTitleOrTags = (expr: string): string => `{title tags} : ${expr.startsWith('(') ? expr : `(${expr})`}`;
