// Pages of entries for `pileup list` and `pileup search`, as cheaply as a
// one-shot process can get them: an existing, current journal is read on a
// read-only connection straight through the list code — no worker, no
// integrity check, no migration, no contract (zod) to load. Anything else (a
// missing or older journal, a file that cannot be read in place, input the
// contract should judge) goes through the full read session.
import type { Database } from 'better-sqlite3';
import type { EntryPage, ListFilter } from '../db/common/model';
import { isWellFormedText, LIMITS } from '../db/common/limits';
import { listEntries } from '../db/list/index';
import { openReadConnection } from '../db/open';
import { withReadSession } from './common';
import type { Io } from './io';
import { journalPath } from './journal-path';

export interface PageRequest {
  filter: ListFilter;
  cursor: string | null;
  limit: number;
}

export type PageReader = (request: PageRequest) => Promise<EntryPage>;

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

export async function withPageReader<T>(dbFlag: string | undefined, io: Io, filter: ListFilter, work: (read: PageReader) => Promise<T>): Promise<T> {
  const db = withinContract(filter) ? tryReadConnection(journalPath(dbFlag, io.env)) : undefined;
  if (db) {
    try {
      return await work((request) => Promise.resolve(listEntries(db, request)));
    } finally {
      db.close();
    }
  }
  return withReadSession(dbFlag, io, (session) => work((request) => session.call('listEntries', request)));
}
