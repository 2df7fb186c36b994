// Listing and counting entries under a filter: structural filters (pillars,
// tags, day range, trash) combined with a text query in the Pileup syntax.
//
// Two paths, chosen per request:
// - entries path: no text and no tag filter (or the trash). Reads the
//   entries_by_day index, newest day first, keyset cursor.
// - index path: text terms or tags. Everything becomes one FTS5 MATCH over
//   search_text (see search/schema.ts), whose rowids sort like the journal.
//   Without positive text terms, results stream newest first (keyset cursor).
//   With them, each item gets a snippet, and the order is:
//   * up to RANK_ALL matches: bm25 over title (x10), tags (x5) and body,
//     offset cursor;
//   * more: entries with a hit in the title or tags first, then the rest,
//     each group newest first (keyset cursor per group). Ranking 60,000
//     matches by bm25 costs ~40 ms on the bench journal, streaming them costs
//     < 1 ms, and for a word that common "where did I write it lately" is the
//     better answer anyway.
import type { Database } from 'better-sqlite3';
import { PileupError } from './common/errors';
import { PILLARS, type Entry, type EntryListItem, type EntryPage, type ListFilter, type PillarCounts } from './common/model';
import { ENTRY_COLUMNS, entriesFromRows, normalizeTags, pillarsToMask, type EntryRow } from './rows';
import { and, charInText, inTitleOrTags, or, termExpressions } from './search/fts';
import { parseQuery, type ParsedQuery } from './search/query';
import { makeSnippet } from './search/snippet';
import { cachedStatement } from './search/statements';
import { CHARS_EVERY_ENTRY, charsPillarToken, EVERY_ENTRY, ftsString, indexKey, keyRange, keyToDaySeq, normalizeText, pillarToken, SEQ_OF_KEY, seqOfKey, tagToken } from './search/text';

export interface ListRequest {
  filter: ListFilter;
  cursor?: string | null;
  limit: number;
  /** Text matches by relevance (the default), or newest first like the journal (exports). */
  order?: 'relevance' | 'newest';
}

/** Above this many matches, text results are ordered title hits first, then newest first, instead of by bm25. */
export const RANK_ALL = 2000;

/** A filter with its query parsed and merged into one set of constraints. */
interface Plan {
  trash: boolean;
  /** Each mask must share a pillar with the entry (filter pillars, query pillars). */
  pillarMasks: number[];
  excludePillarMask: number;
  tags: string[];
  excludeTags: string[];
  from?: string;
  to?: string;
  query: ParsedQuery;
}

function makePlan(filter: ListFilter): Plan {
  const query = parseQuery(filter.query ?? '');
  const pillarMasks: number[] = [];
  if (filter.pillars && filter.pillars.length) pillarMasks.push(pillarsToMask(filter.pillars));
  if (query.pillars.length) pillarMasks.push(pillarsToMask(query.pillars));
  const tags = normalizeTags([...(filter.tags ?? []), ...query.tags]);
  const from = [filter.from, query.from].filter((d): d is string => !!d).sort().at(-1);
  const to = [filter.to, query.to].filter((d): d is string => !!d).sort()[0];
  return {
    trash: filter.trash === true,
    pillarMasks,
    excludePillarMask: pillarsToMask(query.excludePillars),
    tags,
    excludeTags: normalizeTags(query.excludeTags),
    from,
    to,
    query,
  };
}

const hasText = (plan: Plan): boolean => plan.query.include.length + plan.query.exclude.length > 0;

type Param = string | number;

// ---- cursors ---------------------------------------------------------------

type Cursor =
  | { kind: 'day'; day: string; seq: number }
  | { kind: 'rank'; offset: number }
  | { kind: 'group'; group: 1 | 2; afterKey: number | null };

function encodeCursor(cursor: Cursor): string {
  const raw =
    cursor.kind === 'day' ? ['d', cursor.day, cursor.seq] : cursor.kind === 'rank' ? ['r', cursor.offset] : ['g', cursor.group, cursor.afterKey];
  return Buffer.from(JSON.stringify(raw), 'utf8').toString('base64url');
}

function badCursor(): never {
  throw new PileupError('invalid_input', 'The page cursor is not valid for this list; start again from the first page.');
}

const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function decodeCursor(text: string | null | undefined, allowed: readonly Cursor['kind'][]): Cursor | null {
  if (text === null || text === undefined || text === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return badCursor();
  }
  if (!Array.isArray(raw)) return badCursor();
  let cursor: Cursor | null = null;
  if (raw.length === 3 && raw[0] === 'd' && typeof raw[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw[1]) && isCount(raw[2])) {
    cursor = { kind: 'day', day: raw[1], seq: raw[2] };
  } else if (raw.length === 2 && raw[0] === 'r' && isCount(raw[1])) {
    cursor = { kind: 'rank', offset: raw[1] };
  } else if (raw.length === 3 && raw[0] === 'g' && (raw[1] === 1 || raw[1] === 2) && (raw[2] === null || isCount(raw[2]))) {
    cursor = { kind: 'group', group: raw[1], afterKey: raw[2] };
  }
  return cursor && allowed.includes(cursor.kind) ? cursor : badCursor();
}

// ---- shared helpers --------------------------------------------------------

function pageLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 50;
}

function withSnippets(entries: EntryListItem[], terms: readonly string[]): EntryListItem[] {
  if (terms.length === 0) return entries;
  return entries.map((entry) => ({ ...entry, snippet: makeSnippet(entry.body, terms) }));
}

function entriesBySeq(db: Database, seqs: readonly number[]): EntryListItem[] {
  if (seqs.length === 0) return [];
  const rows = cachedStatement(db, `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(seqs),
  ) as EntryRow[];
  const entries = entriesFromRows(db, rows);
  const bySeq = new Map(rows.map((row, i) => [row.seq, entries[i]!]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

// ---- the entries path ------------------------------------------------------

/** Conditions on `entries e`: trash or live, pillars, day range, tags. */
function entriesWhere(plan: Plan, options: { ignorePillars?: boolean } = {}): { sql: string; params: Param[] } {
  const conds: string[] = [plan.trash ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
  const params: Param[] = [];
  if (!options.ignorePillars) {
    for (const mask of plan.pillarMasks) {
      conds.push('(e.pillars & ?) != 0');
      params.push(mask);
    }
  }
  if (plan.excludePillarMask) {
    conds.push('(e.pillars & ?) = 0');
    params.push(plan.excludePillarMask);
  }
  if (plan.from) {
    conds.push('e.day >= ?');
    params.push(plan.from);
  }
  if (plan.to) {
    conds.push('e.day <= ?');
    params.push(plan.to);
  }
  for (const tag of plan.tags) {
    conds.push('EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag = ?)');
    params.push(tag);
  }
  for (const tag of plan.excludeTags) {
    conds.push('NOT EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag = ?)');
    params.push(tag);
  }
  return { sql: conds.join(' AND '), params };
}

function listByDay(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const where = entriesWhere(plan);
  const total = cachedStatement(db, `SELECT count(*) FROM entries e WHERE ${where.sql}`).pluck().get(...where.params) as number;
  const cursor = decodeCursor(cursorText, ['day']);
  const after = cursor?.kind === 'day' ? ' AND (e.day, e.seq) < (?, ?)' : '';
  const params = cursor?.kind === 'day' ? [...where.params, cursor.day, cursor.seq] : where.params;
  const rows = cachedStatement(
    db,
    `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql}${after} ORDER BY e.day DESC, e.seq DESC LIMIT ?`,
  ).all(...params, limit + 1) as EntryRow[];
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: entriesFromRows(db, page),
    total,
    nextCursor: more && last ? encodeCursor({ kind: 'day', day: last.day, seq: last.seq }) : null,
    terms: plan.query.terms,
  };
}

/** Does an entry's text satisfy the query's text terms? The same substring rule as the index, for the unindexed trash. */
function textMatches(entry: { title: string; body: string; tags: string[] }, query: ParsedQuery): boolean {
  const haystack = [entry.title, entry.body, ...entry.tags].map(normalizeText);
  const has = (term: string): boolean => haystack.some((field) => field.includes(term));
  return query.include.every(has) && !query.exclude.some(has);
}

/** Trash entries matching the filter and the text terms. The trash is not indexed; it is small, so it is scanned. */
function trashMatches(db: Database, plan: Plan, ignorePillars = false): { row: EntryRow; entry: Entry }[] {
  const where = entriesWhere(plan, { ignorePillars });
  const rows = cachedStatement(db, `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql} ORDER BY e.day DESC, e.seq DESC`).all(
    ...where.params,
  ) as EntryRow[];
  const entries = entriesFromRows(db, rows);
  return rows.map((row, i) => ({ row, entry: entries[i]! })).filter(({ entry }) => textMatches(entry, plan.query));
}

function listTrashByText(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const matching = trashMatches(db, plan);
  const cursor = decodeCursor(cursorText, ['day']);
  const start =
    cursor?.kind === 'day'
      ? matching.findIndex(({ row }) => row.day < cursor.day || (row.day === cursor.day && row.seq < cursor.seq))
      : 0;
  const page = start === -1 ? [] : matching.slice(start, start + limit);
  const last = page.at(-1);
  const more = start !== -1 && start + limit < matching.length;
  return {
    entries: withSnippets(page.map((m) => m.entry), plan.query.terms),
    total: matching.length,
    nextCursor: more && last ? encodeCursor({ kind: 'day', day: last.row.day, seq: last.row.seq }) : null,
    terms: plan.query.terms,
  };
}

// ---- the index path --------------------------------------------------------

/** The two index tables (see search/schema.ts). */
type IndexTable = 'search_text' | 'search_chars';

/** Matching live entries in one index table, with everything that narrows them. */
interface IndexSource {
  /** The table whose MATCH leads: search_text, unless the query's only positive text terms are single characters. */
  table: IndexTable;
  /** The MATCH expression on `table`: its positive terms, tags and pillars, minus its excluded ones. */
  match: string;
  /** The positive words restricted to title and tags, for the first group of results; null without words. */
  titleTerms: string | null;
  /** ` AND …` conditions after the MATCH (day range, the other table's terms), and their parameters. */
  conds: string;
  params: Param[];
}

const pillarTokens = (mask: number, token: (index: number) => string): string[] =>
  PILLARS.flatMap((_, i) => ((mask & (1 << i)) !== 0 ? [ftsString(token(i))] : []));
/** A pillar choice as an expression on either table. */
const pillarExpression = (table: IndexTable, mask: number): string =>
  table === 'search_text' ? `{meta} : ${or(pillarTokens(mask, pillarToken))}` : or(pillarTokens(mask, charsPillarToken));
const EVERY: Record<IndexTable, string> = { search_text: ftsString(EVERY_ENTRY), search_chars: ftsString(CHARS_EVERY_ENTRY) };
const tagExpression = (tag: string): string => `{tags} : ${ftsString(tagToken(normalizeText(tag)))}`;

/** What a query asks of one table. */
interface TableTerms {
  positive: string[];
  negative: string[];
}

/** `positive` minus `negative` as one MATCH expression; FTS5 has no "everything except", so that starts from every entry. */
function matchExpression(table: IndexTable, terms: TableTerms): string {
  const all = and(terms.positive.length ? terms.positive : [EVERY[table]]);
  return terms.negative.length ? `(${all}) NOT ${or(terms.negative)}` : all;
}

/**
 * Where each single-character term goes. Without other text terms, all of
 * them go to search_chars, which then answers the query alone. Beside other
 * text terms, each joins search_text's MATCH when it can (charInText), so
 * the query stays one MATCH; only a character that begins too many trigrams
 * is looked up in search_chars, and the two tables are intersected.
 * null when a required character occurs nowhere.
 */
function placeChars(db: Database, inc: readonly string[], ex: readonly string[], text: TableTerms): TableTerms | null {
  const chars: TableTerms = { positive: [], negative: [] };
  const textHasTerms = text.positive.length > 0 || text.negative.length > 0;
  for (const [terms, sign] of [
    [inc, 'positive'],
    [ex, 'negative'],
  ] as const) {
    for (const char of terms) {
      const inText = textHasTerms ? charInText(db, char) : 'many';
      if (inText === 'none') {
        if (sign === 'positive') return null;
      } else if (inText === 'many') chars[sign].push(ftsString(char));
      else text[sign].push(inText);
    }
  }
  return chars;
}

/** null when some positive term occurs nowhere, so nothing can match. */
function indexSource(db: Database, plan: Plan, options: { ignorePillars?: boolean } = {}): IndexSource | null {
  const inc = termExpressions(db, plan.query.include);
  if (inc.missing > 0) return null;
  const ex = termExpressions(db, plan.query.exclude);
  const text: TableTerms = { positive: [...inc.words, ...plan.tags.map(tagExpression)], negative: [...ex.words, ...plan.excludeTags.map(tagExpression)] };
  const chars = placeChars(db, inc.chars, ex.chars, text);
  if (!chars) return null;
  // The table with positive terms leads; the other narrows it by rowid.
  const textLeads = text.positive.length > 0 || (chars.positive.length === 0 && text.negative.length > 0);
  const table: IndexTable = textLeads ? 'search_text' : 'search_chars';
  const [lead, other] = textLeads ? [text, chars] : [chars, text];
  const otherTable: IndexTable = textLeads ? 'search_chars' : 'search_text';
  // Pillars are tokens in both tables: they go with the leading one.
  if (!options.ignorePillars) lead.positive.push(...plan.pillarMasks.map((mask) => pillarExpression(table, mask)));
  if (plan.excludePillarMask) lead.negative.push(pillarExpression(table, plan.excludePillarMask));

  const conds: string[] = [];
  const params: Param[] = [];
  if (plan.from || plan.to) {
    const range = keyRange(plan.from, plan.to);
    conds.push(`${table}.rowid BETWEEN ? AND ?`);
    params.push(range.low, range.high);
  }
  if (other.positive.length || other.negative.length) {
    // The unary + keeps SQLite from handing the IN list to FTS5 as rowid
    // lookups (one MATCH per rowid); the subquery is read once instead.
    const inOrNot = other.positive.length ? 'IN' : 'NOT IN';
    conds.push(`+${table}.rowid ${inOrNot} (SELECT rowid FROM ${otherTable} WHERE ${otherTable} MATCH ?)`);
    params.push(other.positive.length ? matchExpression(otherTable, other) : or(other.negative));
  }
  return {
    table,
    match: matchExpression(table, lead),
    titleTerms: inc.words.length ? inTitleOrTags(or(inc.words)) : null,
    conds: conds.map((c) => ` AND ${c}`).join(''),
    params,
  };
}

function countMatches(db: Database, source: IndexSource, match: string): number {
  return cachedStatement(db, `SELECT count(*) FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds}`)
    .pluck()
    .get(match, ...source.params) as number;
}

/** Keys by bm25, skipping `offset`. */
function keysByRank(db: Database, source: IndexSource, limit: number, offset: number): number[] {
  return cachedStatement(db, `SELECT rowid FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds} ORDER BY rank, rowid DESC LIMIT ? OFFSET ?`)
    .pluck()
    .all(source.match, ...source.params, limit, offset) as number[];
}

/** Keys newest first, below `beforeKey` when given. */
function keysByNewest(db: Database, source: IndexSource, match: string, beforeKey: number | null, limit: number): number[] {
  const before = beforeKey === null ? '' : ` AND ${source.table}.rowid < ?`;
  const params = beforeKey === null ? source.params : [...source.params, beforeKey];
  return cachedStatement(db, `SELECT rowid FROM ${source.table} WHERE ${source.table} MATCH ?${source.conds}${before} ORDER BY rowid DESC LIMIT ?`)
    .pluck()
    .all(match, ...params, limit) as number[];
}

interface KeyPage {
  keys: number[];
  next: Cursor | null;
}

/** Newest first with a day cursor: no positive text terms. */
function newestPage(db: Database, source: IndexSource, cursor: Cursor | null, limit: number): KeyPage {
  const before = cursor?.kind === 'day' ? indexKey(cursor.day, cursor.seq) : null;
  const keys = keysByNewest(db, source, source.match, before, limit + 1);
  const more = keys.length > limit;
  keys.length = Math.min(keys.length, limit);
  return { keys, next: more ? { kind: 'day', ...keyToDaySeq(keys.at(-1)!) } : null };
}

/** Title-and-tag hits newest first, then the other matches newest first. */
function groupedPage(db: Database, source: IndexSource, titleTerms: string, cursor: Cursor | null, limit: number): KeyPage {
  const groups = [`(${source.match}) AND ${titleTerms}`, `(${source.match}) NOT ${titleTerms}`] as const;
  let group: 1 | 2 = cursor?.kind === 'group' ? cursor.group : 1;
  let after = cursor?.kind === 'group' ? cursor.afterKey : null;
  const keys: number[] = [];
  for (;;) {
    const want = limit - keys.length;
    const found = keysByNewest(db, source, group === 1 ? groups[0] : groups[1], after, want + 1);
    const more = found.length > want;
    keys.push(...found.slice(0, want));
    if (more) return { keys, next: { kind: 'group', group, afterKey: keys.at(-1)! } };
    if (group === 2) return { keys, next: null };
    group = 2;
    after = null;
    if (keys.length === limit) {
      // The first group ended exactly here; the second may still have entries.
      return keysByNewest(db, source, groups[1], null, 1).length ? { keys, next: { kind: 'group', group: 2, afterKey: null } } : { keys, next: null };
    }
  }
}

function listByIndex(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number, order: ListRequest['order']): EntryPage {
  const source = indexSource(db, plan);
  const terms = plan.query.terms;
  if (!source) {
    decodeCursor(cursorText, ['day', 'rank', 'group']);
    return { entries: [], total: 0, nextCursor: null, terms };
  }
  const total = countMatches(db, source, source.match);
  let page: KeyPage;
  if (source.titleTerms === null || order === 'newest') {
    page = newestPage(db, source, decodeCursor(cursorText, ['day']), limit);
  } else {
    const cursor = decodeCursor(cursorText, ['rank', 'group']);
    if (cursor?.kind === 'rank' || (!cursor && total <= RANK_ALL)) {
      const offset = cursor?.kind === 'rank' ? cursor.offset : 0;
      const keys = keysByRank(db, source, limit, offset);
      page = { keys, next: keys.length === limit && offset + limit < total ? { kind: 'rank', offset: offset + limit } : null };
    } else {
      page = groupedPage(db, source, source.titleTerms, cursor, limit);
    }
  }
  const entries = entriesBySeq(db, page.keys.map(seqOfKey));
  return {
    entries: withSnippets(entries, terms),
    total,
    nextCursor: page.next ? encodeCursor(page.next) : null,
    terms,
  };
}

// ---- entry points ----------------------------------------------------------

/** The index answers text and tag filters; the entries table everything else, and the (unindexed) trash. */
function usesIndex(plan: Plan): boolean {
  return !plan.trash && (hasText(plan) || plan.tags.length > 0 || plan.excludeTags.length > 0);
}

export function listEntries(db: Database, request: ListRequest): EntryPage {
  const plan = makePlan(request.filter);
  const limit = pageLimit(request.limit);
  if (plan.trash && hasText(plan)) return listTrashByText(db, plan, request.cursor, limit);
  if (usesIndex(plan)) return listByIndex(db, plan, request.cursor, limit, request.order);
  return listByDay(db, plan, request.cursor, limit);
}

const EMPTY_COUNTS: PillarCounts = { culture: 0, automation: 0, measurement: 0, sharing: 0 };
const PILLAR_SUMS = PILLARS.map((p, i) => `coalesce(sum((e.pillars & ${1 << i}) != 0), 0) AS ${p}`).join(', ');

/** Entries per pillar under the filter with its pillar choice (in the filter and in the query) left out. */
export function countByPillar(db: Database, filter: ListFilter): PillarCounts {
  const plan = makePlan(filter);
  if (plan.trash && hasText(plan)) {
    const counts = { ...EMPTY_COUNTS };
    for (const { entry } of trashMatches(db, plan, true)) for (const p of entry.pillars) counts[p]++;
    return counts;
  }
  let row: PillarCounts;
  if (usesIndex(plan)) {
    const source = indexSource(db, plan, { ignorePillars: true });
    if (!source) return { ...EMPTY_COUNTS };
    // The covering index answers pillars per match without reading the entry's row.
    row = cachedStatement(
      db,
      `SELECT ${PILLAR_SUMS} FROM ${source.table} JOIN entries e INDEXED BY entries_search_cover ON e.seq = ${source.table}.rowid ${SEQ_OF_KEY}
       WHERE ${source.table} MATCH ?${source.conds}`,
    ).get(source.match, ...source.params) as PillarCounts;
  } else {
    const where = entriesWhere(plan, { ignorePillars: true });
    row = cachedStatement(db, `SELECT ${PILLAR_SUMS} FROM entries e WHERE ${where.sql}`).get(...where.params) as PillarCounts;
  }
  return { culture: row.culture, automation: row.automation, measurement: row.measurement, sharing: row.sharing };
}
