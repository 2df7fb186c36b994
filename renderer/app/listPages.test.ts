import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, NEXT_PAGE, REFRESH_CAP, pageLimit, pagesToRefresh, type ListCursor } from './listPages';

function loaded(pageCount: number) {
  const pages = Array.from({ length: pageCount }, (_, i) => ({ entries: new Array<number>(i === 0 ? FIRST_PAGE : NEXT_PAGE).fill(i) }));
  const pageParams: ListCursor[] = pages.map((_, i) => (i === 0 ? null : `cursor-${i}`));
  return { pages, pageParams };
}

const count = (data: { pages: { entries: unknown[] }[] }) => data.pages.reduce((n, p) => n + p.entries.length, 0);

describe('list paging', () => {
  it('asks for a small first page, then bigger ones', () => {
    expect(pageLimit(null)).toBe(60);
    expect(pageLimit('abc')).toBe(200);
  });

  it('refreshes everything that was loaded while it is under the cap', () => {
    const data = loaded(3);
    expect(pagesToRefresh(data)).toBe(data);
  });

  it('refreshes at most the pages that reach the cap, as the list did before', () => {
    const data = loaded(40); // 7,860 entries scrolled through
    const kept = pagesToRefresh(data);
    // 60 + 9 × 200 = 1,860 is still under 2,000, so the eleventh page is reloaded too.
    expect(kept.pages).toHaveLength(11);
    expect(count(kept)).toBe(2060);
    expect(count(kept)).toBeGreaterThanOrEqual(REFRESH_CAP);
    expect(kept.pageParams).toEqual(data.pageParams.slice(0, 11));
  });

  it('keeps the first page even when it alone passes the cap', () => {
    const data = loaded(2);
    expect(pagesToRefresh(data, 10).pages).toHaveLength(1);
  });
});
