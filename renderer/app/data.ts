// The journal's data the views share, as queries. Query keys (journalKeys.ts)
// keep results apart per filter, so fast typing never shows an older query's
// results; journalSync.ts refreshes them all when the journal changes.
import { keepPreviousData, useInfiniteQuery, type InfiniteData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Entry, EntryListItem, ListFilter, PillarCounts, Revision, SearchNotes, TagCount } from '../../db/common/model';
import { tagPrefix } from '../../db/common/tags';
import { api } from '../api/client';
import { useDebounced } from '../common/useDebounced';
import { journalKeys } from './journalKeys';
import { afterStampRead } from './journalSync';
import { nextPageCursor, pageLimit, pagesToRefresh, type ListCursor, type ListPage } from './listPages';

const TAG_DEBOUNCE_MS = 60;
const NO_FILTER: ListFilter = {};

export interface EntryList {
  entries: EntryListItem[];
  /** How many entries the filter lists; null until the count for the shown results has arrived. */
  total: number | null;
  terms: string[];
  /** What the search did with the query beyond its words (ignored pieces, glossary, keyboard layout). */
  notes: SearchNotes | undefined;
  hasMore: boolean;
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  /** The filter (as JSON) the shown results belong to. */
  resultsFor: string | null;
  /** The shown results belong to an older filter while the new one is on its way. */
  pending: boolean;
  loadMore: () => void;
  retry: () => void;
}

/** The journal (or trash) under a filter, page by page as the user scrolls. */
export function useEntryList(filter: ListFilter): EntryList {
  const queryClient = useQueryClient();
  const queryKey = journalKeys.list(filter);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ client, pageParam }): Promise<ListPage> => {
      await afterStampRead(client);
      const page = await api.listEntries({ filter, cursor: pageParam, limit: pageLimit(pageParam) });
      return { ...page, resultsFor: JSON.stringify(filter) };
    },
    initialPageParam: null as ListCursor,
    getNextPageParam: nextPageCursor,
    placeholderData: keepPreviousData,
  });
  const { data, status, error, isPlaceholderData, hasNextPage, isFetching, fetchNextPage, refetch } = query;

  const entries = useMemo(() => data?.pages.flatMap((page) => page.entries) ?? [], [data]);
  // Never while the loaded pages refetch: a next page would cancel that refresh.
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage({ cancelRefetch: false });
  }, [hasNextPage, isFetching, fetchNextPage]);
  const retry = () => {
    queryClient.setQueryData<InfiniteData<ListPage, ListCursor>>(queryKey, (loaded) => loaded && pagesToRefresh(loaded));
    void refetch();
  };

  const first = data?.pages[0];
  const resultsFor = first?.resultsFor ?? null;
  const count = useCount(filter);
  // Every page loaded: the rows are the count. Otherwise the count's own request, once the rows answer the same filter.
  const total = data && !hasNextPage ? entries.length : count !== undefined && resultsFor === JSON.stringify(filter) ? count : null;
  return {
    entries,
    total,
    terms: first?.terms ?? [],
    notes: first?.notes,
    hasMore: hasNextPage,
    status: status === 'pending' ? 'loading' : status === 'error' ? 'error' : 'ready',
    error,
    resultsFor,
    pending: isPlaceholderData,
    loadMore,
    retry,
  };
}

/** How many entries the filter lists, asked apart from the pages so the first one never waits for counting; one query per filter, shared. */
function useCount(filter: ListFilter): number | undefined {
  const { data } = useQuery({
    queryKey: journalKeys.count(filter),
    queryFn: async ({ client }) => {
      await afterStampRead(client);
      return api.countEntries({ filter });
    },
  });
  return data;
}

/** Entries per pillar under the other filters: what each pillar toggle would show. */
export function usePillarCounts(filter: ListFilter): PillarCounts | null {
  const { data } = useQuery({
    queryKey: journalKeys.counts(filter),
    queryFn: async ({ client }) => {
      await afterStampRead(client);
      return api.countByPillar({ filter });
    },
    // The list shows any error; counts keep the last ones while the next arrive.
    placeholderData: keepPreviousData,
  });
  return data ?? null;
}

export interface Totals {
  journal: number;
  trash: number;
}

const JOURNAL: ListFilter = {};
const TRASH: ListFilter = { trash: true };

/** How many entries the journal and the trash hold, whatever the filter. */
export function useTotals(): Totals | null {
  const journal = useCount(JOURNAL);
  const trash = useCount(TRASH);
  return journal === undefined || trash === undefined ? null : { journal, trash };
}

/** Tags starting with what the user typed, most used first. */
export function useTagSuggestions(text: string, limit = 8, filter: ListFilter = NO_FILTER): TagCount[] {
  const settled = useDebounced(text, TAG_DEBOUNCE_MS);
  // Clearing the box shows the most used tags at once; typing waits for a pause.
  const prefix = text ? tagPrefix(settled) : '';
  const typed = tagPrefix(text);
  const { data } = useQuery({
    queryKey: journalKeys.tags(prefix, limit, filter),
    queryFn: async ({ client }) => {
      await afterStampRead(client);
      return api.listTags({ prefix, limit, filter });
    },
    placeholderData: keepPreviousData,
  });
  // Until the typed text settles, the earlier answer shows only the tags that still fit it, so a
  // quick ArrowDown + Enter never completes a tag the box no longer asks for.
  return useMemo(() => (data ?? []).filter((s) => s.tag.startsWith(typed)), [data, typed]);
}

/** One entry, as the journal holds it now. */
export function useEntry(id: string) {
  return useQuery({
    queryKey: journalKeys.entry(id),
    queryFn: async ({ client }): Promise<Entry> => {
      await afterStampRead(client);
      return api.getEntry({ id });
    },
  });
}

/** An entry's earlier versions, newest first. */
export function useRevisions(id: string) {
  return useQuery({
    queryKey: journalKeys.revisions(id),
    queryFn: async ({ client }): Promise<Revision[]> => {
      await afterStampRead(client);
      return api.listRevisions({ id });
    },
  });
}
