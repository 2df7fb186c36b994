// Keeps the full-text index in step with entries. (Stub: the search module fills this in.)
import type { Database } from 'better-sqlite3';

export interface IndexedDoc {
  title: string;
  body: string;
  tags: string[];
}

export interface SearchIndex {
  /** Adds or replaces the document of entry `seq`. */
  put(seq: number, doc: IndexedDoc): void;
  /** Removes entry `seq` from the index. */
  remove(seq: number): void;
}

export function createSearchIndex(_db: Database): SearchIndex {
  return {
    put() {},
    remove() {},
  };
}
