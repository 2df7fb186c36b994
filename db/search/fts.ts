// Turns parsed query terms into FTS5 MATCH expressions over search_text and
// search_chars (see schema.ts). Every piece of user text enters an expression
// only as a string literal (ftsString), so no input is ever read as FTS5 syntax.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from './statements';
import { codePointLength, ftsString } from './text';

/** What the index can answer for a list of terms. */
export interface TermExpressions {
  /** One expression per term of 2+ characters. */
  words: string[];
  /** One expression per 1-character term, over search_chars. */
  chars: string[];
  /** Terms that occur nowhere in the index. */
  missing: number;
}

/**
 * A 2-character term is the OR of the indexed trigrams that begin with it.
 * The vocabulary is read per query; it costs about as much as reading the
 * matches themselves (1–2 ms for a term in half of 100,000 entries).
 */
function twoCharExpression(db: Database, term: string): string | null {
  const trigrams = cachedStatement(db, `SELECT term FROM search_vocab WHERE term >= ? AND term < ?`)
    .pluck()
    .all(term, `${term}\u{10FFFF}`) as string[];
  if (trigrams.length === 0) return null;
  return trigrams.length === 1 ? ftsString(trigrams[0]!) : `(${trigrams.map(ftsString).join(' OR ')})`;
}

export function termExpressions(db: Database, terms: readonly string[]): TermExpressions {
  const out: TermExpressions = { words: [], chars: [], missing: 0 };
  for (const term of terms) {
    const length = codePointLength(term);
    if (length >= 3) out.words.push(ftsString(term));
    else if (length === 1) out.chars.push(ftsString(term));
    else {
      const expr = twoCharExpression(db, term);
      if (expr) out.words.push(expr);
      else out.missing++;
    }
  }
  return out;
}

export const and = (exprs: readonly string[]): string => exprs.join(' AND ');
export const or = (exprs: readonly string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

/** `expr` restricted to title and tags: the hits worth ranking first. */
export const inTitleOrTags = (expr: string): string => `{title tags} : ${expr.startsWith('(') ? expr : `(${expr})`}`;
