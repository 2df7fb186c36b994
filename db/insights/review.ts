// A week's or a month's review: figures from SQL, entries grouped by pillar,
// in the reader's language. It is written to be shared, so entries tagged
// private are left out of every figure unless the caller includes them.
import type { Database } from 'better-sqlite3';
import type { Review, Streaks } from '../common/model';
import type { ShareLang } from '../common/share-labels';
import { localToday, maskToPillars } from '../rows';
import { parseIsoWeek, parseMonth, type Period } from './calendar';
import { pillarCounts } from './queries';
import { firstLine } from './first-line';
import { renderReviewMarkdown } from './review-markdown';
import { reviewQueriesFor, type PeriodParams } from './review-queries';

export type ReviewRequest = ({ week: string } | { month: string }) & {
  /** Default: en. */
  lang?: ShareLang;
  /** Default: false — entries tagged private stay out. */
  includePrivate?: boolean;
};

/** More tags than this in one period would not help a reader. */
const REVIEW_TAGS = 50;

export function periodOf(request: { week: string } | { month: string }): Period {
  return 'week' in request ? parseIsoWeek(request.week) : parseMonth(request.month);
}

export function review(db: Database, request: ReviewRequest, today: string = localToday()): Review {
  const period = periodOf(request);
  const { from, to } = period;
  const params: PeriodParams = { from, to, withPrivate: request.includePrivate ? 1 : 0 };
  const queries = reviewQueriesFor(db);
  const totals = queries.pillarTotals.get(params);
  const count = totals?.count ?? 0;
  // A period that is still running has its streak measured today, not on its last day.
  const streakDay = to < today ? to : today < from ? from : today;
  // Days after streakDay have no entries yet (or only ones dated ahead), so
  // the run inside the period is measured up to streakDay as well.
  const streakRow = queries.streaks.get({ ...params, to: streakDay });
  const current = streakRow?.current ?? 0;
  const ever: Streaks = { current, longest: streakRow?.longestEver ?? 0, longestEnd: streakRow?.longestEverEnd ?? null };
  const markdown = renderReviewMarkdown({
    period,
    count,
    daysWritten: totals?.days ?? 0,
    pillarCounts: pillarCounts(totals),
    tags: queries.topTags.all({ ...params, limit: REVIEW_TAGS }),
    longestInPeriod: streakRow?.longest ?? 0,
    streakDay,
    streaks: ever,
    lang: request.lang ?? 'en',
    entries: queries.periodEntries.all(params).map((row) => ({
      day: row.day,
      title: row.title,
      firstLine: firstLine(row.head),
      pillars: maskToPillars(row.pillars),
    })),
  });
  return { period: period.period, from, to, markdown, count };
}
