// Text normalization shared by the indexer, the query parser and snippets, so
// that what is indexed and what is searched for are spelled the same way.

import { Buffer } from 'node:buffer';

/**
 * NFC (macOS may hand us decomposed Hangul), lower case, whitespace runs
 * collapsed to one space, trimmed, other control characters dropped (the
 * index uses \u0001 as a marker; see metaField).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    // Same as replacing every whitespace run with ' ', but a lone ' ' (most of
    // them) is not a match: three times faster on a bulk import.
    .replace(/\s{2,}|[^\S ]/g, ' ')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
}

/** Number of Unicode code points (a Hangul syllable or an emoji counts as one). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Appended to every indexed field so that every character starts a trigram
 * (see schema.ts). Query terms never hold two spaces in a row.
 */
export const FIELD_END = '  ';

/** Marks the edges of the tokens in the meta column. */
const META = '\u0001';

// Which BMP characters were seen in the current distinctChars call: a flag per
// code unit, cleared again for the units found, so no set is built per entry
// (a bulk import calls it 100,000 times).
const seen = new Uint8Array(0x10000);
// Each text is copied into this buffer and read as UTF-16 code units: about
// three times faster than charCodeAt here.
let scratch = Buffer.alloc(8192);
const SPACE = 0x20;

/** The distinct characters of some texts: BMP code units, and astral characters apart. */
export interface DistinctChars {
  codes: number[];
  astral: Set<string> | null;
}

/** Each character of the texts (already normalized) once; spaces and line breaks left out. */
export function distinctChars(...texts: string[]): DistinctChars {
  const codes: number[] = [];
  let astral: Set<string> | null = null;
  for (const text of texts) {
    if (scratch.length < text.length * 2) scratch = Buffer.alloc(text.length * 4);
    const units = new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.write(text, 'utf16le') / 2);
    for (let i = 0; i < units.length; i++) {
      const c = units[i]!;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < units.length) {
        const low = units[i + 1]!;
        if (low >= 0xdc00 && low < 0xe000) {
          (astral ??= new Set()).add(text.slice(i, i + 2));
          i++;
          continue;
        }
      }
      if (seen[c] === 0) {
        seen[c] = 1;
        codes.push(c);
      }
    }
  }
  for (const c of codes) seen[c] = 0;
  return { codes: codes.filter((c) => c !== SPACE && c !== 0x0a), astral };
}

// The code units of one search_chars document or one meta field are built in
// this buffer and read out as one string: ~5x faster than an array of
// numbers spread into String.fromCharCode (a bulk import builds 100,000).
let out = new Uint16Array(1024);
function unitsToString(length: number): string {
  return Buffer.from(out.buffer, out.byteOffset, length * 2).toString('utf16le');
}

/**
 * The search_chars document of an entry: the tokens of its pillars, then each
 * distinct character once, space-separated, so each is its own token (see
 * schema.ts).
 */
export function charsField(pillarIndexes: readonly number[], chars: DistinctChars): string {
  if (out.length < chars.codes.length * 2) out = new Uint16Array(chars.codes.length * 4);
  let n = 0;
  for (const c of chars.codes) {
    out[n++] = c;
    out[n++] = SPACE;
  }
  let field = [CHARS_EVERY_ENTRY, ...pillarIndexes.map(charsPillarToken), ''].join(' ') + unitsToString(n);
  if (chars.astral) for (const c of chars.astral) field += `${c} `;
  return field;
}

/** ASCII letters and digits (lower case: the text is normalized): the characters also marked in search_text's meta column. */
const isAsciiMarkCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
export const isAsciiMark = (char: string): boolean => char.length === 1 && isAsciiMarkCode(char.charCodeAt(0));
const ASCII_MARK = 0x02;

/**
 * The ASCII letters and digits among `chars`, each between marks
 * (\u0002a\u0002b…), for the meta column: each is then the trigram
 * asciiToken(c), so a query that mixes words with e or 7 stays one MATCH in
 * search_text. Those are the characters in most entries, which an
 * intersection with search_chars would have to read in full (~45 ms at
 * 100,000 entries, against ~9 ms).
 */
export function asciiMarks(chars: DistinctChars): string {
  for (const c of chars.codes) if (isAsciiMarkCode(c)) present[c] = 1;
  let n = 0;
  for (const c of ASCII_MARK_CODES) {
    if (present[c] === 0) continue;
    present[c] = 0;
    if (n === 0) out[n++] = ASCII_MARK;
    out[n++] = c;
    out[n++] = ASCII_MARK;
  }
  return unitsToString(n);
}
// Which ASCII characters the current asciiMarks call found; cleared as they are read.
const present = new Uint8Array(0x80);
/** The marked codes in ascending order: digits, then letters. */
const ASCII_MARK_CODES = Array.from({ length: 0x80 }, (_, c) => c).filter(isAsciiMarkCode);

/** The meta-column trigram of an ASCII letter or digit. */
export const asciiToken = (char: string): string => String.fromCharCode(ASCII_MARK) + char + String.fromCharCode(ASCII_MARK);

/** In the meta column of every indexed entry. */
export const EVERY_ENTRY = `${META}e${META}`;
/** The meta-column token of the pillar at `index` in PILLARS. */
export const pillarToken = (index: number): string => `${META}${index}${META}`;
/** The meta column of an entry with these pillar indexes. */
export const metaField = (pillarIndexes: readonly number[]): string => EVERY_ENTRY + pillarIndexes.map((i) => `${i}${META}`).join('');
/** The tags column: one normalized tag per line, with a line break before the first and after the last. */
export const tagsField = (tags: readonly string[]): string => (tags.length ? `\n${tags.join('\n')}\n` : '');
/** Text that occurs in the tags column exactly where the whole tag does. */
export const tagToken = (tag: string): string => `\n${tag}\n`;

// In search_chars, every character is a token of one character, so tokens of
// two can never be taken for one.
/** In search_chars of every indexed entry. */
export const CHARS_EVERY_ENTRY = 'ee';
/** The search_chars token of the pillar at `index` in PILLARS. */
export const charsPillarToken = (index: number): string => `p${index}`;

/** An FTS5 string literal: always quoted, inner quotes doubled, so no input is ever read as FTS5 syntax. */
export function ftsString(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

const DAY_MS = 86_400_000;
const SEQ_SPAN = 2 ** 32;
/** Keys count days from 1900-01-01 (the earliest day isValidDay accepts), so they are never negative. */
const EPOCH_MS = Date.UTC(1900, 0, 1);

/** Days since 1900-01-01 of a `YYYY-MM-DD` day. */
export function dayNumber(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
}

/** The index key of an entry: sorts by day, then seq; below 2^53 for every day up to 2999. */
export function indexKey(day: string, seq: number): number {
  return dayNumber(day) * SEQ_SPAN + seq;
}

/** The seq an index key was made from. */
export function seqOfKey(key: number): number {
  return key % SEQ_SPAN;
}

/** The day and seq an index key was made from. */
export function keyToDaySeq(key: number): { day: string; seq: number } {
  const seq = seqOfKey(key);
  const day = new Date(EPOCH_MS + ((key - seq) / SEQ_SPAN) * DAY_MS).toISOString().slice(0, 10);
  return { day, seq };
}

/** The range of keys of entries on days `from`..`to` (inclusive). */
export function keyRange(from: string | undefined, to: string | undefined): { low: number; high: number } {
  return {
    low: from ? dayNumber(from) * SEQ_SPAN : 0,
    high: to ? (dayNumber(to) + 1) * SEQ_SPAN - 1 : Number.MAX_SAFE_INTEGER,
  };
}

/** SQL that turns an index key (rowid) back into the entry's seq. */
export const SEQ_OF_KEY = `% ${SEQ_SPAN}`;
