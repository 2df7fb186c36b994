// The Pileup query syntax. Everything a user can type parses: anything that is
// not a recognised token is literal text to look for, and every term reaches
// SQLite only as an FTS5 string literal (text.ts `ftsString`), so FTS5
// operators (OR, NEAR, *, ^, :, parentheses) and SQL quotes are just text.
//
//   word           all words must occur (as a substring: 회고 finds 회고를)
//   "a phrase"     the words in this order; an unclosed quote runs to the end
//   -word -"a b"   must not occur; a lone - is ignored
//   pillar:automation  (any unique prefix, or the Korean name: pillar:자동화)
//   tag:k8s  tag:"ci cd"
//   from:2026-01-01  to:2026-01-31  on:2026-01-15  (also YYYY-MM or YYYY)
//   -pillar:… -tag:…   exclude a pillar or a tag
//
// Syntax is never an error: a date or pillar that cannot be understood
// (`from:2025-0` while typing, `from:2026-02-30`, `pillar:foo`), an empty
// `tag:`, a lone `-` or words past MAX_QUERY_TERMS are ignored and reported
// in `warnings`, so the rest of the query is still searched and the UI can
// mark the piece. A key whose value does not even start like a date
// (`on:click`) is literal text, and any token can be made literal by quoting
// it (`"to:do"`).
//
// An unquoted word also matches its stem without a Korean particle (알림을 →
// 알림) and its glossary synonyms (deploy → 배포), collected in
// `alternatives`; a quoted term is exact.
import { convertQwertyToHangul } from 'es-hangul';
import { isValidDay } from '../common/limits';
import { PILLARS, type Pillar, type QueryWarning, type QueryWarningReason } from '../common/model';
import { normalizeTags } from '../common/tags';
import { daysInMonth } from '../common/calendar';
import { koreanStems } from './particles';
import { normalizeText } from './text';

export interface ParsedQuery {
  /** Normalized terms and phrases that must all occur. */
  include: string[];
  /**
   * Parallel to `include`: other normalized forms of each term (a glossary
   * synonym, the stem without its particle). Term i is satisfied when
   * include[i] or any of alternatives[i] occurs.
   */
  alternatives: string[][];
  /** Normalized terms and phrases that must not occur. */
  exclude: string[];
  /** The positive terms as typed (NFC, whitespace collapsed), for highlighting. */
  terms: string[];
  /** Any of these pillars (empty: no constraint). */
  pillars: Pillar[];
  excludePillars: Pillar[];
  /** All of these tags. */
  tags: string[];
  excludeTags: string[];
  /** Inclusive day range. */
  from?: string;
  to?: string;
  /** Pieces that could not be used and were ignored. */
  warnings: QueryWarning[];
  /** Every alternative form searched, once each, for "also: …" notes. */
  also: string[];
}

export interface QueryOptions {
  /** Other words meaning the same as a normalized word (the glossary); none when absent. */
  synonyms?: (word: string) => string[];
}

export const MAX_QUERY_TERMS = 32;
/** Alternatives per term: a glossary group is small, this only bounds a hand-made one. */
const MAX_ALTERNATIVES = 24;

const PILLAR_NAMES_KO: Record<string, Pillar> = {
  문화: 'culture',
  자동화: 'automation',
  측정: 'measurement',
  공유: 'sharing',
};

interface RawToken {
  negated: boolean;
  /** Written in quotes: always literal text. */
  quoted: boolean;
  text: string;
  /** For key:value tokens. */
  key?: string;
  /** A `-` with nothing after it. */
  loneMinus?: boolean;
}

const KEY_RE = /^(pillar|tag|from|to|on):/i;

/** Splits a query into tokens, honouring quotes; never fails. */
function tokenize(input: string): RawToken[] {
  const tokens: RawToken[] = [];
  const s = input.normalize('NFC');
  let i = 0;
  const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
  const readQuoted = (): string => {
    // s[i] is the opening quote; an unclosed quote runs to the end of the query.
    const end = s.indexOf('"', i + 1);
    const text = s.slice(i + 1, end === -1 ? s.length : end);
    i = end === -1 ? s.length : end + 1;
    return text;
  };
  while (i < s.length) {
    if (isSpace(s[i])) {
      i++;
      continue;
    }
    let negated = false;
    if (s[i] === '-' && i + 1 < s.length && !isSpace(s[i + 1])) {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      tokens.push({ negated, quoted: true, text: readQuoted() });
      continue;
    }
    const start = i;
    while (i < s.length && !isSpace(s[i])) i++;
    const word = s.slice(start, i);
    const key = KEY_RE.exec(word);
    if (key) {
      const keyName = key[1]!.toLowerCase();
      let value = word.slice(key[0].length);
      if (value.startsWith('"')) {
        // tag:"ci cd" — the value is quoted and may hold spaces.
        i = start + key[0].length;
        value = readQuoted();
      }
      tokens.push({ negated, quoted: false, text: value, key: keyName });
      continue;
    }
    if (word === '-') {
      tokens.push({ negated: false, quoted: false, text: word, loneMinus: true });
      continue;
    }
    tokens.push({ negated, quoted: false, text: word });
  }
  return tokens;
}

function parsePillar(value: string): Pillar | undefined {
  const v = value.trim().toLowerCase();
  const ko = PILLAR_NAMES_KO[v];
  if (ko) return ko;
  const matches = PILLARS.filter((p) => p.startsWith(v));
  return v && matches.length === 1 ? matches[0] : undefined;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** The first and last day a date value covers: 2026 → the year, 2026-02 → February, 2026-02-03 → that day. */
function parseDateRange(value: string): { first: string; last: string } | undefined {
  const m = DATE_SHAPE.exec(value);
  if (!m) return undefined;
  const year = m[1]!;
  if (m[2] === undefined) {
    return isValidDay(`${year}-01-01`) ? { first: `${year}-01-01`, last: `${year}-12-31` } : undefined;
  }
  const month = m[2].padStart(2, '0');
  if (m[3] === undefined) {
    const first = `${year}-${month}-01`;
    if (!isValidDay(first)) return undefined;
    const days = daysInMonth(Number(year), Number(month));
    return { first, last: `${year}-${month}-${String(days).padStart(2, '0')}` };
  }
  const day = `${year}-${month}-${m[3].padStart(2, '0')}`;
  return isValidDay(day) ? { first: day, last: day } : undefined;
}

function laterOf(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}
function earlierOf(a: string | undefined, b: string): string {
  return a === undefined || b < a ? b : a;
}

export function parseQuery(input: string, options: QueryOptions = {}): ParsedQuery {
  const q: ParsedQuery = {
    include: [],
    alternatives: [],
    exclude: [],
    terms: [],
    pillars: [],
    excludePillars: [],
    tags: [],
    excludeTags: [],
    warnings: [],
    also: [],
  };
  // Sets beside the lists keep de-duplication linear in the number of tokens.
  const seen = new Map<string[], Set<string>>();
  const pushOnce = (list: string[], value: string): boolean => {
    let set = seen.get(list);
    if (!set) seen.set(list, (set = new Set(list)));
    if (set.has(value)) return false;
    set.add(value);
    list.push(value);
    return true;
  };
  const warned = new Set<string>();
  const warn = (piece: string, reason: QueryWarningReason): void => {
    if (warned.has(piece)) return;
    warned.add(piece);
    q.warnings.push({ piece, reason });
  };
  let words = 0;
  let tooMany = false;
  const addText = (negated: boolean, raw: string, piece: string, exact: boolean): void => {
    const term = normalizeText(raw);
    if (!term) return;
    if (!q.include.includes(term) && !q.exclude.includes(term) && words >= MAX_QUERY_TERMS) {
      // Only the first warning: a 300 KB paste must not yield 30,000 of them.
      if (!tooMany) warn(piece, 'too_many_words');
      tooMany = true;
      return;
    }
    if (negated) {
      if (pushOnce(q.exclude, term)) words++;
    } else if (pushOnce(q.include, term)) {
      words++;
      const alternatives = exact ? [] : alternativesOf(term, options);
      q.alternatives.push(alternatives);
      for (const alternative of alternatives) pushOnce(q.also, alternative);
      q.terms.push(raw.normalize('NFC').replace(/\s+/gu, ' ').trim());
    }
  };
  for (const token of tokenize(input)) {
    if (token.loneMinus) {
      warn(token.text, 'lone_minus');
      continue;
    }
    if (!token.key) {
      addText(token.negated, token.text, token.negated ? `-${token.text}` : token.text, token.quoted);
      continue;
    }
    const literal = `${token.key}:${token.text}`;
    const piece = token.negated ? `-${literal}` : literal;
    if (token.text.trim() === '') {
      warn(piece, 'empty_value'); // `tag:` while the user is still typing
      continue;
    }
    switch (token.key) {
      case 'pillar': {
        const pillar = parsePillar(token.text);
        if (!pillar) {
          warn(piece, 'unknown_pillar');
          break;
        }
        const list = token.negated ? q.excludePillars : q.pillars;
        if (!list.includes(pillar)) list.push(pillar);
        break;
      }
      case 'tag': {
        const list = token.negated ? q.excludeTags : q.tags;
        for (const tag of normalizeTags([token.text])) pushOnce(list, tag);
        break;
      }
      default: {
        // from / to / on. A value that does not start with a digit is not a date attempt: literal text (on:click).
        if (!/^\d/.test(token.text) || token.negated) {
          addText(token.negated, literal, piece, false);
          break;
        }
        const range = parseDateRange(token.text);
        if (!range) {
          warn(piece, 'not_a_date');
          break;
        }
        if (token.key !== 'to') q.from = laterOf(q.from, range.first);
        if (token.key !== 'from') q.to = earlierOf(q.to, range.last);
      }
    }
  }
  return q;
}

/** What a reader sees marked in results: the words as typed and what else was searched for them (알림 for 알림을, 카나리 for canary). */
export const markedTerms = (query: Pick<ParsedQuery, 'terms' | 'also'>): string[] => [...query.terms, ...query.also];

/** Other forms of an unquoted word: its stems without a particle, and the glossary synonyms of the word and its stems. */
function alternativesOf(term: string, options: QueryOptions): string[] {
  const out = new Set<string>();
  const forms = [term, ...koreanStems(term)];
  for (const form of forms) {
    if (form !== term) out.add(form);
    for (const synonym of options.synonyms?.(form) ?? []) if (synonym !== term) out.add(synonym);
  }
  return [...out].slice(0, MAX_ALTERNATIVES);
}

const LATIN_WORD = /^[A-Za-z]+$/;
const HANGUL_WORD = /^[\uac00-\ud7a3]+$/u;

/**
 * The query with each plain Latin word read as if typed on a Korean two-set
 * keyboard (qovh → 배포), when that reading is all whole syllables; null when
 * no word changes. Quoted text and key:value pieces stay as typed.
 */
export function layoutCorrection(input: string): string | null {
  let changed = false;
  let inQuote = false;
  const out = input
    .normalize('NFC')
    .split(/(\s+)/u)
    .map((part) => {
      const wasInQuote = inQuote;
      if ((part.split('"').length - 1) % 2 === 1) inQuote = !inQuote;
      if (wasInQuote || part.includes('"')) return part;
      const negated = part.startsWith('-');
      const word = negated ? part.slice(1) : part;
      if (!LATIN_WORD.test(word)) return part;
      const hangul = convertQwertyToHangul(word);
      if (!HANGUL_WORD.test(hangul)) return part;
      changed = true;
      return negated ? `-${hangul}` : hangul;
    })
    .join('');
  return changed ? out : null;
}
