// The renderer's one QueryClient. Journal data stays fresh until the journal's
// change stamp moves (journalSync.ts invalidates it then), so nothing refetches
// on focus, reconnect or remount.
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** A busy journal (another writer holds the lock) usually answers a moment later; any other error is the answer. */
export function retryOnceIfBusy(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && error instanceof ApiError && error.code === 'database_locked';
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // The host is on this machine: the browser's idea of being online says nothing about it.
        networkMode: 'always',
        retry: retryOnceIfBusy,
        retryDelay: 250,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
