// Query keys for everything read from the journal. All start with 'journal', so
// one invalidation (journalSync.ts) refreshes them when the journal changes.
import type { ListFilter } from '../../db/common/model';

export const journalKeys = {
  all: ['journal'] as const,
  lists: ['journal', 'list'] as const,
  list: (filter: ListFilter) => ['journal', 'list', filter] as const,
  count: (filter: ListFilter) => ['journal', 'count', filter] as const,
  counts: (filter: ListFilter) => ['journal', 'counts', filter] as const,
  tags: (prefix: string, limit: number, filter: ListFilter = {}) => ['journal', 'tags', prefix, limit, filter] as const,
  entry: (id: string) => ['journal', 'entry', id] as const,
  revisions: (id: string) => ['journal', 'revisions', id] as const,
  insights: (range: { from?: string; to?: string }) => ['journal', 'insights', range] as const,
  review: (period: { week: string } | { month: string }) => ['journal', 'review', period] as const,
};
