import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal } from '../journal';
import { listEntries } from '../list';
import { SEARCH_INDEX_VERSION, SEARCH_INDEX_VERSION_KEY } from '../search/schema';
import { OLD_ENTRIES, writeJournalAtSchema } from '../test-support/old-journal';
import { tempDir } from '../test-support/temp';
import { PILEUP_APPLICATION_ID } from '../journal-file';
import { MIGRATIONS, SCHEMA_VERSION } from './index';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MIGRATION_FILES = fs.readdirSync(HERE).filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f)).sort();

function open(file: string): { journal: Journal; progress: [number, number][] } {
  const progress: [number, number][] = [];
  const journal = Journal.open(file, { onIndexProgress: (done, total) => progress.push([done, total]) });
  cleanups.push(() => journal.close());
  return { journal, progress };
}

function found(journal: Journal, query: string): string[] {
  // Without the glossary: these tests are about the index a migration leaves, not about synonyms.
  return listEntries(journal.db, { filter: { query }, limit: 50 }, {}).entries.map((e) => e.title);
}

function entryRows(db: Database.Database): unknown[] {
  return db.prepare(`SELECT id, day, title, body, pillars, created_at, updated_at, deleted_at FROM entries ORDER BY seq`).all();
}

function tagRows(db: Database.Database): unknown[] {
  return db.prepare(`SELECT e.id, t.tag FROM entry_tags t JOIN entries e ON e.seq = t.entry_seq ORDER BY e.id, t.tag`).all();
}

function storedIndexVersion(db: Database.Database): number | undefined {
  return db.prepare<[string], number>(`SELECT value FROM meta WHERE key = ?`).pluck().get(SEARCH_INDEX_VERSION_KEY);
}

describe('migration files', () => {
  it('are numbered 1 to N without gaps and listed in that order', async () => {
    expect(MIGRATION_FILES.map((f) => Number(f.slice(0, 4)))).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const [i, name] of MIGRATION_FILES.entries()) {
      const module: { up: unknown } = await import(/* @vite-ignore */ pathToFileURL(path.join(HERE, name)).href);
      expect(module.up, name).toBe(MIGRATIONS[i]);
    }
  });

  it('import no live code, so what they do never changes', () => {
    for (const name of MIGRATION_FILES) {
      const text = fs.readFileSync(path.join(HERE, name), 'utf8');
      const imports = text.match(/^\s*(import\b|export\s*[*{]).*$/gm) ?? [];
      for (const line of imports) expect(line, name).toMatch(/^import type \{[^}]*\} from 'better-sqlite3';$/);
      expect(text, name).not.toMatch(/\brequire\(|\bimport\(/);
    }
  });
});

describe('a journal from an earlier schema', () => {
  it.each([1, 2, 3, 4, 5, 6])('at schema %i is backed up and migrated if it must be, and reindexed once, keeping every entry and tag', (version) => {
    const dir = tempDir('pileup-upgrade-');
    cleanups.push(dir.cleanup);
    const file = dir.file('journal.db');
    writeJournalAtSchema(file, version);
    const before = new Database(file, { readonly: true });
    const entries = entryRows(before);
    const tags = tagRows(before);
    before.close();
    expect(entries).toHaveLength(OLD_ENTRIES.length);

    const { journal, progress } = open(file);

    // The backup was taken before the first migration: it is the file as it
    // was. A file at the present schema is not migrated, only reindexed (the
    // index is derived from entries): no backup.
    const backups = fs.readdirSync(dir.dir).filter((f) => f.startsWith(`journal.db.before-v${SCHEMA_VERSION}-`) && f.endsWith('.bak'));
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual(backups);
    expect(backups).toHaveLength(version < SCHEMA_VERSION ? 1 : 0);
    for (const name of backups) {
      const backup = new Database(path.join(dir.dir, name), { readonly: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(version);
      expect(entryRows(backup)).toEqual(entries);
      expect(tagRows(backup)).toEqual(tags);
      expect(storedIndexVersion(backup)).toBeUndefined();
      expect(backup.pragma('application_id', { simple: true })).toBe(version < 5 ? 0 : PILEUP_APPLICATION_ID);
      backup.close();
    }

    expect(journal.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // Earlier versions did not mark their journals; migration 5 does.
    expect(journal.db.pragma('application_id', { simple: true })).toBe(PILEUP_APPLICATION_ID);
    expect(storedIndexVersion(journal.db)).toBe(SEARCH_INDEX_VERSION);
    expect(entryRows(journal.db)).toEqual(entries);
    expect(tagRows(journal.db)).toEqual(tags);
    expect(journal.getEntry('a')).toMatchObject({ title: '캐시 설정', pillars: ['automation'], tags: ['ci', '빌드'] });

    // One rebuild of the two live entries, reported as it went.
    expect(progress).toEqual([[0, 2], [2, 2]]);
    expect(found(journal, '회고')).toEqual(['Team retro']); // two syllables; the trashed 휴지통 회고 is not indexed
    expect(found(journal, '설정')).toEqual(['캐시 설정']);
    expect(found(journal, 'deploy')).toEqual(['캐시 설정']);
    expect(found(journal, '캐')).toEqual(['캐시 설정']);
    expect(found(journal, 'tag:빌드 pillar:automation')).toEqual(['캐시 설정']);
    expect(found(journal, 'stale')).toEqual([]);

    const tagDays = journal.db.prepare(`SELECT day, tag, count FROM tag_days ORDER BY day, tag`).all();
    expect(tagDays).toEqual([
      { day: '2026-03-01', tag: '회고', count: 1 },
      { day: '2026-03-02', tag: 'ci', count: 1 },
      { day: '2026-03-02', tag: '빌드', count: 1 },
    ]);
    journal.restoreEntry('c');
    expect(found(journal, '회고')).toEqual(['휴지통 회고', 'Team retro']);
    expect(journal.db.prepare(`SELECT count FROM tag_days WHERE day = '2026-03-03' AND tag = '회고'`).pluck().get()).toBe(1);
    journal.close();

    // Opened again, nothing is migrated, backed up or rebuilt.
    const again = open(file);
    expect(again.progress).toEqual([]);
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual(backups);
    expect(found(again.journal, '회고')).toEqual(['휴지통 회고', 'Team retro']);
  });
});

describe('the search index version', () => {
  it('is written into a new journal, whose empty index is not rebuilt', () => {
    const dir = tempDir('pileup-index-version-');
    cleanups.push(dir.cleanup);
    const file = dir.file('journal.db');
    const { journal, progress } = open(file);
    expect(progress).toEqual([]);
    expect(storedIndexVersion(journal.db)).toBe(SEARCH_INDEX_VERSION);
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    journal.createEntry({ day: '2026-05-01', title: '배포 회고', body: 'rollback drill', pillars: ['culture'] });
    expect(found(journal, '배포')).toEqual(['배포 회고']);
  });

  it('when it changes, makes the next open rebuild the index, with no migration and no backup', () => {
    const dir = tempDir('pileup-index-version-');
    cleanups.push(dir.cleanup);
    const file = dir.file('journal.db');
    const first = open(file).journal;
    first.createEntry({ day: '2026-05-01', title: '배포 회고', body: 'rollback drill', pillars: ['culture'], tags: ['retro'] });
    first.createEntry({ day: '2026-05-02', title: 'Canary', body: '카나리 배포를 자동화했다.', pillars: ['automation'] });
    first.createEntry({ day: '2026-05-03', title: 'Trashed', body: 'rollback', pillars: ['sharing'] });
    first.deleteEntry(first.db.prepare<[], string>(`SELECT id FROM entries WHERE title = 'Trashed'`).pluck().get() ?? '');
    first.close();

    // What an older or newer Pileup's index would look like: another version,
    // and rows this one would not have written.
    const other = new Database(file);
    other.prepare<[number, string]>(`UPDATE meta SET value = ? WHERE key = ?`).run(SEARCH_INDEX_VERSION + 1, SEARCH_INDEX_VERSION_KEY);
    const keys = other.prepare<[], number>(`SELECT rowid FROM search_text`).pluck().all();
    for (const key of keys) other.prepare<[number]>(`DELETE FROM search_text WHERE rowid = ?`).run(key);
    other.close();

    const { journal, progress } = open(file);
    expect(progress).toEqual([[0, 2], [2, 2]]);
    expect(storedIndexVersion(journal.db)).toBe(SEARCH_INDEX_VERSION);
    expect(journal.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
    expect(found(journal, '배포')).toEqual(['배포 회고', 'Canary']);
    expect(found(journal, 'rollback')).toEqual(['배포 회고']);
    expect(found(journal, 'tag:retro')).toEqual(['배포 회고']);
  });
});
