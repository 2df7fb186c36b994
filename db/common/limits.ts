// Limits and checks on text and days shared by the contract's schemas and
// callers that must not load them (the CLI's fast paths, the query parser):
// plain functions, no zod.
import { daysInMonth } from './calendar';

export const LIMITS = {
  titleChars: 500,
  /** UTF-8 bytes of a body: 1 MB is fine, 20 MB is not. */
  bodyBytes: 8 * 1024 * 1024,
  tagChars: 64,
  tagsPerEntry: 32,
  queryChars: 1000,
  pageSize: 200,
  importBytes: 64 * 1024 * 1024,
} as const;

/** UTF-8 bytes of `text`, counted without encoding it (pure: no Buffer here). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Unicode code points in `text` (an emoji or a Hangul syllable counts as one), as `[...text].length` without the array. */
export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * False when `text` holds a lone UTF-16 surrogate, half of a character that
 * SQLite would silently store as U+FFFD (String.prototype.isWellFormed, which
 * the TypeScript library we target does not declare yet).
 */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800) continue;
    if (c >= 0xdc00 || i + 1 >= text.length || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false;
    i++;
  }
  return true;
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not). */
export function isValidDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}
