// The SQL behind a review, prepared once per connection. Unlike the insights
// (queries.ts), a review is shared with others, so every figure can leave out
// the entries tagged private: :withPrivate is 1 to count them, 0 to leave them
// out. Tags come from entry_tags rather than tag_days, which counts private
// entries too; a review spans a week or a month, so the join stays small.
import type { Database, Statement } from 'better-sqlite3';
import { PILLARS } from '../common/model';
import { PRIVATE_TAG } from '../common/share-labels';
import { streaksSql, type PeriodEntryRow, type PillarRow, type StreakRow } from './queries';

const PILLAR_SUMS = PILLARS.map((p, i) => `sum((pillars >> ${i}) & 1) AS ${p}`).join(', ');

/** Live entries, less the private ones unless :withPrivate. */
const SHOWN = `deleted_at IS NULL AND (:withPrivate OR NOT EXISTS (
  SELECT 1 FROM entry_tags p WHERE p.entry_seq = entries.seq AND p.tag = '${PRIVATE_TAG}'))`;

export interface PeriodParams {
  from: string;
  to: string;
  withPrivate: 0 | 1;
}

export interface ReviewQueries {
  pillarTotals: Statement<[PeriodParams], PillarRow & { count: number; days: number }>;
  topTags: Statement<[PeriodParams & { limit: number }], { tag: string; count: number }>;
  periodEntries: Statement<[PeriodParams], PeriodEntryRow>;
  /** As queries.ts's streaks, over the shown entries. */
  streaks: Statement<[PeriodParams], StreakRow>;
}

function prepare(db: Database): ReviewQueries {
  return {
    pillarTotals: db.prepare(
      `SELECT count(*) AS count, count(DISTINCT day) AS days, ${PILLAR_SUMS}
       FROM entries WHERE ${SHOWN} AND day BETWEEN :from AND :to`,
    ),
    topTags: db.prepare(
      `SELECT t.tag AS tag, count(*) AS count
       FROM entries JOIN entry_tags t ON t.entry_seq = entries.seq
       WHERE ${SHOWN} AND day BETWEEN :from AND :to
       GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT :limit`,
    ),
    periodEntries: db.prepare(
      `SELECT day, title, substr(body, 1, 1000) AS head, pillars
       FROM entries WHERE ${SHOWN} AND day BETWEEN :from AND :to ORDER BY day, seq`,
    ),
    streaks: db.prepare(streaksSql(SHOWN)),
  };
}

const cache = new WeakMap<Database, ReviewQueries>();

export function reviewQueriesFor(db: Database): ReviewQueries {
  let queries = cache.get(db);
  if (!queries) {
    queries = prepare(db);
    cache.set(db, queries);
  }
  return queries;
}
