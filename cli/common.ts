// Small pieces every command uses.
import type { Entry, ListFilter, Pillar } from '../db/common/model';
import { PILLARS } from '../db/common/model';
import type { Io } from './io';
import type { ReadSession, Session } from './session';
import { parseDay, parsePillars } from './usage';

export type Command = (args: string[], io: Io) => Promise<number>;

export async function withSession<T>(db: string | undefined, io: Io, work: (session: Session) => T | Promise<T>): Promise<T> {
  // Loaded here, not at start: it brings the whole core and the contract.
  const { Session } = await import('./session');
  const session = await Session.open(db, io.env);
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

/** As withSession, for commands that only read: a journal that cannot be written is still read. */
export async function withReadSession<T>(db: string | undefined, io: Io, work: (session: ReadSession) => T | Promise<T>): Promise<T> {
  const { ReadSession } = await import('./session');
  const session = await ReadSession.open(db, io.env);
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

interface FilterValues {
  pillar?: string[] | undefined;
  tag?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export function filterFrom(command: string, values: FilterValues): ListFilter {
  const filter: ListFilter = {};
  const pillars = parsePillars(command, values.pillar);
  if (pillars.length) filter.pillars = pillars;
  if (values.tag?.length) filter.tags = values.tag;
  const from = parseDay(command, 'from', values.from);
  const to = parseDay(command, 'to', values.to);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

export function pillarList(pillars: readonly Pillar[]): string {
  return PILLARS.filter((p) => pillars.includes(p)).join(', ');
}

/** The title, or the first line of the body when there is none. */
export function headline(entry: Pick<Entry, 'title' | 'body'>): string {
  if (entry.title.trim()) return entry.title.replace(/\s+/g, ' ').trim();
  const line = entry.body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^\s*#+\s*/, '').replace(/\s+/g, ' ').trim() || '(empty)';
}

/** 12909 → "12,909", as toLocaleString('en-US') writes it, without loading the locale data (~30 ms at start). */
export function withThousands(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac.slice(0, 3)}` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${withThousands(n)} ${n === 1 ? one : many}`;
}
