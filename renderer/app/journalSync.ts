// Keeps every journal query current: the journal's change stamp grows when any
// process (this window, the CLI, another window) writes; when it moves, all
// journal queries are invalidated here, in this one place.
import { useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { api } from '../api/client';
import { journalKeys } from './journalKeys';
import { pagesToRefresh, type ListCursor, type ListPage } from './listPages';

const POLL_MS = 1000;
const STAMP_KEY = ['changeStamp'] as const;
const readStamp = () => api.changeStamp({});

/**
 * Resolves once the change stamp has been read (at once after the first time).
 * Journal queries read after it, so what they load is at least that version
 * and a write landing between the two first reads still moves the stamp.
 */
export async function afterStampRead(queryClient: QueryClient): Promise<void> {
  await queryClient.ensureQueryData({ queryKey: STAMP_KEY, queryFn: readStamp });
}

/** Marks every journal query stale (those on screen refetch), lists first trimmed to the refresh cap. */
export function refreshJournal(queryClient: QueryClient): Promise<void> {
  for (const [key, data] of queryClient.getQueriesData<InfiniteData<ListPage, ListCursor>>({ queryKey: journalKeys.lists })) {
    if (!data) continue;
    const kept = pagesToRefresh(data);
    if (kept !== data) queryClient.setQueryData(key, kept);
  }
  return queryClient.invalidateQueries({ queryKey: journalKeys.all });
}

/**
 * Polls the change stamp. `offline` is why the host cannot be reached (null
 * when it can); `checkNow` asks at once, after our own writes and on "Try again".
 */
export function useJournalSync(): { offline: Error | null; checkNow: () => void } {
  const queryClient = useQueryClient();
  // No retry: the next poll is the retry, and the banner should not wait for it.
  const stamp = useQuery({ queryKey: STAMP_KEY, queryFn: readStamp, refetchInterval: POLL_MS, retry: false });
  const version = stamp.data?.version;
  const seen = useRef(version);

  useEffect(() => {
    if (version === undefined || version === seen.current) return;
    const first = seen.current === undefined;
    seen.current = version;
    if (first) {
      // The first stamp only records where we start (the queries read after it), unless the host was unreachable until now.
      void queryClient.refetchQueries({ queryKey: journalKeys.all, type: 'active', predicate: (query) => query.state.status === 'error' });
    } else {
      void refreshJournal(queryClient);
    }
  }, [version, queryClient]);

  const checkNow = useCallback(() => void queryClient.refetchQueries({ queryKey: STAMP_KEY }), [queryClient]);
  return { offline: stamp.error, checkNow };
}
