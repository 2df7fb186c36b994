import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Journal } from '../journal';
import { applyMigration, MIGRATIONS } from '../migrations';
import { up as TAG_DAYS_MIGRATION } from '../migrations/0003-tag-days';
import { tempDir } from '../test-support/temp';
import { freshJournal, on } from './test-fixtures';

type Row = { day: string; tag: string; count: number };

/** What tag_days must hold: recomputed from scratch. */
function expected(db: Database.Database): Row[] {
  return db
    .prepare(
      `SELECT e.day AS day, t.tag AS tag, count(*) AS count FROM entries e JOIN entry_tags t ON t.entry_seq = e.seq
       WHERE e.deleted_at IS NULL GROUP BY e.day, t.tag ORDER BY day, tag`,
    )
    .all() as Row[];
}

function actual(db: Database.Database): Row[] {
  return db.prepare(`SELECT day, tag, count FROM tag_days ORDER BY day, tag`).all() as Row[];
}

describe('tag_days stays in step with the journal', () => {
  it('through create, edit, trash, restore, purge, revisions and imports', () => {
    const journal = freshJournal();
    const check = () => expect(actual(journal.db)).toEqual(expected(journal.db));
    const a = journal.createEntry(on('2026-11-20', 'automation', '배포', ['k8s', '배포']));
    const b = journal.createEntry(on('2026-11-20', 'culture', '회고', ['k8s']));
    check();
    expect(actual(journal.db)).toContainEqual({ day: '2026-11-20', tag: 'k8s', count: 2 });

    journal.updateEntry(a.id, on('2026-11-21', 'automation', '배포 (moved)', ['k8s', 'ci'])); // new day, new tags
    check();
    journal.updateEntry(b.id, on('2026-11-20', 'culture', '회고 (same day, tags only)', ['retro']));
    check();
    journal.deleteEntry(a.id);
    check();
    expect(actual(journal.db).some((r) => r.tag === 'ci')).toBe(false);
    journal.restoreEntry(a.id);
    check();
    journal.restoreRevision(a.id, journal.listRevisions(a.id).at(-1)!.id); // back to 2026-11-20 with k8s, 배포
    check();
    journal.createMany([on('2026-11-22', 'sharing', 'x', ['docs', 'k8s']), on('2026-11-22', 'sharing', 'y', ['docs'])]);
    check();
    journal.deleteEntry(b.id);
    journal.purgeEntry(b.id);
    check();
    journal.deleteEntry(a.id);
    journal.emptyTrash();
    check();
    expect(actual(journal.db)).toEqual([
      { day: '2026-11-22', tag: 'docs', count: 2 },
      { day: '2026-11-22', tag: 'k8s', count: 1 },
    ]);
  });

  it('an import adds to the days already counted; the per-row triggers step aside only while it runs', () => {
    const journal = freshJournal();
    const check = () => expect(actual(journal.db)).toEqual(expected(journal.db));
    journal.createEntry(on('2026-11-20', 'automation', 'a', ['k8s']));
    const before = journal.changeStamp().version;
    journal.createMany([on('2026-11-20', 'automation', 'b', ['k8s', 'ci']), on('2026-11-21', 'culture', 'c', ['k8s'])]);
    check();
    expect(actual(journal.db)).toContainEqual({ day: '2026-11-20', tag: 'k8s', count: 2 });
    expect(journal.changeStamp().version).toBeGreaterThan(before);
    expect(journal.db.prepare(`SELECT count(*) FROM meta WHERE key = 'bulk_write'`).pluck().get()).toBe(0);
    // The triggers are back for single writes.
    const d = journal.createEntry(on('2026-11-21', 'culture', 'd', ['k8s', 'docs']));
    check();
    const afterOne = journal.changeStamp().version;
    expect(afterOne).toBeGreaterThan(before + 1);
    journal.deleteEntry(d.id);
    check();
    // An import that adds nothing changes nothing.
    journal.createMany([on('2026-11-20', 'automation', 'b', ['k8s', 'ci'])], { skipExisting: true });
    check();
    expect(journal.changeStamp().version).toBe(afterOne + 1); // the trash move above
  });

  it('when a live entry is deleted outright by another tool', () => {
    const journal = freshJournal();
    journal.createMany([on('2026-11-20', 'automation', 'a', ['k8s', 'ci']), on('2026-11-20', 'automation', 'b', ['k8s'])]);
    journal.db.prepare(`DELETE FROM entries WHERE title = 'a'`).run();
    expect(actual(journal.db)).toEqual([{ day: '2026-11-20', tag: 'k8s', count: 1 }]);
    journal.db.prepare(`DELETE FROM entry_tags WHERE tag = 'k8s'`).run();
    expect(actual(journal.db)).toEqual([]);
    // Tags written straight onto a trashed entry do not count until it is restored.
    const trashed = journal.createEntry(on('2026-11-21', 'culture', 'c'));
    journal.deleteEntry(trashed.id);
    const seq = (journal.db.prepare(`SELECT seq FROM entries WHERE id = ?`).get(trashed.id) as { seq: number }).seq;
    journal.db.prepare(`INSERT INTO entry_tags (entry_seq, tag) VALUES (?, 'retro')`).run(seq);
    expect(actual(journal.db)).toEqual([]);
    journal.restoreEntry(trashed.id);
    expect(actual(journal.db)).toEqual([{ day: '2026-11-21', tag: 'retro', count: 1 }]);
  });

  it('is filled from the entries already there when an older journal is migrated', () => {
    const dir = tempDir('pileup-insights-migrate-');
    try {
      const file = dir.file('old.db');
      const version = MIGRATIONS.indexOf(TAG_DAYS_MIGRATION);
      expect(version).toBeGreaterThan(0);
      const old = new Database(file);
      for (const step of MIGRATIONS.slice(0, version)) applyMigration(old, step);
      old.pragma(`user_version = ${version}`);
      const insert = old.prepare(
        `INSERT INTO entries (id, day, title, body, pillars, created_at, updated_at, deleted_at) VALUES (?, ?, ?, '', 1, '', '', ?)`,
      );
      const tag = old.prepare(`INSERT INTO entry_tags (entry_seq, tag) VALUES (?, ?)`);
      tag.run(insert.run('a', '2026-01-01', '새해', null).lastInsertRowid, '회고');
      tag.run(insert.run('b', '2026-01-01', 'again', null).lastInsertRowid, '회고');
      tag.run(insert.run('c', '2026-01-02', 'trashed', '2026-01-03T00:00:00Z').lastInsertRowid, '회고');
      old.close();

      const journal = Journal.open(file);
      try {
        expect(actual(journal.db)).toEqual([{ day: '2026-01-01', tag: '회고', count: 2 }]);
        journal.restoreEntry('c');
        expect(actual(journal.db)).toEqual(expected(journal.db));
        expect(actual(journal.db)).toHaveLength(2);
      } finally {
        journal.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});
