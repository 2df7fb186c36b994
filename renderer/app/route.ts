// Where the user is (view, filters, open entry), kept in the URL hash so that it
// survives reloads and moving between views. Pure functions: unit-tested.
import type { ListFilter, Pillar } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';

/** `capture` is the desktop quick-capture window's page (the box alone). */
export type View = 'journal' | 'insights' | 'trash' | 'settings' | 'capture';

export interface JournalFilter {
  pillars: Pillar[];
  tags: string[];
  from: string;
  to: string;
  /** The search box text as typed (query syntax). */
  query: string;
}

/** What the main area shows next to the list. */
export type Pane = { kind: 'none' } | { kind: 'entry'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' };

export interface Route {
  view: View;
  filter: JournalFilter;
  pane: Pane;
}

export const EMPTY_FILTER: JournalFilter = { pillars: [], tags: [], from: '', to: '', query: '' };
export const START_ROUTE: Route = { view: 'journal', filter: EMPTY_FILTER, pane: { kind: 'none' } };

const VIEWS: readonly View[] = ['journal', 'insights', 'trash', 'settings', 'capture'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isPillar(value: string): value is Pillar {
  return (PILLARS as readonly string[]).includes(value);
}

function splitList(value: string | null): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2) as [string?, string?];
  const params = new URLSearchParams(search);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : 'journal';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const filter: JournalFilter = {
    pillars: PILLARS.filter((p) => splitList(params.get('pillars')).filter(isPillar).includes(p)),
    tags: splitList(params.get('tags')),
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    query: params.get('q') ?? '',
  };
  const entry = params.get('entry');
  let pane: Pane = { kind: 'none' };
  if (params.get('new') === '1') pane = { kind: 'new' };
  else if (entry) pane = params.get('edit') === '1' ? { kind: 'edit', id: entry } : { kind: 'entry', id: entry };
  return { view, filter, pane };
}

export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  const { filter, pane } = route;
  if (filter.query) params.set('q', filter.query);
  if (filter.pillars.length) params.set('pillars', filter.pillars.join(','));
  if (filter.tags.length) params.set('tags', filter.tags.join(','));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (pane.kind === 'new') params.set('new', '1');
  if (pane.kind === 'entry' || pane.kind === 'edit') params.set('entry', pane.id);
  if (pane.kind === 'edit') params.set('edit', '1');
  const search = params.toString();
  return `#/${route.view}${search ? `?${search}` : ''}`;
}

/** The contract's filter for what the journal shows (the search text given separately, since it is debounced). */
export function toListFilter(filter: JournalFilter, query: string = filter.query): ListFilter {
  const out: ListFilter = {};
  if (filter.pillars.length) out.pillars = filter.pillars;
  if (filter.tags.length) out.tags = filter.tags;
  if (filter.from) out.from = filter.from;
  if (filter.to) out.to = filter.to;
  if (query.trim()) out.query = query;
  return out;
}

/** The other way, for filters handed over by the insights view. */
export function fromListFilter(filter: ListFilter): JournalFilter {
  return {
    pillars: filter.pillars ?? [],
    tags: filter.tags ?? [],
    from: filter.from ?? '',
    to: filter.to ?? '',
    query: filter.query ?? '',
  };
}

export function isFiltered(filter: JournalFilter): boolean {
  return filter.pillars.length > 0 || filter.tags.length > 0 || filter.from !== '' || filter.to !== '' || filter.query.trim() !== '';
}
