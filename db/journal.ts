// The journal's writes: entries, trash, revisions and tags over the one write
// connection. Reads live in journal-reads.ts (Journal uses them too), bulk
// imports in bulk-insert.ts.
import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { entryDraftSchema } from './common/contract';
import { PileupError } from './common/errors';
import type { ChangeStamp, DayCount, Entry, EntryDraft, Revision, TagCount } from './common/model';
import { insertManyNow } from './bulk-insert';
import { imagesOfEntries, removeUnreferencedImages } from './images';
import { JournalReads } from './journal-reads';
import { openDatabase, type OpenOptions } from './open';
import { normalizeTags } from './common/tags';
import { localToday, maskToPillars, pillarsToMask } from './rows';
import { createSearchIndex, type SearchIndex } from './search/index';

/** What createEntry accepts: a draft whose day, title, body and tags may be left out. */
export type NewEntry = Pick<EntryDraft, 'pillars'> & Partial<Omit<EntryDraft, 'pillars'>>;

export class Journal {
  readonly db: Database;
  readonly search: SearchIndex;
  readonly reads: JournalReads;
  private readonly stmt: {
    insert: Statement<[string, string, string, string, number, string, string]>;
    update: Statement<[string, string, string, number, string, number]>;
    setDeleted: Statement<[string | null, number]>;
    purge: Statement<[number]>;
    trashSeqs: Statement<[], number>;
    insertTags: Statement<[number, string]>;
    deleteTags: Statement<[number]>;
    insertRevision: Statement<[number, string, string, string, number, string, string]>;
  };

  constructor(db: Database) {
    this.db = db;
    this.search = createSearchIndex(db);
    this.reads = new JournalReads(db);
    this.stmt = {
      insert: db.prepare(`INSERT INTO entries (id, day, title, body, pillars, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      update: db.prepare(`UPDATE entries SET day = ?, title = ?, body = ?, pillars = ?, updated_at = ? WHERE seq = ?`),
      setDeleted: db.prepare(`UPDATE entries SET deleted_at = ? WHERE seq = ?`),
      purge: db.prepare(`DELETE FROM entries WHERE seq = ?`),
      trashSeqs: db.prepare<[], number>(`SELECT seq FROM entries WHERE deleted_at IS NOT NULL`).pluck(),
      // All of an entry's tags in one statement (a JSON array): an import writes ~250,000.
      insertTags: db.prepare(`INSERT OR IGNORE INTO entry_tags (entry_seq, tag) SELECT ?, value FROM json_each(?)`),
      deleteTags: db.prepare(`DELETE FROM entry_tags WHERE entry_seq = ?`),
      insertRevision: db.prepare(
        `INSERT INTO revisions (entry_seq, day, title, body, pillars, tags, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  static open(file: string, options?: OpenOptions): Journal {
    return new Journal(openDatabase(file, options));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- reading (on this connection) -----------------------------------------

  getEntry(id: string): Entry {
    return this.reads.getEntry(id);
  }

  listTags(prefix?: string, limit?: number): TagCount[] {
    return this.reads.listTags(prefix, limit);
  }

  countByDay(from?: string, to?: string): DayCount[] {
    return this.reads.countByDay(from, to);
  }

  changeStamp(): ChangeStamp {
    return this.reads.changeStamp();
  }

  listRevisions(id: string): Revision[] {
    return this.reads.listRevisions(id);
  }

  // ---- writing -------------------------------------------------------------

  /** A draft checked against the contract and normalized: today by default, trimmed title, pillars in order, tags normalized. */
  validate(draft: NewEntry): EntryDraft {
    const parsed = entryDraftSchema.parse(draft);
    return {
      day: parsed.day ?? localToday(),
      title: parsed.title.trim(),
      body: parsed.body,
      pillars: maskToPillars(pillarsToMask(parsed.pillars)),
      tags: normalizeTags(parsed.tags),
    };
  }

  /** Inserts a valid draft (inside the caller's transaction); indexes it unless a bulk insert indexes later. Returns its seq. */
  insertValid(draft: EntryDraft, now: string, index = true): number {
    const info = this.stmt.insert.run(randomUUID(), draft.day, draft.title, draft.body, pillarsToMask(draft.pillars), now, now);
    const seq = Number(info.lastInsertRowid);
    if (draft.tags.length) this.stmt.insertTags.run(seq, JSON.stringify(draft.tags));
    if (index) this.search.put(seq, draft);
    return seq;
  }

  createEntry(input: NewEntry): Entry {
    const draft = this.validate(input);
    const seq = this.db.transaction(() => this.insertValid(draft, new Date().toISOString()))();
    return this.reads.entryBySeq(seq);
  }

  updateEntry(id: string, input: NewEntry): Entry {
    const draft = this.validate(input);
    const seq = this.db.transaction(() => {
      const row = this.reads.rowById(id);
      if (row.deleted_at) throw new PileupError('conflict', 'This entry is in the trash; restore it before editing.');
      const before = this.reads.entryOf(row);
      if (sameContent(before, draft)) return row.seq;
      const now = new Date().toISOString();
      this.stmt.insertRevision.run(row.seq, row.day, row.title, row.body, row.pillars, JSON.stringify(before.tags), now);
      this.stmt.update.run(draft.day, draft.title, draft.body, pillarsToMask(draft.pillars), now, row.seq);
      this.stmt.deleteTags.run(row.seq);
      if (draft.tags.length) this.stmt.insertTags.run(row.seq, JSON.stringify(draft.tags));
      this.search.put(row.seq, draft, row.day);
      return row.seq;
    })();
    return this.reads.entryBySeq(seq);
  }

  restoreRevision(id: string, revisionId: number): Entry {
    const old = this.reads.revision(id, revisionId);
    return this.updateEntry(id, { day: old.day, title: old.title, body: old.body, pillars: old.pillars, tags: old.tags });
  }

  deleteEntry(id: string): Entry {
    // Read inside the transaction: the index is keyed by the day read here.
    const seq = this.db.transaction(() => {
      const row = this.reads.rowById(id);
      if (!row.deleted_at) {
        this.stmt.setDeleted.run(new Date().toISOString(), row.seq);
        this.search.remove(row.seq, row.day);
      }
      return row.seq;
    })();
    return this.reads.entryBySeq(seq);
  }

  restoreEntry(id: string): Entry {
    return this.db.transaction(() => {
      const row = this.reads.rowById(id);
      if (!row.deleted_at) return this.reads.entryOf(row);
      this.stmt.setDeleted.run(null, row.seq);
      const entry = this.reads.entryBySeq(row.seq);
      this.search.put(row.seq, entry);
      return entry;
    })();
  }

  purgeEntry(id: string): { id: string } {
    const row = this.reads.rowById(id);
    if (!row.deleted_at) throw new PileupError('conflict', 'Move the entry to the trash before deleting it for good.');
    this.purgeSeqs([row.seq]);
    return { id };
  }

  emptyTrash(): { purged: number } {
    return this.db.transaction(() => {
      const seqs = this.stmt.trashSeqs.all();
      this.purgeSeqs(seqs);
      return { purged: seqs.length };
    })();
  }

  /** Deletes entries for good, with their revisions and the images nothing refers to any more, in one transaction. */
  private purgeSeqs(seqs: readonly number[]): void {
    this.db.transaction(() => {
      const images = imagesOfEntries(this.db, seqs);
      // Only live entries are in the search index: nothing to remove there.
      for (const seq of seqs) this.stmt.purge.run(seq);
      removeUnreferencedImages(this.db, images);
    })();
  }

  /** Adds many entries in one transaction (seeding, tests); imports use importEntries (bulk-insert.ts), which reports progress. */
  createMany(inputs: readonly NewEntry[], options: { skipExisting?: boolean } = {}): { added: number; skipped: number } {
    return insertManyNow(this, inputs, options);
  }
}

function sameContent(a: EntryDraft, b: EntryDraft): boolean {
  return (
    a.day === b.day &&
    a.title === b.title &&
    a.body === b.body &&
    a.pillars.join() === b.pillars.join() &&
    [...a.tags].sort().join('\n') === [...b.tags].sort().join('\n')
  );
}
