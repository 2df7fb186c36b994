// Data the views share, fetched through the api client. Every hook drops
// responses that arrive after a newer request started, so fast typing never
// shows results for an older query.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryListItem, ListFilter, PillarCounts, TagCount } from '../../db/common/model';
import { api } from '../api/client';

const POLL_MS = 1000;
/** Small first page: it is what the user waits for; later pages are bigger. */
const FIRST_PAGE = 60;
const NEXT_PAGE = 200;
/** A refresh reloads what was on screen, up to this many entries. */
const REFRESH_CAP = 2000;

/**
 * The journal's change stamp, polled: grows when any process (this window, the
 * CLI, another window) writes. `poke` checks at once after our own writes.
 */
export function useChangeVersion(): { version: number; offline: unknown; poke: () => void } {
  const [version, setVersion] = useState(0);
  const [offline, setOffline] = useState<unknown>(null);
  const checkNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let disposed = false;
    let inFlight = false;
    let again = false;
    const check = () => {
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      api.changeStamp({}).then(
        (stamp) => {
          if (disposed) return;
          setOffline(null);
          setVersion(stamp.version);
        },
        (error: unknown) => !disposed && setOffline(error),
      ).finally(() => {
        inFlight = false;
        if (again && !disposed) {
          again = false;
          check();
        }
      });
    };
    checkNow.current = check;
    check();
    const timer = window.setInterval(check, POLL_MS);
    return () => {
      disposed = true;
      window.clearInterval(timer);
    };
  }, []);

  const poke = useCallback(() => checkNow.current(), []);
  return { version, offline, poke };
}

export interface EntryListState {
  entries: EntryListItem[];
  total: number;
  nextCursor: string | null;
  terms: string[];
  status: 'loading' | 'ready' | 'error';
  error: unknown;
  /** The filter (as JSON) these results belong to. */
  resultsFor: string | null;
}

const EMPTY_LIST: EntryListState = {
  entries: [], total: 0, nextCursor: null, terms: [], status: 'loading', error: null, resultsFor: null,
};

export function filterKey(filter: ListFilter): string {
  return JSON.stringify(filter);
}

/** The journal (or trash) under a filter, page by page as the user scrolls. */
export function useEntryList(filter: ListFilter, version: number) {
  const key = filterKey(filter);
  const [state, setState] = useState<EntryListState>(EMPTY_LIST);
  const generation = useRef(0);
  const loadedCount = useRef(0);
  const lastKey = useRef<string | null>(null);
  const loadingMore = useRef(false);
  const [retries, setRetries] = useState(0);

  useEffect(() => {
    const gen = ++generation.current;
    loadingMore.current = false;
    const refresh = lastKey.current === key;
    lastKey.current = key;
    const want = refresh ? Math.min(Math.max(loadedCount.current, FIRST_PAGE), REFRESH_CAP) : FIRST_PAGE;
    const parsed = JSON.parse(key) as ListFilter;
    (async () => {
      let entries: EntryListItem[] = [];
      let cursor: string | null = null;
      let total = 0;
      let terms: string[] = [];
      do {
        const page = await api.listEntries({ filter: parsed, cursor, limit: entries.length === 0 ? FIRST_PAGE : NEXT_PAGE });
        if (gen !== generation.current) return;
        entries = entries.concat(page.entries);
        cursor = page.nextCursor;
        total = page.total;
        terms = page.terms;
      } while (cursor && entries.length < want);
      loadedCount.current = entries.length;
      setState({ entries, total, nextCursor: cursor, terms, status: 'ready', error: null, resultsFor: key });
    })().catch((error: unknown) => {
      if (gen === generation.current) setState((s) => ({ ...s, status: 'error', error }));
    });
  }, [key, version, retries]);

  const { nextCursor, status, resultsFor } = state;
  const loadMore = useCallback(() => {
    if (!nextCursor || status !== 'ready' || loadingMore.current || resultsFor === null) return;
    loadingMore.current = true;
    const gen = generation.current;
    const parsed = JSON.parse(resultsFor) as ListFilter;
    api.listEntries({ filter: parsed, cursor: nextCursor, limit: NEXT_PAGE }).then(
      (page) => {
        if (gen !== generation.current) return;
        loadingMore.current = false;
        setState((prev) => {
          const entries = prev.entries.concat(page.entries);
          loadedCount.current = entries.length;
          return { ...prev, entries, nextCursor: page.nextCursor, total: page.total };
        });
      },
      (error: unknown) => {
        if (gen !== generation.current) return;
        loadingMore.current = false;
        setState((prev) => ({ ...prev, status: 'error', error }));
      },
    );
  }, [nextCursor, status, resultsFor]);

  const retry = useCallback(() => setRetries((n) => n + 1), []);

  // Results shown belong to an older filter while a new one is on its way.
  const pending = state.status !== 'error' && state.resultsFor !== key;
  return { ...state, pending, loadMore, retry };
}

/** Entries per pillar under the other filters: what each pillar toggle would show. */
export function usePillarCounts(filter: ListFilter, version: number): PillarCounts | null {
  const key = filterKey(filter);
  const [counts, setCounts] = useState<PillarCounts | null>(null);
  useEffect(() => {
    let current = true;
    api.countByPillar({ filter: JSON.parse(key) as ListFilter }).then(
      (value) => current && setCounts(value),
      () => undefined, // The list shows the error; counts just keep their last value.
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  return counts;
}

export interface Totals {
  journal: number;
  trash: number;
}

/** How many entries the journal and the trash hold, whatever the filter. */
export function useTotals(version: number): Totals | null {
  const [totals, setTotals] = useState<Totals | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([
      api.listEntries({ filter: {}, limit: 1 }),
      api.listEntries({ filter: { trash: true }, limit: 1 }),
    ]).then(
      ([journal, trash]) => current && setTotals({ journal: journal.total, trash: trash.total }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [version]);
  return totals;
}

/** Tags starting with what the user typed, most used first. */
export function useTagSuggestions(prefix: string, version: number, limit = 8): TagCount[] {
  const [tags, setTags] = useState<TagCount[]>([]);
  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      api.listTags({ prefix: prefix.trim().replace(/^#/, ''), limit }).then(
        (value) => current && setTags(value),
        () => undefined,
      );
    }, prefix ? 60 : 0);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [prefix, version, limit]);
  return tags;
}
