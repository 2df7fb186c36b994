import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, START_ROUTE, toListFilter, type Route } from './route';

describe('route in the URL hash', () => {
  it('round-trips filters, view and pane, Korean text included', () => {
    const route: Route = {
      view: 'trash',
      filter: { pillars: ['automation', 'sharing'], tags: ['k8s', '배포'], from: '2026-01-01', to: '2026-11-30', query: '"장애 회고" -draft tag:k8s' },
      pane: { kind: 'edit', id: 'abc-123' },
    };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
  it('starts at the journal for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual(START_ROUTE);
    expect(parseRoute('#/nowhere?pillars=bogus&from=2026-02')).toEqual(START_ROUTE);
  });
  it('keeps pillars in canonical order', () => {
    expect(parseRoute('#/journal?pillars=sharing,culture').filter.pillars).toEqual(['culture', 'sharing']);
  });
  it('builds the contract filter, leaving out what is empty', () => {
    expect(toListFilter({ pillars: [], tags: [], from: '', to: '', query: '  ' })).toEqual({});
    expect(toListFilter({ pillars: ['culture'], tags: ['x'], from: '2026-01-01', to: '', query: 'typed' }, '배포')).toEqual({
      pillars: ['culture'], tags: ['x'], from: '2026-01-01', query: '배포',
    });
  });
});
