// The pillar that got the least attention lately: a gentle nudge, not a score.
import type { Database } from 'better-sqlite3';
import { PILLARS, type Pillar, type PillarCounts } from '../common/model';
import { addDays } from '../common/calendar';
import { pillarCounts, queriesFor } from './queries';

export const QUIET_WINDOW_DAYS = 30;
/**
 * A pillar is "clearly behind" below this share of the mean per pillar: with
 * 31.0k against 31.2k/31.2k/31.4k nothing is behind; with 1 against 2/2/2 it is.
 */
export const QUIET_SHARE_OF_MEAN = 0.6;

/** Entries per pillar in the 30 days ending on `to`. */
export function recentPillarCounts(db: Database, to: string): { total: number; counts: PillarCounts } {
  const row = queriesFor(db).pillarTotals.get(addDays(to, -(QUIET_WINDOW_DAYS - 1)), to);
  return { total: row?.count ?? 0, counts: pillarCounts(row) };
}

/**
 * The pillar with the fewest entries (the first in CAMS order on a tie), only
 * when it is clearly behind the others: below QUIET_SHARE_OF_MEAN of the mean.
 * Null when the pillars are balanced or nothing was written.
 */
export function quietPillarOf(counts: PillarCounts): { pillar: Pillar; count: number } | null {
  const mean = PILLARS.reduce((sum, p) => sum + counts[p], 0) / PILLARS.length;
  if (mean === 0) return null;
  let quietest: Pillar = PILLARS[0];
  for (const p of PILLARS) if (counts[p] < counts[quietest]) quietest = p;
  return counts[quietest] < mean * QUIET_SHARE_OF_MEAN ? { pillar: quietest, count: counts[quietest] } : null;
}

/** The quiet pillar (see quietPillarOf) of the 30 days ending on `to`. */
export function quietestPillar(db: Database, to: string): { pillar: Pillar; count: number } | null {
  const { total, counts } = recentPillarCounts(db, to);
  if (total === 0) return null;
  return quietPillarOf(counts);
}
