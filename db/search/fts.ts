// Turns parsed query terms into FTS5 MATCH expressions over search_text (see
// schema.ts). Every piece of user text enters an expression only as a string
// literal (ftsString), so no input is ever read as FTS5 syntax.
import { asciiToken, choseongOfQuery, codePointLength, ftsString, isAsciiMark, isChoseongQuery, queryTokens, searchForm } from './text';

export const and = (exprs: readonly string[]): string => exprs.join(' AND ');
export const or = (exprs: readonly string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

/** Query text as the phrase of its tokens (text.ts queryTokens); null for text with none. */
export function phraseExpression(text: string, exact = false): string | null {
  const { tokens, prefix } = queryTokens(text, exact);
  return tokens.length ? `${ftsString(tokens.join(' '))}${prefix ? '*' : ''}` : null;
}

/**
 * A normalized term as an expression, in its search form (Hangul spacing
 * removed, as indexed): the phrase of its tokens, an English word matching
 * at a word's start (deploy → deployed) and Korean anywhere (자동화 inside
 * 배포자동화를). A single letter or digit is the mark of the words it begins.
 * null for a term with no text.
 */
export function literalExpression(term: string): string | null {
  const text = searchForm(term);
  if (codePointLength(text) === 1 && isAsciiMark(text)) return ftsString(asciiToken(text));
  return phraseExpression(text);
}

/** A 초성 word (ㅋㄴㄹ) as the phrase of its initials' tokens; null for any other term. */
export function choseongExpression(term: string): string | null {
  return isChoseongQuery(term) ? phraseExpression(choseongOfQuery(term)) : null;
}

/**
 * What satisfies one term: the term itself, the syllables a 초성 word stands
 * for, or any of its alternatives (a stem without its particle, a synonym), as
 * one OR group. null when none of them has text. `choseong` false leaves
 * the 초성 reading out: its tokens are in the text column only, so a title
 * or tag never holds it.
 */
export function termExpression(term: string, alternatives: readonly string[] = [], choseong = true): string | null {
  const exprs: string[] = [];
  const forms = [term, ...alternatives].map(searchForm);
  // A word that another single word of the group begins adds nothing: deploy* finds deployment.
  const covered = (form: string): boolean => /^[a-z0-9]+$/.test(form) && forms.some((other) => other !== form && /^[a-z0-9]+$/.test(other) && form.startsWith(other));
  for (const expr of [
    literalExpression(term),
    choseong ? choseongExpression(term) : null,
    ...alternatives.filter((alternative) => !covered(searchForm(alternative))).map(literalExpression),
  ]) {
    if (expr !== null && !exprs.includes(expr)) exprs.push(expr);
  }
  return exprs.length ? or(exprs) : null;
}

/** `expr` restricted to title and tags: the hits worth ranking first. */
export const inTitleOrTags = (expr: string): string => `{title tags} : ${expr.startsWith('(') ? expr : `(${expr})`}`;
