// Reading entries, tags, revisions and day counts: what the read side of the
// core answers from a connection of its own (db/runner), and what Journal
// uses for its own reads on the write connection.
import type { Database, Statement } from 'better-sqlite3';
import { PileupError } from './common/errors';
import type { ChangeStamp, DayCount, Entry, Revision, TagCount } from './common/model';
import { ENTRY_COLUMNS, entryFromRow, loadTags, maskToPillars, normalizeTags, type EntryRow } from './rows';

export interface RevisionRow {
  id: number;
  day: string;
  title: string;
  body: string;
  pillars: number;
  tags: string;
  saved_at: string;
}

const LIVE = 'e.deleted_at IS NULL';
const REVISION_COLUMNS = 'id, day, title, body, pillars, tags, saved_at';

export class JournalReads {
  readonly db: Database;
  private readonly stmt: {
    bySeq: Statement<[number], EntryRow>;
    byId: Statement<[string], EntryRow>;
    revisions: Statement<[number], RevisionRow>;
    revision: Statement<[number, number], RevisionRow>;
    tags: Statement<[number], TagCount>;
    tagsByPrefix: Statement<[string, string, number], TagCount>;
    days: Statement<[string, string], DayCount>;
    changeVersion: Statement<[], number>;
  };

  constructor(db: Database) {
    this.db = db;
    this.stmt = {
      bySeq: db.prepare<[number], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.seq = ?`),
      byId: db.prepare<[string], EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.id = ?`),
      revisions: db.prepare<[number], RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revisions WHERE entry_seq = ? ORDER BY id DESC`),
      revision: db.prepare<[number, number], RevisionRow>(`SELECT ${REVISION_COLUMNS} FROM revisions WHERE entry_seq = ? AND id = ?`),
      tags: db.prepare<[number], TagCount>(
        `SELECT t.tag, count(*) AS count FROM entry_tags t JOIN entries e ON e.seq = t.entry_seq
         WHERE ${LIVE} GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT ?`,
      ),
      tagsByPrefix: db.prepare<[string, string, number], TagCount>(
        `SELECT t.tag, count(*) AS count FROM entry_tags t JOIN entries e ON e.seq = t.entry_seq
         WHERE ${LIVE} AND t.tag >= ? AND t.tag < ? GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT ?`,
      ),
      days: db.prepare<[string, string], DayCount>(
        `SELECT e.day, count(*) AS count FROM entries e WHERE ${LIVE} AND e.day BETWEEN ? AND ? GROUP BY e.day ORDER BY e.day`,
      ),
      changeVersion: db.prepare<[], number>(`SELECT value FROM meta WHERE key = 'change_version'`).pluck(),
    };
  }

  /** The row of entry `id`, or a not_found error. */
  rowById(id: string): EntryRow {
    const row = this.stmt.byId.get(id);
    if (!row) throw new PileupError('not_found', 'That entry does not exist (it may have been deleted for good).');
    return row;
  }

  entryOf(row: EntryRow): Entry {
    return entryFromRow(row, loadTags(this.db, [row.seq]).get(row.seq) ?? []);
  }

  entryBySeq(seq: number): Entry {
    const row = this.stmt.bySeq.get(seq);
    if (!row) throw new PileupError('not_found', 'That entry does not exist (it may have been deleted for good).');
    return this.entryOf(row);
  }

  getEntry(id: string): Entry {
    return this.entryOf(this.rowById(id));
  }

  listTags(prefix = '', limit = 50): TagCount[] {
    const p = normalizeTags([prefix])[0] ?? '';
    if (!p) return this.stmt.tags.all(limit);
    return this.stmt.tagsByPrefix.all(p, p + '\uffff', limit);
  }

  countByDay(from = '0000-01-01', to = '9999-12-31'): DayCount[] {
    return this.stmt.days.all(from, to);
  }

  changeStamp(): ChangeStamp {
    return { version: this.stmt.changeVersion.get() ?? 0 };
  }

  listRevisions(id: string): Revision[] {
    const row = this.rowById(id);
    return this.stmt.revisions.all(row.seq).map((r) => revisionFromRow(r, id));
  }

  revision(id: string, revisionId: number): Revision {
    const row = this.rowById(id);
    const rev = this.stmt.revision.get(row.seq, revisionId);
    if (!rev) throw new PileupError('not_found', 'That version of the entry does not exist.');
    return revisionFromRow(rev, id);
  }
}

function parseTagList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}

function revisionFromRow(r: RevisionRow, entryId: string): Revision {
  return {
    id: r.id,
    entryId,
    day: r.day,
    title: r.title,
    body: r.body,
    pillars: maskToPillars(r.pillars),
    tags: parseTagList(r.tags),
    savedAt: r.saved_at,
  };
}
