// A list filter and its text query merged into one set of constraints, so
// both list paths and the pillar counts read a single shape.
import type { ListFilter } from '../common/model';
import { normalizeTags } from '../common/tags';
import { pillarsToMask } from '../rows';
import { parseQuery, type ParsedQuery, type QueryOptions } from '../search/query';

/** A value bound to a list query. */
export type Param = string | number;

/** A filter with its query parsed and merged into one set of constraints. */
export interface Plan {
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

export function makePlan(filter: ListFilter, options: QueryOptions = {}): Plan {
  const query = parseQuery(filter.query ?? '', options);
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

export const hasText = (plan: Plan): boolean => plan.query.include.length + plan.query.exclude.length > 0;

/** The index answers text and tag filters; the entries table everything else, and the (unindexed) trash. */
export function usesIndex(plan: Plan): boolean {
  return !plan.trash && (hasText(plan) || plan.tags.length > 0 || plan.excludeTags.length > 0);
}
