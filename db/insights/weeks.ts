// Entries per pillar per ISO week (Monday start).
import type { Database } from 'better-sqlite3';
import type { WeekPillarCounts } from '../common/model';
import { addDays, isoWeekOf, mondayOf } from '../common/calendar';
import { pillarCounts, queriesFor, type WeekRow } from './queries';
import type { DayRange } from './range';

/**
 * Every ISO week that overlaps `from`..`to`, oldest first, empty weeks
 * included so a chart's time axis has no holes. Only entries inside the
 * range are counted, so the first and last weeks may be partial.
 */
export function weekly(db: Database, { from, to }: DayRange): WeekPillarCounts[] {
  const byStart = new Map<string, WeekRow>();
  for (const row of queriesFor(db).weekly.all(from, to)) byStart.set(row.start, row);
  const weeks: WeekPillarCounts[] = [];
  for (let start = mondayOf(from); start <= to; start = addDays(start, 7)) {
    weeks.push({ week: isoWeekOf(start), start, counts: pillarCounts(byStart.get(start)) });
  }
  return weeks;
}
