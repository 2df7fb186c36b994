// How the journal list is paged: pure, so the paging and refresh bounds are unit-tested.
import type { InfiniteData } from '@tanstack/react-query';
import type { EntryPage } from '../../db/common/model';

/** Small first page: it is what the user waits for; later pages are bigger. */
export const FIRST_PAGE = 60;
export const NEXT_PAGE = 200;
/** A refresh reloads what was on screen, up to this many entries. */
export const REFRESH_CAP = 2000;

/** A list page, with the filter (as JSON) it answers, so a placeholder can say whose results it shows. */
export interface ListPage extends EntryPage {
  resultsFor: string;
}

/** null asks for the first page. */
export type ListCursor = string | null;

export function pageLimit(cursor: ListCursor): number {
  return cursor === null ? FIRST_PAGE : NEXT_PAGE;
}

export function nextPageCursor(lastPage: ListPage): ListCursor | undefined {
  return lastPage.nextCursor ?? undefined;
}

/**
 * The loaded pages a refresh refetches: a refetch of an infinite query reloads
 * every loaded page, so after a long scroll keep only the first pages up to the
 * cap (the page that reaches it included); the rest load again on scrolling.
 */
export function pagesToRefresh<P extends { entries: readonly unknown[] }>(
  data: InfiniteData<P, ListCursor>,
  cap: number = REFRESH_CAP,
): InfiniteData<P, ListCursor> {
  let loaded = 0;
  let keep = 0;
  while (keep < data.pages.length && loaded < cap) {
    loaded += data.pages[keep]?.entries.length ?? 0;
    keep++;
  }
  if (keep === data.pages.length) return data;
  return { pages: data.pages.slice(0, keep), pageParams: data.pageParams.slice(0, keep) };
}
