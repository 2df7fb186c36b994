// Pure geometry and scales for the insights charts: unit-tested without a DOM.
import type { HeatmapDay, PillarCounts, WeekPillarCounts } from '../../db/common/model';
import { PILLARS, type Pillar } from '../../db/common/model';
import { addDays, daysBetween, isoWeekday, mondayOf } from '../../db/common/calendar';

export interface HeatCell {
  day: string;
  /** Week column, 0 = the week of `from`. */
  col: number;
  /** 0 = Monday … 6 = Sunday. */
  row: number;
  count: number;
  pillars: PillarCounts;
  /** 0 (none) … 4 (busiest). */
  level: number;
}

export interface HeatGrid {
  columns: number;
  cells: HeatCell[];
  /** The first column of each month (`YYYY-MM`) whose first day falls in the grid. */
  months: { col: number; month: string }[];
  /** Upper bounds of levels 1–3 (level 4 is above the last). */
  thresholds: number[];
}

const NO_PILLARS: PillarCounts = { culture: 0, automation: 0, measurement: 0, sharing: 0 };

/**
 * Levels by quartiles of the days that have entries, so one very busy day
 * does not wash out the rest; with four or fewer entries a day, a level is
 * simply the count.
 */
export function levelThresholds(counts: readonly number[]): number[] {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => a - b);
  const max = sorted.at(-1) ?? 0;
  if (max <= 4) return [1, 2, 3];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const t1 = at(0.25);
  const t2 = Math.max(at(0.5), t1 + 1);
  const t3 = Math.max(at(0.75), t2 + 1);
  return [t1, t2, t3];
}

export function levelOf(count: number, thresholds: readonly number[]): number {
  if (count <= 0) return 0;
  const index = thresholds.findIndex((t) => count <= t);
  return index === -1 ? 4 : index + 1;
}

/** What each level stands for: `['0', '1', '2', '3', '4+']` or `['0', '1–2', '3–5', '6–13', '14+']`. */
export function levelRanges(thresholds: readonly number[]): string[] {
  const ranges = ['0'];
  let low = 1;
  for (const high of thresholds) {
    ranges.push(high > low ? `${low}–${high}` : String(low));
    low = high + 1;
  }
  ranges.push(`${low}+`);
  return ranges;
}

/** Every day from `from` to `to`, laid out in Monday-first week columns. */
export function heatGrid(days: readonly HeatmapDay[], from: string, to: string): HeatGrid {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const thresholds = levelThresholds(days.map((d) => d.count));
  const start = mondayOf(from);
  const cells: HeatCell[] = [];
  const months: { col: number; month: string }[] = [];
  const total = daysBetween(from, to);
  for (let i = 0; i <= total; i++) {
    const day = addDays(from, i);
    const col = Math.floor(daysBetween(start, day) / 7);
    const found = byDay.get(day);
    const count = found?.count ?? 0;
    cells.push({ day, col, row: isoWeekday(day), count, pillars: found?.pillars ?? NO_PILLARS, level: levelOf(count, thresholds) });
    if (day.endsWith('-01')) months.push({ col, month: day.slice(0, 7) });
  }
  const columns = Math.floor(daysBetween(start, to) / 7) + 1;
  return { columns, cells, months, thresholds };
}

/** A round axis maximum and its ticks: steps of 1, 2 or 5 × 10ⁿ, at most five. */
export function niceScale(max: number): { max: number; ticks: number[] } {
  if (max <= 0) return { max: 1, ticks: [0, 1] };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toFixed(6)));
  return { max: top, ticks };
}

export function weekTotal(week: WeekPillarCounts): number {
  return PILLARS.reduce((sum, p) => sum + week.counts[p], 0);
}

export interface Segment {
  week: WeekPillarCounts;
  pillar: Pillar;
  count: number;
  /** Stacked from the bottom: counts below this segment. */
  base: number;
}

/** Non-empty segments, week by week, pillars in CAMS order from the bottom. */
export function stackSegments(weeks: readonly WeekPillarCounts[]): Segment[] {
  const segments: Segment[] = [];
  for (const week of weeks) {
    let base = 0;
    for (const pillar of PILLARS) {
      const count = week.counts[pillar];
      if (count > 0) segments.push({ week, pillar, count, base });
      base += count;
    }
  }
  return segments;
}
