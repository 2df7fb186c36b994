// Turns parsed query terms into FTS5 MATCH expressions over search_text (see
// schema.ts). Every piece of user text enters an expression only as a string
// literal (ftsString), so no input is ever read as FTS5 syntax.
import { asciiToken, choseongOfQuery, codePointLength, ftsString, isAsciiMark, isChoseongQuery, phraseTokens, searchForm } from './text';

export const and = (exprs: readonly string[]): string => exprs.join(' AND ');
export const or = (exprs: readonly string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

/**
 * A normalized term as an expression: 1 character a prefix query over the
 * bigrams it begins (an ASCII letter or digit: its mark in meta), 2 one bigram, more the phrase of its bigrams, in its search form
 * (Hangul spacing removed, as indexed). null for a term with no text.
 */
export function literalExpression(term: string): string | null {
  const text = searchForm(term);
  const length = codePointLength(text);
  if (length === 0) return null;
  if (length > 1) return ftsString(phraseTokens(text));
  return isAsciiMark(text) ? `{meta} : ${ftsString(asciiToken(text))}` : `${ftsString(text)}*`;
}

/** A 초성 word (ㅋㄴㄹ) as a phrase on the cho column; null for any other term. */
export function choseongExpression(term: string): string | null {
  return isChoseongQuery(term) ? `{cho} : ${ftsString(phraseTokens(choseongOfQuery(term)))}` : null;
}

/**
 * What satisfies one term: the term itself, the syllables a 초성 word stands
 * for, or any of its alternatives (a stem without its particle, a synonym), as
 * one OR group. null when none of them has text.
 */
export function termExpression(term: string, alternatives: readonly string[] = []): string | null {
  const exprs: string[] = [];
  for (const expr of [literalExpression(term), choseongExpression(term), ...alternatives.map(literalExpression)]) {
    if (expr !== null && !exprs.includes(expr)) exprs.push(expr);
  }
  return exprs.length ? or(exprs) : null;
}

/** `expr` restricted to title and tags: the hits worth ranking first. */
export const inTitleOrTags = (expr: string): string => `{title tags} : ${expr.startsWith('(') ? expr : `(${expr})`}`;
