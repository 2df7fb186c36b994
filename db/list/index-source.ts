// A plan as one FTS5 MATCH over the index tables (see search/schema.ts):
// which table leads, its expression, and the conditions that narrow it.
// Both the index path and the pillar counts read matches through it.
import type { Database } from 'better-sqlite3';
import { PILLARS } from '../common/model';
import { and, charInText, inTitleOrTags, or, termExpressions } from '../search/fts';
import { CHARS_EVERY_ENTRY, charsPillarToken, EVERY_ENTRY, ftsString, keyRange, normalizeText, pillarToken, tagToken } from '../search/text';
import type { Param, Plan } from './plan';

/** The two index tables (see search/schema.ts). */
export type IndexTable = 'search_text' | 'search_chars';

/** Matching live entries in one index table, with everything that narrows them. */
export interface IndexSource {
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
      else text[sign].push(inText.expression);
    }
  }
  return chars;
}

/** null when some positive term occurs nowhere, so nothing can match. */
export function indexSource(db: Database, plan: Plan, options: { ignorePillars?: boolean } = {}): IndexSource | null {
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
