// A plan as one FTS5 MATCH over search_text (see search/schema.ts): its
// expression and the conditions that narrow it. Both the index path and the
// pillar counts read matches through it.
import { PILLARS } from '../common/model';
import { and, inTitleOrTags, or, termExpression } from '../search/fts';
import { codePointLength, EVERY_ENTRY, ftsString, keyRange, normalizeText, pillarToken, queryTokens, searchForm, tagToken } from '../search/text';
import type { WordsStarting } from '../search/vocabulary';
import type { Param, Plan } from './plan';

/** Matching live entries in the index, with everything that narrows them. */
export interface IndexSource {
  /** The table the MATCH is on. */
  table: 'search_text';
  /** The MATCH expression: its positive terms, tags and pillars, minus its excluded ones. */
  match: string;
  /** The positive words restricted to title and tags, for the first group of results; null without words. */
  titleTerms: string | null;
  /** ` AND …` conditions after the MATCH (the day range), and their parameters. */
  conds: string;
  params: Param[];
}

/**
 * A bound index key in a rowid condition. better-sqlite3 binds a JS number as
 * a REAL, and FTS5 takes a rowid bound only when it is an INTEGER: with a
 * REAL it reads the whole doclist and SQLite drops the rows outside after
 * (a month of a common phrase: 6.4 ms instead of 0.14 at 100,000 entries).
 */
export const KEY_PARAM = 'CAST(? AS INTEGER)';

/** A pillar choice: any of the pillars in `mask`. */
const pillarExpression = (mask: number): string =>
  or(PILLARS.flatMap((_, i) => ((mask & (1 << i)) !== 0 ? [ftsString(pillarToken(i))] : [])));
/** Exactly the tag: the phrase of the whole line it is on. */
const tagExpression = (tag: string): string => `{tags} : ${ftsString(queryTokens(searchForm(tagToken(normalizeText(tag))), true).tokens.join(' '))}`;

/** `positive` minus `negative` as one MATCH expression; FTS5 has no "everything except", so that starts from every entry. */
function matchExpression(positive: readonly string[], negative: readonly string[]): string {
  const all = and(positive.length ? positive : [ftsString(EVERY_ENTRY)]);
  return negative.length ? `(${all}) NOT ${or(negative)}` : all;
}

/**
 * The query as one MATCH; null when it cannot match anything. `words` (the
 * index's words by prefix, search/vocabulary.ts) turns a term's final English
 * prefix, or a one-syllable term, into the words it begins.
 */
export function indexSource(plan: Plan, options: { ignorePillars?: boolean; words?: WordsStarting } = {}): IndexSource | null {
  const { include, alternatives, exclude } = plan.query;
  // wordsStarting keeps each prefix's words per connection, so a term and its title form read them once.
  const { words } = options;
  // Each included term is an OR group of what satisfies it (fts.ts termExpression).
  const groups = include.map((term, i) => ({ term, expr: termExpression(term, alternatives[i], { words }) }));
  const terms = groups.flatMap((g) => g.expr ?? []);
  // Single characters match too widely to rank by: a query of only those lists newest first.
  const ranked = include.flatMap((term, i) => {
    const inTitle = codePointLength(searchForm(term)) > 1 ? termExpression(term, alternatives[i], { choseong: false, words }) : null;
    return inTitle === null ? [] : [inTitle];
  });
  const positive = [...terms, ...plan.tags.map(tagExpression)];
  const negative = [...exclude.flatMap((term) => termExpression(term, [], { words }) ?? []), ...plan.excludeTags.map(tagExpression)];
  if (!options.ignorePillars) positive.push(...plan.pillarMasks.map(pillarExpression));
  if (plan.excludePillarMask) negative.push(pillarExpression(plan.excludePillarMask));

  const conds: string[] = [];
  const params: Param[] = [];
  if (plan.from || plan.to) {
    const range = keyRange(plan.from, plan.to);
    conds.push(`search_text.rowid BETWEEN ${KEY_PARAM} AND ${KEY_PARAM}`);
    params.push(range.low, range.high);
  }
  return {
    table: 'search_text',
    match: matchExpression(positive, negative),
    titleTerms: ranked.length ? inTitleOrTags(or(ranked)) : null,
    conds: conds.map((c) => ` AND ${c}`).join(''),
    params,
  };
}
