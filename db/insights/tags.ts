// The tags used most within a range.
import type { Database } from 'better-sqlite3';
import type { TagCount } from '../common/model';
import { queriesFor } from './queries';
import type { DayRange } from './range';

export const TOP_TAGS = 20;

/** Tags by the number of live entries carrying them, ties in tag order. */
export function topTags(db: Database, { from, to }: DayRange, limit = TOP_TAGS): TagCount[] {
  return queriesFor(db).topTags.all(from, to, limit);
}
