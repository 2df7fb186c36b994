// Entries per pillar for the pillar filter's badges: the same filter as the
// list, with its own pillar choice left out, over whichever path the list uses.
import type { Database } from 'better-sqlite3';
import { PILLARS, type ListFilter, type PillarCounts } from '../common/model';
import type { QueryOptions } from '../search/query';
import { cachedStatement } from '../search/statements';
import { SEQ_OF_KEY } from '../search/text';
import { wordsStarting } from '../search/vocabulary';
import { entriesWhere } from './entries-where';
import { indexSource } from './index-source';
import { hasText, makePlan, usesIndex, type Param } from './plan';
import { trashMatches } from './trash';

const EMPTY_COUNTS: PillarCounts = { culture: 0, automation: 0, measurement: 0, sharing: 0 };
const PILLAR_SUMS = PILLARS.map((p, i) => `coalesce(sum((e.pillars & ${1 << i}) != 0), 0) AS ${p}`).join(', ');

/** Entries per pillar under the filter with its pillar choice (in the filter and in the query) left out. */
export function countByPillar(db: Database, filter: ListFilter, options: QueryOptions = {}): PillarCounts {
  const plan = makePlan(filter, options);
  if (plan.trash && hasText(plan)) {
    const counts = { ...EMPTY_COUNTS };
    for (const { entry } of trashMatches(db, plan, true)) for (const p of entry.pillars) counts[p]++;
    return counts;
  }
  let row: PillarCounts | undefined;
  if (usesIndex(plan)) {
    const source = indexSource(plan, { ignorePillars: true, words: wordsStarting(db) });
    if (!source) return { ...EMPTY_COUNTS };
    // The covering index answers pillars per match without reading the entry's row.
    row = cachedStatement<Param[], PillarCounts>(
      db,
      `SELECT ${PILLAR_SUMS} FROM ${source.table} JOIN entries e INDEXED BY entries_search_cover ON e.seq = ${source.table}.rowid ${SEQ_OF_KEY}
       WHERE ${source.table} MATCH ?${source.conds}`,
    ).get(source.match, ...source.params);
  } else {
    const where = entriesWhere(plan, { ignorePillars: true });
    row = cachedStatement<Param[], PillarCounts>(db, `SELECT ${PILLAR_SUMS} FROM entries e WHERE ${where.sql}`).get(...where.params);
  }
  // Sums without GROUP BY always yield one row.
  if (!row) return { ...EMPTY_COUNTS };
  return { culture: row.culture, automation: row.automation, measurement: row.measurement, sharing: row.sharing };
}
