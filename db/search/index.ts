// Keeps the full-text index in step with entries. Journal calls put/remove
// inside its own write transactions, so the index never disagrees with entries.
import type { Database, Statement } from 'better-sqlite3';
import { normalizeText, shortTokens } from './text';

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

/** Normalized fields as the trigram index stores them; tags are one line each. */
export function indexedFields(doc: IndexedDoc): [title: string, body: string, tags: string] {
  return [normalizeText(doc.title), normalizeText(doc.body), doc.tags.map(normalizeText).join('\n')];
}

export function createSearchIndex(db: Database): SearchIndex {
  const putText: Statement = db.prepare(`INSERT OR REPLACE INTO search_text (rowid, title, body, tags) VALUES (?, ?, ?, ?)`);
  const putShort: Statement = db.prepare(`INSERT OR REPLACE INTO search_short (rowid, title, body, tags) VALUES (?, ?, ?, ?)`);
  const removeText: Statement = db.prepare(`DELETE FROM search_text WHERE rowid = ?`);
  const removeShort: Statement = db.prepare(`DELETE FROM search_short WHERE rowid = ?`);
  return {
    put(seq, doc) {
      const [title, body, tags] = indexedFields(doc);
      putText.run(seq, title, body, tags);
      // Tags are whole words: a tag's characters and pairs are its own run.
      putShort.run(seq, shortTokens(title), shortTokens(body), shortTokens(tags.replace(/\n/g, ' ')));
    },
    remove(seq) {
      removeText.run(seq);
      removeShort.run(seq);
    },
  };
}
