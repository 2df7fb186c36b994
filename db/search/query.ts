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
// A date or pillar that cannot be understood is an error with a message
// (PileupError 'invalid_input'), not silently ignored: `from:2026-02-30`
// would otherwise quietly search for the wrong thing. A key whose value does
// not even start like a date (`on:click`) is literal text, and any token can
// be made literal by quoting it (`"to:do"`).
import { isValidDay } from '../common/contract';
import { PileupError } from '../common/errors';
import { PILLARS, type Pillar } from '../common/model';
import { normalizeTags } from '../rows';
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
}

export const MAX_QUERY_TERMS = 32;

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
    if (word === '-') continue; // a lone minus excludes nothing
    tokens.push({ negated, quoted: false, text: word });
  }
  return tokens;
}

function parsePillar(value: string): Pillar {
  const v = value.trim().toLowerCase();
  const ko = PILLAR_NAMES_KO[v];
  if (ko) return ko;
  const matches = PILLARS.filter((p) => p.startsWith(v));
  if (v && matches.length === 1) return matches[0]!;
  throw new PileupError('invalid_input', `Unknown pillar "${value}" in the search; use one of: ${PILLARS.join(', ')}.`);
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** The first and last day a date value covers: 2026 → the year, 2026-02 → February, 2026-02-03 → that day. */
function parseDateRange(key: string, value: string): { first: string; last: string } {
  const m = DATE_SHAPE.exec(value);
  const fail = (): never => {
    throw new PileupError(
      'invalid_input',
      `${key}:${value} is not a date; write a real day as YYYY-MM-DD (or YYYY-MM, YYYY), e.g. ${key}:2026-01-31.`,
    );
  };
  if (!m) return fail();
  const year = m[1]!;
  if (m[2] === undefined) {
    if (!isValidDay(`${year}-01-01`)) fail();
    return { first: `${year}-01-01`, last: `${year}-12-31` };
  }
  const month = m[2].padStart(2, '0');
  if (m[3] === undefined) {
    const first = `${year}-${month}-01`;
    if (!isValidDay(first)) fail();
    const days = daysInMonth(Number(year), Number(month));
    return { first, last: `${year}-${month}-${String(days).padStart(2, '0')}` };
  }
  const day = `${year}-${month}-${m[3].padStart(2, '0')}`;
  if (!isValidDay(day)) fail();
  return { first: day, last: day };
}

function laterOf(a: string | undefined, b: string): string {
  return a === undefined || b > a ? b : a;
}
function earlierOf(a: string | undefined, b: string): string {
  return a === undefined || b < a ? b : a;
}

export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { include: [], alternatives: [], exclude: [], terms: [], pillars: [], excludePillars: [], tags: [], excludeTags: [] };
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
  const addText = (negated: boolean, raw: string): void => {
    const term = normalizeText(raw);
    if (!term) return;
    if (negated) pushOnce(q.exclude, term);
    else if (pushOnce(q.include, term)) {
      q.alternatives.push(koreanStems(term));
      q.terms.push(raw.normalize('NFC').replace(/\s+/gu, ' ').trim());
    }
  };
  for (const token of tokenize(input)) {
    if (!token.key) {
      addText(token.negated, token.text);
      continue;
    }
    const literal = `${token.key}:${token.text}`;
    if (token.text.trim() === '') continue; // `tag:` while the user is still typing
    switch (token.key) {
      case 'pillar': {
        const pillar = parsePillar(token.text);
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
          addText(token.negated, literal);
          break;
        }
        const range = parseDateRange(token.key, token.text);
        if (token.key !== 'to') q.from = laterOf(q.from, range.first);
        if (token.key !== 'from') q.to = earlierOf(q.to, range.last);
      }
    }
  }
  if (q.include.length + q.exclude.length > MAX_QUERY_TERMS) {
    throw new PileupError('invalid_input', `A search may hold at most ${MAX_QUERY_TERMS} words; this one has ${q.include.length + q.exclude.length}.`);
  }
  return q;
}
