// Entries per day, with per-pillar counts: the calendar heatmap.
import type { Database } from 'better-sqlite3';
import type { HeatmapDay } from '../common/model';
import { pillarCounts, queriesFor } from './queries';
import type { DayRange } from './range';

/** Only days with at least one entry, oldest first; the view fills the gaps. */
export function heatmap(db: Database, { from, to }: DayRange): HeatmapDay[] {
  return queriesFor(db)
    .heatmap.all(from, to)
    .map((row) => ({ day: row.day, count: row.count, pillars: pillarCounts(row) }));
}
