// Text normalization shared by the indexer, the query parser and snippets, so
// that what is indexed and what is searched for are spelled the same way, and
// the index tokens made from it (see schema.ts).

import { Buffer } from 'node:buffer';

/**
 * NFC (macOS may hand us decomposed Hangul), lower case, whitespace runs
 * collapsed to one space, trimmed, other control characters dropped (the
 * index's tokens use them as marks: GAP, the meta tokens).
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

// ---- index tokens (see schema.ts) ------------------------------------------

/** Hangul syllables (가–힣): the text whose spacing search ignores. */
const isSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const SPACE = 0x20;
/** Stands for a space, and for the end of a field, inside a token: spaces separate the tokens. */
const GAP = 0x01;

/**
 * Normalized text as the index and the matcher compare it: the spaces
 * between two Hangul syllables removed, so 배포 자동화 and 배포자동화 are the
 * same text to search (Korean spacing varies; English keeps its spacing).
 */
export function searchForm(normalized: string): string {
  return normalized.includes(' ') ? normalized.replace(/(?<=[\uac00-\ud7a3]) (?=[\uac00-\ud7a3])/g, '') : normalized;
}

// Each text is copied into this buffer and read as UTF-16 code units (about
// three times faster than charCodeAt); tokens are built in `out` and read back
// as one string (~5x faster than joining strings; a bulk import builds 100,000).
let scratch = Buffer.alloc(8192);
let out = new Uint16Array(8192);
function unitsOf(text: string): Uint16Array {
  if (scratch.length < text.length * 2) scratch = Buffer.alloc(text.length * 4);
  return new Uint16Array(scratch.buffer, scratch.byteOffset, scratch.write(text, 'utf16le') / 2);
}
function unitsToString(length: number): string {
  return Buffer.from(out.buffer, out.byteOffset, length * 2).toString('utf16le');
}
const isHigh = (c: number): boolean => c >= 0xd800 && c < 0xdc00;
const isLow = (c: number): boolean => c >= 0xdc00 && c < 0xe000;

/** ASCII letters and digits (after lower-casing): the characters of a word token. */
const isWordUnit = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** The tags text's line break: a token of its own, so a tag's phrase starts and ends at a whole tag. */
const TAG_BREAK = 0x0a;

/**
 * The index tokens of a field, separated by spaces (see schema.ts):
 * - a run of ASCII letters and digits is one token, the word itself;
 * - in a run of any other characters (Hangul, punctuation, emoji), every
 *   character with the one after it in the run, the last with GAP, so every
 *   character starts a token and a 1-character term is a prefix query;
 * - a line break (between tags) is a token of its own; spaces only end runs.
 * "배포 ci/cd" (search form) → "배포 포\u0001 ci /\u0001 cd". An astral character counts as one.
 */
export function indexTokens(text: string): string {
  if (text === '') return '';
  const units = unitsOf(text);
  const length = units.length;
  if (out.length < length * 3 + 8) out = new Uint16Array(length * 4 + 8);
  let n = 0;
  const sep = (): void => {
    if (n > 0) out[n++] = SPACE;
  };
  /** Code units of the character at `at` (2 for a surrogate pair). */
  const width = (at: number): number => (isHigh(units[at]!) && at + 1 < length && isLow(units[at + 1]!) ? 2 : 1);
  const isOther = (c: number): boolean => c !== SPACE && c !== TAG_BREAK && !isWordUnit(c);
  let i = 0;
  while (i < length) {
    const c = units[i]!;
    if (c === SPACE) {
      i++;
    } else if (c === TAG_BREAK) {
      sep();
      out[n++] = c;
      i++;
    } else if (isWordUnit(c)) {
      sep();
      while (i < length && isWordUnit(units[i]!)) out[n++] = units[i++]!;
    } else {
      // A run of other characters: each with the next in the run, the run's last with GAP.
      for (;;) {
        sep();
        const w = width(i);
        for (let k = 0; k < w; k++) out[n++] = units[i + k]!;
        i += w;
        if (i < length && isOther(units[i]!)) {
          const w2 = width(i);
          for (let k = 0; k < w2; k++) out[n++] = units[i + k]!;
        } else {
          out[n++] = GAP;
          break;
        }
      }
    }
  }
  return unitsToString(n);
}

/**
 * A query text's tokens as one phrase, in the form indexTokens writes, and
 * whether its last token is a prefix. The text's end is open: a final word
 * is a prefix (deploy finds deployed), a final run of other characters
 * drops its last character's token (covered by the one before), and a
 * final run of one such character is a prefix over the tokens it begins.
 * `exact` (a whole tag's line) keeps every token as written.
 */
export function queryTokens(text: string, exact = false): { tokens: string[]; prefix: boolean } {
  const tokens = indexTokens(text).split(' ').filter(Boolean);
  const last = tokens.at(-1);
  if (exact || last === undefined) return { tokens, prefix: false };
  if (isWordUnit(last.charCodeAt(0))) return { tokens, prefix: true };
  if (last.length === 1 || last.charCodeAt(last.length - 1) !== GAP) return { tokens, prefix: false };
  const previous = tokens.at(-2);
  const runGoesOn = previous !== undefined && previous.charCodeAt(previous.length - 1) !== GAP && !isWordUnit(previous.charCodeAt(0)) && previous !== '\n';
  tokens.pop();
  if (runGoesOn) return { tokens, prefix: false };
  tokens.push(last.slice(0, -1));
  return { tokens, prefix: true };
}

/** The compatibility jamo of the 19 initial consonants, in the order of the syllable table. */
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** A query word of two or more initial consonants (ㅋㄴㄹ) also looks for the syllables they begin. */
export const isChoseongQuery = (term: string): boolean => /^[ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ]{2,}$/u.test(term);

/**
 * Each Hangul syllable as its initial consonant, written as the conjoining
 * jamo U+1100–U+1112 rather than the compatibility jamo a user types, so
 * the index's initials never match typed text; every other character a
 * space. 카나리 v2 → ᄏᄂᄅ followed by three spaces.
 */
export function choseongLine(text: string): string {
  const units = unitsOf(text);
  if (out.length < units.length) out = new Uint16Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units[i]!;
    out[i] = isSyllable(c) ? 0x1100 + Math.floor((c - 0xac00) / 588) : SPACE;
  }
  return unitsToString(units.length);
}

/** A 초성 query (isChoseongQuery) in the form choseongLine writes. */
export const choseongOfQuery = (term: string): string =>
  String.fromCharCode(...[...term].map((ch) => 0x1100 + CHOSEONG.indexOf(ch)));

/**
 * The cho column: the initials of each run of two or more syllables, as
 * bigrams ending in GAP, so a 초성 phrase never spans two words.
 */
export function choseongField(text: string): string {
  const runs = new Set(choseongLine(text).split(' '));
  let field = '';
  // Each distinct run once: a 초성 word only asks whether an entry has it, and Korean text repeats its words.
  for (const run of runs) if (run.length >= 2) field += field ? ` ${indexTokens(run)}` : indexTokens(run);
  return field;
}

/** Marks the tokens of the meta column: no normalized text holds a control character. */
const META = '\u0002';
/** In the meta column of every indexed entry. */
export const EVERY_ENTRY = `${META}e`;
/** The meta-column token of the pillar at `index` in PILLARS. */
export const pillarToken = (index: number): string => `${META}p${index}`;
/** The meta column of an entry with these pillar indexes. */
export const metaField = (pillarIndexes: readonly number[]): string => [EVERY_ENTRY, ...pillarIndexes.map(pillarToken)].join(' ');
/** ASCII letters and digits: a 1-character term of one of them is the mark of the words it begins (asciiMarks). */
export const isAsciiMark = (char: string): boolean => /^[a-z0-9]$/.test(char);
const MARK = '\u0003';
/** The token marking an entry with a word that begins with this ASCII letter or digit. */
export const asciiToken = (char: string): string => `${MARK}${char}`;

/**
 * The marks of the letters and digits that begin a word in some normalized
 * text, each once: a 1-character query for one of them is then one token,
 * where a prefix query over every word that begins with it would read
 * hundreds of terms.
 */
export function asciiMarks(text: string): string {
  const units = unitsOf(text);
  present.fill(0);
  let inWord = false;
  for (let i = 0; i < units.length; i++) {
    const word = isWordUnit(units[i]!);
    if (word && !inWord) present[units[i]!] = 1;
    inWord = word;
  }
  let field = '';
  for (const c of ASCII_MARK_CODES) if (present[c] === 1) field += ` ${MARK}${String.fromCharCode(c)}`;
  return field;
}
const present = new Uint8Array(0x80);
const ASCII_MARK_CODES = Array.from({ length: 0x80 }, (_, c) => c).filter((c) => isAsciiMark(String.fromCharCode(c)));

/** The tags text: one normalized tag per line, with a line break before the first and after the last. */
export const tagsField = (tags: readonly string[]): string => (tags.length ? `\n${tags.join('\n')}\n` : '');
/** Text that occurs in the tags text exactly where the whole tag does. */
export const tagToken = (tag: string): string => `\n${tag}\n`;

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
