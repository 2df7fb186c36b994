// Snippets: a short window of an entry's body around the first match, with the
// matched text marked. Computed in JS from the body itself (the index is
// contentless), with the same case-insensitive substring rule the index uses.
import type { SnippetPart } from '../common/model';

export const SNIPPET_CHARS = 160;
/** How much text to show before the first hit. */
const LEAD_CHARS = 40;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A global, case-insensitive matcher for any of the terms (longest first), or null when there are none. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const parts = [...new Set(terms.map((t) => t.normalize('NFC').trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.split(/\s+/u).map(escapeRegExp).join('\\s+'));
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

/** Splits `text` into parts, marking every match of `matcher`. */
export function markHits(text: string, matcher: RegExp | null): SnippetPart[] {
  if (!matcher) return text ? [{ text, hit: false }] : [];
  const parts: SnippetPart[] = [];
  let last = 0;
  matcher.lastIndex = 0;
  for (const m of text.matchAll(matcher)) {
    if (m[0] === '') continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}

/** Moves `index` back to the start of a surrogate pair so a window never splits an emoji. */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * About SNIPPET_CHARS of `body` (whitespace collapsed) around the first match
 * of any term, hits marked; the start of the body when no term occurs in it
 * (the entry matched on its title or tags).
 */
export function makeSnippet(body: string, terms: readonly string[], size = SNIPPET_CHARS): SnippetPart[] {
  const matcher = termMatcher(terms);
  const flat = body.normalize('NFC').replace(/\s+/gu, ' ').trim();
  let start = 0;
  if (matcher) {
    matcher.lastIndex = 0;
    const first = matcher.exec(flat);
    if (first && first.index > LEAD_CHARS) {
      start = first.index - LEAD_CHARS;
      // Prefer to begin at a word boundary when one is near.
      const space = flat.indexOf(' ', start);
      if (space !== -1 && space < first.index && space - start < 15) start = space + 1;
    }
  }
  start = safeIndex(flat, start);
  let end = Math.min(flat.length, safeIndex(flat, start + size));
  if (matcher && end < flat.length) {
    // Never cut a hit in half at the end of the window.
    matcher.lastIndex = Math.max(start, end - 200);
    for (let m = matcher.exec(flat); m && m.index < end; m = matcher.exec(flat)) {
      if (m.index + m[0].length > end) end = m.index + m[0].length;
    }
  }
  const window = flat.slice(start, end);
  const parts = markHits(window, matcher);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < flat.length) parts.push({ text: '…', hit: false });
  return parts;
}
