// The pillar that got the least attention lately: a gentle nudge, not a score.
import type { Database } from 'better-sqlite3';
import { PILLARS, type Pillar, type PillarCounts } from '../common/model';
import { addDays } from '../common/calendar';
import { pillarCounts, queriesFor } from './queries';

export const QUIET_WINDOW_DAYS = 30;

/** Entries per pillar in the 30 days ending on `to`. */
export function recentPillarCounts(db: Database, to: string): { total: number; counts: PillarCounts } {
  const row = queriesFor(db).pillarTotals.get(addDays(to, -(QUIET_WINDOW_DAYS - 1)), to);
  return { total: row?.count ?? 0, counts: pillarCounts(row) };
}

/**
 * The pillar with the fewest entries in the 30 days ending on `to` (the first
 * in CAMS order on a tie); null when nothing was written in those days, since
 * then no pillar is quieter than another.
 */
export function quietestPillar(db: Database, to: string): { pillar: Pillar; count: number } | null {
  const { total, counts } = recentPillarCounts(db, to);
  if (total === 0) return null;
  let quietest: Pillar = PILLARS[0];
  for (const p of PILLARS) if (counts[p] < counts[quietest]) quietest = p;
  return { pillar: quietest, count: counts[quietest] };
}
