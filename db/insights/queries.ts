// The SQL behind every insight, prepared once per database connection.
// All of it reads live entries only and groups by the entry's own `day`.
import type { Database, Statement } from 'better-sqlite3';
import { PILLARS, type PillarCounts } from '../common/model';

const LIVE = 'deleted_at IS NULL';

/** `sum((pillars >> i) & 1) AS <pillar>` for every pillar: entries per pillar in a group. */
const PILLAR_SUMS = PILLARS.map((p, i) => `sum((pillars >> ${i}) & 1) AS ${p}`).join(', ');

export type PillarRow = { [P in keyof PillarCounts]: number | null };

export interface DayRow extends PillarRow {
  day: string;
  count: number;
}

export interface WeekRow extends PillarRow {
  start: string;
}

export interface StreakRow {
  current: number | null;
  /** Within :from..:to. */
  longest: number | null;
  longestEnd: string | null;
  /** Over all days up to :to. */
  longestEver: number | null;
  longestEverEnd: string | null;
}

export interface PeriodEntryRow {
  day: string;
  title: string;
  /** The beginning of the body only: enough for a first line. */
  head: string;
  pillars: number;
}

export interface InsightQueries {
  /** (from, to) → one row per day with entries. */
  heatmap: Statement<[string, string], DayRow>;
  /** (from, to) → one row per Monday with entries. */
  weekly: Statement<[string, string], WeekRow>;
  /** ({from, to}) → streak figures, see below. */
  streaks: Statement<[{ from: string; to: string }], StreakRow>;
  /** (from, to, limit) → tags by entry count. */
  topTags: Statement<[string, string, number], { tag: string; count: number }>;
  /** (from, to) → entries per pillar. */
  pillarTotals: Statement<[string, string], PillarRow & { count: number }>;
  /** (from, to) → entries in day order. */
  periodEntries: Statement<[string, string], PeriodEntryRow>;
}

function prepare(db: Database): InsightQueries {
  return {
    heatmap: db.prepare(
      `SELECT day, count(*) AS count, ${PILLAR_SUMS}
       FROM entries WHERE ${LIVE} AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
    ),
    // Per day first (a walk of the day index), then per week over at most a
    // few hundred day rows, so date() runs once per day, not once per entry.
    weekly: db.prepare(
      `WITH per_day AS (
         SELECT day, ${PILLAR_SUMS} FROM entries WHERE ${LIVE} AND day BETWEEN ? AND ? GROUP BY day
       )
       SELECT date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days') AS start,
              ${PILLARS.map((p) => `sum(${p}) AS ${p}`).join(', ')}
       FROM per_day GROUP BY start ORDER BY start`,
    ),
    streaks: db.prepare(streaksSql(LIVE)),
    // tag_days (see schema.ts) holds live entries per (day, tag).
    topTags: db.prepare(
      `SELECT tag, sum(count) AS count FROM tag_days WHERE day BETWEEN ? AND ?
       GROUP BY tag ORDER BY count DESC, tag LIMIT ?`,
    ),
    pillarTotals: db.prepare(`SELECT count(*) AS count, ${PILLAR_SUMS} FROM entries WHERE ${LIVE} AND day BETWEEN ? AND ?`),
    periodEntries: db.prepare(
      `SELECT day, title, substr(body, 1, 1000) AS head, pillars
       FROM entries WHERE ${LIVE} AND day BETWEEN ? AND ? ORDER BY day, seq`,
    ),
  };
}

const cache = new WeakMap<Database, InsightQueries>();

export function queriesFor(db: Database): InsightQueries {
  let queries = cache.get(db);
  if (!queries) {
    queries = prepare(db);
    cache.set(db, queries);
  }
  return queries;
}

/** A row's pillar sums as counts: a sum over no rows is NULL, and no row at all counts nothing. */
export function pillarCounts(row: PillarRow | undefined): PillarCounts {
  return { culture: row?.culture ?? 0, automation: row?.automation ?? 0, measurement: row?.measurement ?? 0, sharing: row?.sharing ?? 0 };
}

/**
 * Streaks of the entries `shown` selects. Gaps and islands: over distinct days
 * in order, julianday(day) minus the row number is constant along a run of
 * consecutive days. Runs are built over all days up to :to (a current streak
 * may have begun before :from); the longest run is clipped to start no
 * earlier than :from.
 */
export function streaksSql(shown: string): string {
  return `WITH days AS (
         SELECT DISTINCT day FROM entries WHERE ${shown} AND day <= :to
       ), runs AS (
         SELECT day, julianday(day) - row_number() OVER (ORDER BY day) AS run FROM days
       ), islands AS MATERIALIZED (
         SELECT max(day) AS last,
                CAST(julianday(max(day)) - julianday(max(min(day), :from)) AS INTEGER) + 1 AS length,
                count(*) AS days
         FROM runs GROUP BY run
       )
       SELECT
         (SELECT days FROM islands WHERE last >= date(:to, '-1 day')) AS current,
         (SELECT length FROM islands WHERE last >= :from ORDER BY length DESC, last DESC LIMIT 1) AS longest,
         (SELECT last FROM islands WHERE last >= :from ORDER BY length DESC, last DESC LIMIT 1) AS longestEnd,
         (SELECT days FROM islands ORDER BY days DESC, last DESC LIMIT 1) AS longestEver,
         (SELECT last FROM islands ORDER BY days DESC, last DESC LIMIT 1) AS longestEverEnd`;
}
