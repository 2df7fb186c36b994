// Snippets: a short window of an entry's body around the first match, with the
// matched text marked. Computed in JS from the body itself (the index is
// contentless), with the same case-insensitive substring rule the index uses,
// over the text a reader sees (markdown syntax taken out, reader-text.ts).
// Only a window around the first raw match is cleaned, so a snippet of an 8 MB
// body costs a few KB of work unless the match hides in syntax (a link target).
import type { SnippetPart } from '../common/model';
import { termMatcher } from '../common/term-matcher';
import { readerText } from './reader-text';

export const SNIPPET_CHARS = 160;
/** Raw text read around the first raw match to find it in the reader's text: enough for a long link or table row before it. */
const RAW_BEFORE = 1000;
const RAW_AFTER = 2000;

export { termMatcher };

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

/** The first match of `matcher` in `text`, or null. */
function firstMatch(text: string, matcher: RegExp): { index: number; length: number } | null {
  matcher.lastIndex = 0;
  for (let m = matcher.exec(text); m; m = matcher.exec(text)) {
    if (m[0] !== '') return { index: m.index, length: m[0].length };
    matcher.lastIndex++;
  }
  return null;
}

const flatten = (text: string): string => text.replace(/\s+/gu, ' ').trim();

interface ReaderWindow {
  /** Reader text, whitespace collapsed. */
  flat: string;
  /** Whether body text comes before / after `flat`. */
  cutBefore: boolean;
  cutAfter: boolean;
  hit: { index: number; length: number } | null;
}

/** Reader text around the first match (or of the start, when nothing matches). */
function readerWindow(body: string, matcher: RegExp | null, size: number): ReaderWindow {
  const raw = matcher ? firstMatch(body, matcher) : null;
  if (!matcher || !raw) {
    // The entry matched on its title or tags: show how it begins.
    const end = Math.min(body.length, size * 8);
    const flat = flatten(readerText(body.slice(0, end)));
    return { flat, cutBefore: false, cutAfter: end < body.length, hit: null };
  }
  let from = Math.max(0, raw.index - RAW_BEFORE);
  // Start at a line when one begins near, so the cleaning sees whole lines.
  const line = from === 0 ? -1 : body.indexOf('\n', from);
  if (line !== -1 && line < raw.index) from = line + 1;
  const to = Math.min(body.length, raw.index + raw.length + RAW_AFTER);
  const flat = flatten(readerText(body.slice(from, to)));
  const hit = firstMatch(flat, matcher);
  if (hit) return { flat, cutBefore: from > 0, cutAfter: to < body.length, hit };
  // The raw match was syntax (a link target, a tag): look through all of the reader's text.
  const whole = flatten(readerText(body));
  return { flat: whole, cutBefore: false, cutAfter: false, hit: firstMatch(whole, matcher) };
}

/**
 * About SNIPPET_CHARS of the reader's text of `body` (whitespace collapsed)
 * with the first match of any term in the middle, hits marked; the start of
 * the body when no term occurs in it (the entry matched on its title or tags).
 */
export function makeSnippet(body: string, terms: readonly string[], size = SNIPPET_CHARS): SnippetPart[] {
  const matcher = termMatcher(terms);
  const { flat, cutBefore, cutAfter, hit } = readerWindow(body.normalize('NFC'), matcher, size);
  let start = 0;
  if (hit) {
    start = Math.max(0, Math.min(hit.index - Math.floor((size - hit.length) / 2), flat.length - size));
    // Prefer to begin at a word boundary when one is near.
    const space = start === 0 ? -1 : flat.indexOf(' ', start);
    if (space !== -1 && space < hit.index && space - start < 15) start = space + 1;
  }
  start = safeIndex(flat, start);
  let end = Math.min(flat.length, safeIndex(flat, start + size));
  if (matcher && end < flat.length) {
    // Never cut a hit in half at the end of the window.
    matcher.lastIndex = Math.max(start, end - 200);
    for (let m = matcher.exec(flat); m && m.index < end; m = matcher.exec(flat)) {
      if (m.index + m[0].length > end) end = m.index + m[0].length;
      if (m[0] === '') matcher.lastIndex++;
    }
  }
  const window = flat.slice(start, end);
  const parts = markHits(window, matcher);
  if (start > 0 || cutBefore) parts.unshift({ text: '…', hit: false });
  if (end < flat.length || cutAfter) parts.push({ text: '…', hit: false });
  return parts;
}
