// Listing and counting entries under a filter: structural filters (pillars,
// tags, day range, trash) combined with a text query in the Pileup syntax.
//
// Without text to find, the list is newest day first with a keyset cursor.
// With text, entries are ranked by bm25 over the search index (title weighted
// highest) and paged by offset; each item carries a snippet.
import type { Database } from 'better-sqlite3';
import { PileupError } from './errors';
import type { Journal } from './journal';
import { PILLARS, type EntryListItem, type EntryPage, type ListFilter, type Pillar, type PillarCounts } from './model';
import { ENTRY_COLUMNS, entriesFromRows, normalizeTags, pillarsToMask, type EntryRow } from './rows';
import { parseQuery, type ParsedQuery } from './search/query';
import { makeSnippet } from './search/snippet';
import { cachedStatement } from './search/statements';
import { codePointLength, ftsString, normalizeText, TRIGRAM_MIN } from './search/text';

export interface ListRequest {
  filter: ListFilter;
  cursor?: string | null;
  limit: number;
}

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
    excludeTags: query.excludeTags.filter((t) => !tags.includes(t)),
    from,
    to,
    query,
  };
}

type Param = string | number;

interface Where {
  sql: string;
  params: Param[];
}

/** Splits terms between the trigram index (3+ characters) and the short-token index. */
function ftsExpressions(terms: readonly string[]): { text: string | null; short: string | null } {
  const long = terms.filter((t) => codePointLength(t) >= TRIGRAM_MIN).map(ftsString);
  const short = terms.filter((t) => codePointLength(t) < TRIGRAM_MIN).map(ftsString);
  return { text: long.length ? long.join(' AND ') : null, short: short.length ? short.join(' AND ') : null };
}

/** Conditions on `entries e` for everything but the positive text terms. */
function structuralWhere(plan: Plan, options: { ignorePillars?: boolean; textExclusions: boolean }): Where {
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
  if (options.textExclusions) {
    const ex = ftsExpressions(plan.query.exclude);
    if (ex.text) {
      conds.push('e.seq NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)');
      params.push(ex.text);
    }
    if (ex.short) {
      conds.push('e.seq NOT IN (SELECT rowid FROM search_short WHERE search_short MATCH ?)');
      params.push(ex.short);
    }
  }
  return { sql: conds.join(' AND '), params };
}

// ---- cursors ---------------------------------------------------------------

type Cursor = { kind: 'day'; day: string; seq: number } | { kind: 'rank'; offset: number };

function encodeCursor(cursor: Cursor): string {
  const raw = cursor.kind === 'day' ? ['d', cursor.day, cursor.seq] : ['r', cursor.offset];
  return Buffer.from(JSON.stringify(raw), 'utf8').toString('base64url');
}

function badCursor(): never {
  throw new PileupError('invalid_input', 'The page cursor is not valid for this list; start again from the first page.');
}

function decodeCursor(text: string | null | undefined, kind: Cursor['kind']): Cursor | null {
  if (text === null || text === undefined || text === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return badCursor();
  }
  if (!Array.isArray(raw)) return badCursor();
  if (kind === 'day' && raw.length === 3 && raw[0] === 'd' && typeof raw[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw[1])
    && Number.isSafeInteger(raw[2])) {
    return { kind, day: raw[1], seq: raw[2] as number };
  }
  if (kind === 'rank' && raw.length === 2 && raw[0] === 'r' && Number.isSafeInteger(raw[1]) && (raw[1] as number) >= 0) {
    return { kind, offset: raw[1] as number };
  }
  return badCursor();
}

// ---- listing ---------------------------------------------------------------

function pageLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 50;
}

function withSnippets(entries: EntryListItem[], terms: readonly string[]): EntryListItem[] {
  if (terms.length === 0) return entries;
  return entries.map((entry) => ({ ...entry, snippet: makeSnippet(entry.body, terms) }));
}

/** Newest day first, keyset-paged. Handles exclusion-only text queries too. */
function listByDay(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const where = structuralWhere(plan, { textExclusions: true });
  const total = (cachedStatement(db, `SELECT count(*) AS n FROM entries e WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const cursor = decodeCursor(cursorText, 'day');
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

/** The FROM/WHERE that yields every live entry matching all positive terms and the structural filters. */
function rankedSource(plan: Plan): { from: string; where: Where; rank: string } {
  const inc = ftsExpressions(plan.query.include);
  const structural = structuralWhere(plan, { textExclusions: true });
  const driver = inc.text !== null ? 'search_text' : 'search_short';
  const conds = [`${driver} MATCH ?`, structural.sql];
  const params: Param[] = [inc.text ?? inc.short ?? '', ...structural.params];
  if (inc.text !== null && inc.short !== null) {
    conds.push('e.seq IN (SELECT rowid FROM search_short WHERE search_short MATCH ?)');
    params.push(inc.short);
  }
  return {
    from: `${driver} JOIN entries e ON e.seq = ${driver}.rowid`,
    where: { sql: conds.join(' AND '), params },
    rank: `${driver}.rank`,
  };
}

function listRanked(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const cursor = decodeCursor(cursorText, 'rank');
  const offset = cursor?.kind === 'rank' ? cursor.offset : 0;
  const source = rankedSource(plan);
  const total = (
    cachedStatement(db, `SELECT count(*) AS n FROM ${source.from} WHERE ${source.where.sql}`).get(...source.where.params) as { n: number }
  ).n;
  const seqs = (
    cachedStatement(
      db,
      `SELECT e.seq AS seq FROM ${source.from} WHERE ${source.where.sql} ORDER BY ${source.rank}, e.seq DESC LIMIT ? OFFSET ?`,
    ).all(...source.where.params, limit, offset) as { seq: number }[]
  ).map((r) => r.seq);
  const entries = entriesBySeq(db, seqs);
  return {
    entries: withSnippets(entries, plan.query.terms),
    total,
    nextCursor: offset + seqs.length < total && seqs.length > 0 ? encodeCursor({ kind: 'rank', offset: offset + seqs.length }) : null,
    terms: plan.query.terms,
  };
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

/** Does an entry's text satisfy the query's text terms? The same substring rule as the index, for the unindexed trash. */
function textMatches(entry: { title: string; body: string; tags: string[] }, query: ParsedQuery): boolean {
  const haystack = [entry.title, entry.body, ...entry.tags].map(normalizeText);
  const has = (term: string): boolean => haystack.some((field) => field.includes(term));
  return query.include.every(has) && !query.exclude.some(has);
}

/** The trash is not in the search index; it is small, so text queries scan it. */
function listTrashByText(db: Database, plan: Plan, cursorText: string | null | undefined, limit: number): EntryPage {
  const where = structuralWhere(plan, { textExclusions: false });
  const rows = cachedStatement(db, `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql} ORDER BY e.day DESC, e.seq DESC`).all(
    ...where.params,
  ) as EntryRow[];
  const entries = entriesFromRows(db, rows);
  const matching = rows.map((row, i) => ({ row, entry: entries[i]! })).filter(({ entry }) => textMatches(entry, plan.query));
  const cursor = decodeCursor(cursorText, 'day');
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

export function listEntries(journal: Journal, request: ListRequest): EntryPage {
  const plan = makePlan(request.filter);
  const limit = pageLimit(request.limit);
  const hasText = plan.query.include.length + plan.query.exclude.length > 0;
  if (plan.trash && hasText) return listTrashByText(journal.db, plan, request.cursor, limit);
  if (plan.query.include.length > 0) return listRanked(journal.db, plan, request.cursor, limit);
  return listByDay(journal.db, plan, request.cursor, limit);
}

// ---- counting --------------------------------------------------------------

/** Entries per pillar under the filter with its pillar choice (in the filter and in the query) left out. */
export function countByPillar(journal: Journal, filter: ListFilter): PillarCounts {
  const db = journal.db;
  const plan = makePlan(filter);
  const sums = PILLARS.map((_, i) => `coalesce(sum((e.pillars & ${1 << i}) != 0), 0) AS ${PILLARS[i]!}`).join(', ');
  let row: Record<Pillar, number>;
  if (plan.trash && plan.query.include.length + plan.query.exclude.length > 0) {
    const where = structuralWhere(plan, { ignorePillars: true, textExclusions: false });
    const rows = cachedStatement(db, `SELECT ${ENTRY_COLUMNS} FROM entries e WHERE ${where.sql}`).all(...where.params) as EntryRow[];
    const counts: PillarCounts = { culture: 0, automation: 0, measurement: 0, sharing: 0 };
    entriesFromRows(db, rows)
      .filter((entry) => textMatches(entry, plan.query))
      .forEach((entry) => entry.pillars.forEach((p) => counts[p]++));
    return counts;
  }
  const unpillared: Plan = { ...plan, pillarMasks: [] };
  if (plan.query.include.length > 0) {
    const source = rankedSource(unpillared);
    row = cachedStatement(db, `SELECT ${sums} FROM ${source.from} WHERE ${source.where.sql}`).get(...source.where.params) as Record<
      Pillar,
      number
    >;
  } else {
    const where = structuralWhere(unpillared, { textExclusions: true });
    row = cachedStatement(db, `SELECT ${sums} FROM entries e WHERE ${where.sql}`).get(...where.params) as Record<Pillar, number>;
  }
  return { culture: row.culture, automation: row.automation, measurement: row.measurement, sharing: row.sharing };
}
