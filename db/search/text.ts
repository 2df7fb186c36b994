// Text normalization shared by the indexer, the query parser and snippets, so
// that what is indexed and what is searched for are spelled the same way.

/** NFC (macOS may hand us decomposed Hangul), lower case, whitespace runs collapsed to one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Number of Unicode code points (a Hangul syllable or an emoji counts as one). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Terms shorter than this go to the short-token index; longer ones to the trigram index. */
export const TRIGRAM_MIN = 3;

/**
 * The tokens of the short index for one field: every character and every pair
 * of adjacent characters inside each whitespace-separated run, deduplicated,
 * joined by spaces. `text` must already be normalized.
 */
export function shortTokens(text: string): string {
  const seen = new Set<string>();
  for (const run of text.split(' ')) {
    let prev = '';
    for (const ch of run) {
      seen.add(ch);
      if (prev) seen.add(prev + ch);
      prev = ch;
    }
  }
  return [...seen].join(' ');
}

/** An FTS5 string literal: always quoted, inner quotes doubled, so no input is ever read as FTS5 syntax. */
export function ftsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}
