// Keeps the full-text index in step with entries. Journal calls these inside
// its own write transactions, so the index never disagrees with entries.
import type { Database } from 'better-sqlite3';
import { prepareDoc, type IndexableText, type PreparedDoc } from './prepare';
import { indexKey } from './text';

export interface IndexedDoc extends IndexableText {
  day: string;
}

/** An entry to add to the index: its seq and day (its key) and its prepared document. */
export interface NewIndexRow {
  seq: number;
  day: string;
  doc: PreparedDoc;
}

export interface SearchIndex {
  /**
   * Indexes the document of entry `seq`. `indexedDay` is the day it is
   * indexed under now, when it is in the index already (an edit); it is
   * replaced, moved to its new key if the day changed.
   */
  put(seq: number, doc: IndexedDoc, indexedDay?: string): void;
  /**
   * Indexes many entries that are not in the index yet. Faster than put in a
   * loop: FTS5 writes out its pending rows whenever a rowid arrives out of
   * order, so the documents are indexed in key order.
   */
  putMany(rows: readonly NewIndexRow[]): void;
  /** Removes entry `seq`, indexed under `day`. */
  remove(seq: number, day: string): void;
}

// The key of an entry is its day and seq (see schema.ts), so the index needs
// no table of its own to find an entry's rows: callers know the day.
export function createSearchIndex(db: Database): SearchIndex {
  const columns = `search_text (rowid, text, title, tags) VALUES (?, ?, ?, ?)`;
  // A new key needs no REPLACE: it saves a lookup per entry on a bulk import.
  const insert = db.prepare(`INSERT INTO ${columns}`);
  const replace = db.prepare(`INSERT OR REPLACE INTO ${columns}`);
  const removeKey = db.prepare(`DELETE FROM search_text WHERE rowid = ?`);
  const remove = (key: number): void => void removeKey.run(key);
  const write = (key: number, doc: PreparedDoc, statement: typeof insert): void => {
    statement.run(key, doc.text, doc.title, doc.tags);
  };
  return {
    put(seq, doc, indexedDay) {
      const key = indexKey(doc.day, seq);
      const old = indexedDay === undefined ? undefined : indexKey(indexedDay, seq);
      if (old !== undefined && old !== key) remove(old);
      write(key, prepareDoc(doc), old === key ? replace : insert);
    },
    putMany(rows) {
      const keyed = rows.map(({ seq, day, doc }) => ({ doc, key: indexKey(day, seq) }));
      keyed.sort((a, b) => a.key - b.key);
      for (const { key, doc } of keyed) write(key, doc, insert);
    },
    remove(seq, day) {
      remove(indexKey(day, seq));
    },
  };
}
