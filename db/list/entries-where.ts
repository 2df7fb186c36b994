// A plan as SQL conditions on the entries table: shared by the day path, the
// trash scan and the pillar counts, which all read `entries e` directly.
import type { Param, Plan } from './plan';

/** Conditions on `entries e`: trash or live, pillars, day range, tags. */
export function entriesWhere(plan: Plan, options: { ignorePillars?: boolean } = {}): { sql: string; params: Param[] } {
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
