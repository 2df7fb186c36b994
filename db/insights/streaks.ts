// Streaks: runs of consecutive days with at least one entry.
import type { Database } from 'better-sqlite3';
import type { Streaks } from '../common/model';
import { queriesFor } from './queries';

/**
 * `current`: the run that ends on `to` or the day before (a streak is not
 * broken until a whole day has passed without an entry); it may have begun
 * before `from`. `longest`: the longest run within `from`..`to` (a run that
 * began earlier counts from `from`), the most recent one on a tie.
 */
export function streaks(db: Database, range: { from?: string; to: string }): Streaks {
  return streaksWithin(db, { from: range.from ?? '0000-01-01', to: range.to }).inRange;
}

/** Both figures at once: streaks within `from`..`to`, and over all days up to `to`. */
export function streaksWithin(db: Database, range: { from: string; to: string }): { inRange: Streaks; ever: Streaks } {
  const row = queriesFor(db).streaks.get(range);
  const current = row?.current ?? 0;
  return {
    inRange: { current, longest: row?.longest ?? 0, longestEnd: row?.longestEnd ?? null },
    ever: { current, longest: row?.longestEver ?? 0, longestEnd: row?.longestEverEnd ?? null },
  };
}
