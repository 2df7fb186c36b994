// Insights and reviews. (Stub: the insights module fills this in.)
import type { Journal } from '../journal';
import type { Insights, Review } from '../model';

export function insights(_journal: Journal, range: { from?: string; to?: string }): Insights {
  return {
    from: range.from ?? '',
    to: range.to ?? '',
    heatmap: [],
    streaks: { current: 0, longest: 0, longestEnd: null },
    weekly: [],
    topTags: [],
    quietestPillar: null,
  };
}

export function review(_journal: Journal, period: { week: string } | { month: string }): Review {
  return { period: 'week' in period ? period.week : period.month, from: '', to: '', markdown: '', count: 0 };
}
