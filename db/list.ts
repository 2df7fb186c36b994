// Listing and counting entries under a filter. (Stub: the search module fills this in.)
import type { Journal } from './journal';
import type { EntryPage, ListFilter, PillarCounts } from './model';

export interface ListRequest {
  filter: ListFilter;
  cursor?: string | null;
  limit: number;
}

export function listEntries(_journal: Journal, _request: ListRequest): EntryPage {
  return { entries: [], total: 0, nextCursor: null, terms: [] };
}

export function countByPillar(_journal: Journal, _filter: ListFilter): PillarCounts {
  return { culture: 0, automation: 0, measurement: 0, sharing: 0 };
}
