// Pages of entries, and their count, for `pileup list` and `pileup search`, as cheaply as a
// one-shot process can get them: an existing, current journal is read on a
// read-only connection straight through the list code — no worker, no
// integrity check, no migration, no contract (zod) to load. Anything else (a
// missing or older journal, a file that cannot be read in place, input the
// contract should judge) goes through the full read session.
import type { Database } from 'better-sqlite3';
import type { EntryPage, ListFilter } from '../db/common/model';
import { isWellFormedText, LIMITS } from '../db/common/limits';
import { countEntries, listEntries } from '../db/list/index';
import { openReadConnection } from '../db/open';
import { withReadSession } from './common';
import type { Io } from './io';
import { journalPath } from './journal-path';

export interface PageRequest {
  filter: ListFilter;
  cursor: string | null;
  limit: number;
}

export interface ListReader {
  page: (request: PageRequest) => Promise<EntryPage>;
  /** How many entries the filter lists over all pages. */
  count: (filter: ListFilter) => Promise<number>;
}

/** True when the contract's schema would accept the filter as it is (the CLI checked pillars and days already). */
function withinContract(filter: ListFilter): boolean {
  const tags = filter.tags ?? [];
  const texts = [...tags, filter.query ?? ''];
  return (
    tags.length <= LIMITS.tagsPerEntry &&
    tags.every((t) => t.length <= LIMITS.tagChars * 4) &&
    (filter.query ?? '').length <= LIMITS.queryChars &&
    texts.every(isWellFormedText)
  );
}

function tryReadConnection(file: string): Database | undefined {
  try {
    return openReadConnection(file);
  } catch {
    // Not there, not current, not readable in place: the full session says why or fixes it.
    return undefined;
  }
}

export async function withListReader<T>(dbFlag: string | undefined, io: Io, filter: ListFilter, work: (read: ListReader) => Promise<T>): Promise<T> {
  const db = withinContract(filter) ? tryReadConnection(journalPath(dbFlag, io.env)) : undefined;
  if (db) {
    try {
      return await work({ page: (request) => Promise.resolve(listEntries(db, request)), count: (f) => Promise.resolve(countEntries(db, f)) });
    } finally {
      db.close();
    }
  }
  return withReadSession(dbFlag, io, (session) =>
    work({ page: (request) => session.call('listEntries', request), count: (f) => session.call('countEntries', { filter: f }) }),
  );
}
