// The index's matching rule for text that is not indexed (the trash, which is
// scanned): the same substring rule in the same search form, 초성 words and
// alternatives included, so a scan and the index agree on what matches.
import type { ParsedQuery } from './query';
import { choseongLine, choseongOfQuery, isChoseongQuery, normalizeText, searchForm } from './text';

/** Fields of an entry prepared once for any number of terms. */
export interface ScannedText {
  fields: string[];
  /** The 초성 line of every field (choseongLine), read only for 초성 words. */
  choseong: () => string[];
}

export function scannedText(fields: readonly string[]): ScannedText {
  const forms = fields.map((f) => searchForm(normalizeText(f)));
  let choseong: string[] | null = null;
  return { fields: forms, choseong: () => (choseong ??= forms.map(choseongLine)) };
}

/** Does the text hold this normalized term (or, for a 초성 word, a run of syllables it stands for)? */
export function holdsTerm(text: ScannedText, term: string): boolean {
  const form = searchForm(term);
  if (form !== '' && text.fields.some((field) => field.includes(form))) return true;
  if (!isChoseongQuery(term)) return false;
  const initials = choseongOfQuery(term);
  return text.choseong().some((line) => line.includes(initials));
}

/** Does the text satisfy the query's text terms: every included term (or one of its alternatives), no excluded one? */
export function textSatisfies(text: ScannedText, query: Pick<ParsedQuery, 'include' | 'alternatives' | 'exclude'>): boolean {
  const has = (term: string): boolean => holdsTerm(text, term);
  return query.include.every((term, i) => has(term) || (query.alternatives[i] ?? []).some(has)) && !query.exclude.some(has);
}
