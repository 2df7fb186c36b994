// The index's matching rule for text that is not indexed (the trash, which is
// scanned): the same tokens (text.ts indexTokens) in the same search form, a
// term's tokens in a row with its last one open as queryTokens says, 초성
// words and alternatives included, so a scan and the index agree on what matches.
import type { ParsedQuery } from './query';
import { choseongLine, choseongOfQuery, indexTokens, isChoseongQuery, normalizeText, queryTokens, searchForm } from './text';

/** Fields of an entry prepared once for any number of terms. */
export interface ScannedText {
  /** Each field's index tokens. */
  fields: string[][];
  /** The 초성 line of every field (choseongLine), read only for 초성 words. */
  choseong: () => string[];
}

export function scannedText(fields: readonly string[]): ScannedText {
  const forms = fields.map((f) => searchForm(normalizeText(f)));
  let choseong: string[] | null = null;
  return { fields: forms.map((form) => indexTokens(form).split(' ')), choseong: () => (choseong ??= forms.map(choseongLine)) };
}

/** Does `field` hold `tokens` in a row, the last one only as a prefix when `prefix`? */
function holdsPhrase(field: readonly string[], tokens: readonly string[], prefix: boolean): boolean {
  const last = tokens.length - 1;
  for (let at = 0; at + last < field.length; at++) {
    let k = 0;
    while (k < last && field[at + k] === tokens[k]) k++;
    if (k === last && (prefix ? field[at + k]!.startsWith(tokens[k]!) : field[at + k] === tokens[k])) return true;
  }
  return false;
}

/** Does the text hold this normalized term (or, for a 초성 word, a run of syllables it stands for)? */
export function holdsTerm(text: ScannedText, term: string): boolean {
  const { tokens, prefix } = queryTokens(searchForm(term));
  if (tokens.length > 0 && text.fields.some((field) => holdsPhrase(field, tokens, prefix))) return true;
  if (!isChoseongQuery(term)) return false;
  const initials = choseongOfQuery(term);
  return text.choseong().some((line) => line.includes(initials));
}

/** Does the text satisfy the query's text terms: every included term (or one of its alternatives), no excluded one? */
export function textSatisfies(text: ScannedText, query: Pick<ParsedQuery, 'include' | 'alternatives' | 'exclude'>): boolean {
  const has = (term: string): boolean => holdsTerm(text, term);
  return query.include.every((term, i) => has(term) || (query.alternatives[i] ?? []).some(has)) && !query.exclude.some(has);
}
