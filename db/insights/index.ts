// Insights and reviews: what the journal measures back to its writer. They
// take a connection, not a Journal, so a reader thread can call them on a
// read-only connection.
import type { Database } from 'better-sqlite3';
import type { Insights, Review } from '../common/model';
import { localToday } from '../rows';
import { heatmap } from './heatmap';
import { quietestPillar } from './quietest';
import { resolveRange } from './range';
import { review as reviewPeriod } from './review';
import { streaks } from './streaks';
import { topTags } from './tags';
import { weekly } from './weeks';

/**
 * Figures for `from`..`to` (default: the 365 days up to today). Streaks look
 * at all history up to `to`: a long streak is not cut short by the range.
 */
export function insights(db: Database, range: { from?: string; to?: string }, today: string = localToday()): Insights {
  const { from, to } = resolveRange(range, today);
  return {
    from,
    to,
    heatmap: heatmap(db, { from, to }),
    // A range reaching into the future measures the streak today.
    streaks: streaks(db, { to: to < today ? to : today }),
    weekly: weekly(db, { from, to }),
    topTags: topTags(db, { from, to }),
    quietestPillar: quietestPillar(db, to),
  };
}

/** A review of an ISO week (`{ week: '2026-W47' }`) or a month (`{ month: '2026-11' }`) in markdown. */
export function review(db: Database, period: { week: string } | { month: string }, today: string = localToday()): Review {
  return reviewPeriod(db, period, today);
}
