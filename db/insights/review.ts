// A week's or a month's review: figures from SQL, entries grouped by pillar.
import type { Database } from 'better-sqlite3';
import type { Review } from '../common/model';
import { localToday, maskToPillars } from '../rows';
import { parseIsoWeek, parseMonth, type Period } from './calendar';
import { pillarCounts, queriesFor } from './queries';
import { firstLine } from './first-line';
import { renderReviewMarkdown } from './review-markdown';
import { streaksWithin } from './streaks';
import { topTags } from './tags';

/** More tags than this in one period would not help a reader. */
const REVIEW_TAGS = 50;

export function periodOf(request: { week: string } | { month: string }): Period {
  return 'week' in request ? parseIsoWeek(request.week) : parseMonth(request.month);
}

export function review(db: Database, request: { week: string } | { month: string }, today: string = localToday()): Review {
  const period = periodOf(request);
  const { from, to } = period;
  const queries = queriesFor(db);
  const totals = queries.pillarTotals.get(from, to);
  const count = totals?.count ?? 0;
  // A period that is still running has its streak measured today, not on its last day.
  const streakDay = to < today ? to : today < from ? from : today;
  // Days after streakDay have no entries yet (or only ones dated ahead), so
  // the run inside the period is measured up to streakDay as well.
  const periodStreaks = streaksWithin(db, { from, to: streakDay });
  const markdown = renderReviewMarkdown({
    period,
    count,
    daysWritten: queries.heatmap.all(from, to).length,
    pillarCounts: pillarCounts(totals),
    tags: topTags(db, period, REVIEW_TAGS),
    longestInPeriod: periodStreaks.inRange.longest,
    streakDay,
    streaks: periodStreaks.ever,
    entries: queries.periodEntries.all(from, to).map((row) => ({
      day: row.day,
      title: row.title,
      firstLine: firstLine(row.head),
      pillars: maskToPillars(row.pillars),
    })),
  });
  return { period: period.period, from, to, markdown, count };
}
