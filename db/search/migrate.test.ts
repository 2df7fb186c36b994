import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../journal';
import { listEntries } from '../list/index';
import { applyMigration, MIGRATIONS } from '../migrations';
import { tempDir } from '../test-support/temp';
import { SEARCH_INDEX_VERSION, SEARCH_INDEX_VERSION_KEY } from './schema';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A journal file as Pileup wrote it at schema 3: one-character lookups inside search_text, keys in search_keys. */
function schema3Journal(file: string): void {
  const old = new Database(file);
  for (const step of MIGRATIONS.slice(0, 3)) applyMigration(old, step);
  old.pragma('user_version = 3');
  const insert = old.prepare(
    `INSERT INTO entries (id, day, title, body, pillars, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, '', '', ?)`,
  );
  const tag = old.prepare(`INSERT INTO entry_tags (entry_seq, tag) VALUES (?, ?)`);
  tag.run(insert.run('a', '2026-03-02', '캐시 설정', '빌드 시간이 7분으로 줄었다.', 0b0010, null).lastInsertRowid, 'ci');
  insert.run('b', '2026-03-01', 'Team retro', '주간 회고를 했다.', 0b0001, null);
  insert.run('c', '2026-03-03', '휴지통 캐럴', 'in the trash', 0b0001, '2026-03-04T00:00:00Z');
  // What the old index held for entry a (its rows are rebuilt, not read).
  old.prepare(`INSERT INTO search_text (rowid, title, body, tags, meta, chars) VALUES (1, 'stale', 'stale', '', '', '')`).run();
  old.prepare(`INSERT INTO search_keys (seq, key) VALUES (1, 1)`).run();
  old.close();
}

describe('the search index of a journal from schema 3', () => {
  it('is rebuilt in the present shape after the migrations, and their backup, because it has no index version', () => {
    const dir = tempDir('pileup-search-migrate-');
    cleanups.push(dir.cleanup);
    const file = dir.file('old.db');
    schema3Journal(file);
    const journal = Journal.open(file);
    cleanups.push(() => journal.close());

    expect(journal.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(fs.readdirSync(dir.dir).some((f) => f.startsWith('old.db.before-v') && f.endsWith('.bak'))).toBe(true);
    const tables = journal.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
    expect(tables).toContain('search_text');
    expect(tables).not.toContain('search_chars');
    expect(tables).not.toContain('search_keys');
    expect(journal.db.prepare<[string], number>(`SELECT value FROM meta WHERE key = ?`).pluck().get(SEARCH_INDEX_VERSION_KEY)).toBe(SEARCH_INDEX_VERSION);

    const found = (query: string): string[] => listEntries(journal.db, { filter: { query }, limit: 50 }).entries.map((e) => e.title);
    expect(found('캐')).toEqual(['캐시 설정']); // one character; the trashed 캐럴 is not indexed
    expect(found('7')).toEqual(['캐시 설정']);
    expect(found('회고')).toEqual(['Team retro']);
    expect(found('시간이')).toEqual(['캐시 설정']);
    expect(found('tag:ci pillar:automation')).toEqual(['캐시 설정']);
    expect(found('stale')).toEqual([]);
    expect(found('-캐')).toEqual(['Team retro']);

    // Restored from the trash, an entry is indexed again; edits move it.
    journal.restoreEntry('c');
    expect(found('캐')).toEqual(['휴지통 캐럴', '캐시 설정']);
    journal.updateEntry('c', { day: '2026-02-01', title: '휴지통 캐럴', body: 'moved back a month', pillars: ['culture'] });
    expect(found('캐')).toEqual(['캐시 설정', '휴지통 캐럴']);
    expect(found('month')).toEqual(['휴지통 캐럴']);
    expect(found('trash')).toEqual([]);
  });
});
