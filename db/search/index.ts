// Keeps the full-text index in step with entries. Journal calls these inside
// its own write transactions, so the index never disagrees with entries.
import type { Database } from 'better-sqlite3';
import { PILLARS, type Pillar } from '../model';
import { charsFieldOf, FIELD_END, indexKey, metaField, normalizeText, tagsField } from './text';

export interface IndexedDoc {
  day: string;
  title: string;
  body: string;
  tags: string[];
  pillars: Pillar[];
}

export interface SearchIndex {
  /** Adds or replaces the document of entry `seq`. */
  put(seq: number, doc: IndexedDoc): void;
  /**
   * Adds or replaces many documents. Faster than put in a loop: FTS5 writes
   * out its pending rows whenever a rowid arrives out of order, so the
   * documents are indexed in key order.
   */
  putMany(docs: readonly (readonly [seq: number, doc: IndexedDoc])[]): void;
  /** Removes entry `seq` from the index. */
  remove(seq: number): void;
}

export function createSearchIndex(db: Database): SearchIndex {
  const keyOf = db.prepare(`SELECT key FROM search_keys WHERE seq = ?`).pluck();
  const setKey = db.prepare(`INSERT OR REPLACE INTO search_keys (seq, key) VALUES (?, ?)`);
  const dropKey = db.prepare(`DELETE FROM search_keys WHERE seq = ?`);
  const columns = `search_text (rowid, title, body, tags, meta, chars) VALUES (?, ?, ?, ?, ?, ?)`;
  // A new key needs no REPLACE: it saves a lookup per entry on a bulk import.
  const insertText = db.prepare(`INSERT INTO ${columns}`);
  const replaceText = db.prepare(`INSERT OR REPLACE INTO ${columns}`);
  const removeText = db.prepare(`DELETE FROM search_text WHERE rowid = ?`);
  const put = (seq: number, doc: IndexedDoc): void => {
    const key = indexKey(doc.day, seq);
    const old = keyOf.get(seq) as number | undefined;
    if (old !== undefined && old !== key) removeText.run(old);
    const title = normalizeText(doc.title);
    const body = normalizeText(doc.body);
    const tags = tagsField(doc.tags.map(normalizeText));
    const meta = metaField(doc.pillars.map((p) => PILLARS.indexOf(p)));
    const chars = charsFieldOf(title, body, tags);
    (old === undefined ? insertText : replaceText).run(key, title + FIELD_END, body + FIELD_END, tags + FIELD_END, meta, chars);
    setKey.run(seq, key);
  };
  return {
    put,
    putMany(docs) {
      const keyed = docs.map(([seq, doc]) => ({ seq, doc, key: indexKey(doc.day, seq) }));
      keyed.sort((a, b) => a.key - b.key);
      for (const { seq, doc } of keyed) put(seq, doc);
    },
    remove(seq) {
      const key = keyOf.get(seq) as number | undefined;
      if (key === undefined) return;
      removeText.run(key);
      dropKey.run(seq);
    },
  };
}
