// Turns parsed query terms into FTS5 MATCH expressions over search_text (see
// schema.ts). Every piece of user text enters an expression only as a string
// literal (ftsString), so no input is ever read as FTS5 syntax.
import { asciiToken, choseongOfQuery, codePointLength, ftsString, isAsciiMark, isChoseongQuery, queryTokens, searchForm } from './text';
import type { WordsStarting } from './vocabulary';

export const and = (exprs: readonly string[]): string => exprs.join(' AND ');
export const or = (exprs: readonly string[]): string => (exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`);

/**
 * Query text as the phrase of its tokens (text.ts queryTokens); null for text
 * with none. With `words`, a final English prefix (or one Hangul syllable)
 * that begins few enough index words is those words, each as a whole phrase
 * (vocabulary.ts): the same matches as the prefix query, without its merge of
 * every word's doclist.
 */
export function phraseExpression(text: string, exact = false, words?: WordsStarting): string | null {
  const { tokens, prefix } = queryTokens(text, exact);
  if (!tokens.length) return null;
  const last = tokens.at(-1);
  // words() says which prefixes it expands (an English word, one Hangul syllable); null keeps the prefix query.
  if (prefix && words && last !== undefined) {
    const expanded = words(last);
    // No word begins with it: the phrase matches nothing, which the prefix form says as well.
    if (expanded !== null && expanded.length) {
      const leading = tokens.slice(0, -1);
      return or(expanded.map((word) => ftsString([...leading, word].join(' '))));
    }
  }
  return `${ftsString(tokens.join(' '))}${prefix ? '*' : ''}`;
}

/**
 * A normalized term as an expression, in its search form (Hangul spacing
 * removed, as indexed): the phrase of its tokens, an English word matching
 * at a word's start (deploy → deployed) and Korean anywhere (자동화 inside
 * 배포자동화를). A single letter or digit is the mark of the words it begins.
 * null for a term with no text.
 */
export function literalExpression(term: string, words?: WordsStarting): string | null {
  const text = searchForm(term);
  if (codePointLength(text) === 1 && isAsciiMark(text)) return ftsString(asciiToken(text));
  return phraseExpression(text, false, words);
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
 * or tag never holds it. `words` expands a final English prefix into the
 * index words it begins (phraseExpression).
 */
export function termExpression(
  term: string,
  alternatives: readonly string[] = [],
  options: { choseong?: boolean; words?: WordsStarting } = {},
): string | null {
  const { choseong = true, words } = options;
  const exprs: string[] = [];
  const forms = [term, ...alternatives].map(searchForm);
  // A word that another single word of the group begins adds nothing: deploy* finds deployment.
  const covered = (form: string): boolean => /^[a-z0-9]+$/.test(form) && forms.some((other) => other !== form && /^[a-z0-9]+$/.test(other) && form.startsWith(other));
  for (const expr of [
    literalExpression(term, words),
    choseong ? choseongExpression(term) : null,
    ...alternatives.filter((alternative) => !covered(searchForm(alternative))).map((alternative) => literalExpression(alternative, words)),
  ]) {
    if (expr !== null && !exprs.includes(expr)) exprs.push(expr);
  }
  return exprs.length ? or(exprs) : null;
}

/** `expr` restricted to title and tags: the hits worth ranking first. */
export const inTitleOrTags = (expr: string): string => `{title tags} : ${expr.startsWith('(') ? expr : `(${expr})`}`;
