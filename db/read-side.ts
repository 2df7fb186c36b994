// The read side of the core: the connection that answers reads, and how a long
// read (an export) gets a snapshot of its own.
import type { Database } from 'better-sqlite3';

export interface ReadSide {
  db: Database;
  /**
   * A connection for one long read: it holds its own snapshot while the read
   * side goes on answering between the long read's pages. The caller closes it
   * unless it is `db` itself.
   */
  openSnapshot(): Database;
}

/** Everything on one connection (the CLI, tests): a long read then reads `db` itself. */
export function sameConnection(db: Database): ReadSide {
  return { db, openSnapshot: () => db };
}
