// Reading entries, tags, revisions and day counts: what the read side of the
// core answers from a connection of its own (db/runner), and what Journal
// uses for its own reads on the write connection.
import type { Database, Statement } from 'better-sqlite3';
import { PileupError } from './common/errors';
import type { ChangeStamp, DayCount, Entry, ListFilter, Revision, TagCount } from './common/model';
import { entriesWhere } from './list/entries-where';
import { queryOptions } from './list/index';
import { indexSource } from './list/index-source';
import { hasText, makePlan, usesIndex, type Param } from './list/plan';
import { trashMatches } from './list/trash';
import { normalizeTags } from './common/tags';
import { ENTRY_COLUMNS, entryFromRow, loadTags, maskToPillars, type EntryRow } from './rows';
import { cachedStatement } from './search/statements';
import { SEQ_OF_KEY } from './search/text';
import { wordsStarting } from './search/vocabulary';

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

/** Tag lists kept per change stamp (a handful of filters and prefixes at a time). */
const TAG_CACHE_SIZE = 64;

export class JournalReads {
  readonly db: Database;
  private readonly tagCache = new Map<string, TagCount[]>();
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
      // tag_days (migration 3) already holds live entries per (day, tag): summing
      // it reads a few rows per day instead of joining every tag to its entry.
      tags: db.prepare<[number], TagCount>(
        `SELECT tag, sum(count) AS count FROM tag_days GROUP BY tag ORDER BY count DESC, tag LIMIT ?`,
      ),
      tagsByPrefix: db.prepare<[string, string, number], TagCount>(
        `SELECT tag, sum(count) AS count FROM tag_days WHERE tag >= ? AND tag < ? GROUP BY tag ORDER BY count DESC, tag LIMIT ?`,
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

  /**
   * Tags starting with `prefix`, most used first, counted among the entries
   * `filter` shows (so a tag offered beside a filter never leads to an empty list).
   */
  listTags(prefix = '', limit = 50, filter: ListFilter = {}): TagCount[] {
    // Every view asks again for the same counts; they change only with the journal.
    const key = `${this.changeStamp().version}|${limit}|${prefix}|${JSON.stringify(filter)}`;
    const cached = this.tagCache.get(key);
    if (cached) return cached;
    const counts = this.countTags(prefix, limit, filter);
    if (this.tagCache.size >= TAG_CACHE_SIZE) this.tagCache.clear();
    this.tagCache.set(key, counts);
    return counts;
  }

  private countTags(prefix: string, limit: number, filter: ListFilter): TagCount[] {
    const p = normalizeTags([prefix])[0] ?? '';
    // Parsed like the list's own query (glossary included), so a suggested tag is one the list shows.
    const plan = makePlan(filter, queryOptions(this.db));
    const narrowed = plan.trash || plan.pillarMasks.length > 0 || plan.excludePillarMask !== 0 || plan.tags.length > 0 || plan.excludeTags.length > 0 || !!plan.from || !!plan.to || hasText(plan);
    if (!narrowed) return p ? this.stmt.tagsByPrefix.all(p, p + '\uffff', limit) : this.stmt.tags.all(limit);
    const prefixCond = p ? ' AND t.tag >= ? AND t.tag < ?' : '';
    const prefixParams: Param[] = p ? [p, p + '\uffff'] : [];
    const order = ' GROUP BY t.tag ORDER BY count DESC, t.tag LIMIT ?';
    if (plan.trash && hasText(plan)) return tagsOfEntries(trashMatches(this.db, plan).map((m) => m.entry), p, limit);
    if (usesIndex(plan)) {
      const source = indexSource(plan, { words: wordsStarting(this.db) });
      if (!source) return [];
      return cachedStatement<Param[], TagCount>(
        this.db,
        `SELECT t.tag, count(*) AS count FROM ${source.table} JOIN entries e INDEXED BY entries_search_cover ON e.seq = ${source.table}.rowid ${SEQ_OF_KEY}
         JOIN entry_tags t ON t.entry_seq = e.seq
         WHERE ${source.table} MATCH ?${source.conds}${prefixCond}${order}`,
      ).all(source.match, ...source.params, ...prefixParams, limit);
    }
    const where = entriesWhere(plan);
    return cachedStatement<Param[], TagCount>(
      this.db,
      `SELECT t.tag, count(*) AS count FROM entries e JOIN entry_tags t ON t.entry_seq = e.seq WHERE ${where.sql}${prefixCond}${order}`,
    ).all(...where.params, ...prefixParams, limit);
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

/** Tags of entries already in memory (the trash searched by text), counted like listTags. */
function tagsOfEntries(entries: readonly Entry[], prefix: string, limit: number): TagCount[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of normalizeTags(entry.tags)) if (tag.startsWith(prefix)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0))
    .slice(0, limit);
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
