import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PileupError } from './common/errors';
import { Journal } from './journal';
import { SCHEMA_VERSION } from './migrations/index';
import { openReadConnection } from './open';
import { SEARCH_INDEX_VERSION, SEARCH_INDEX_VERSION_KEY } from './search/schema';
import { writeJournalAtSchema } from './test-support/old-journal';
import { tempDir } from './test-support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function folder(): ReturnType<typeof tempDir> {
  const dir = tempDir('pileup-read-');
  cleanups.push(dir.cleanup);
  return dir;
}

function writer(file: string): Journal {
  const journal = Journal.open(file);
  cleanups.push(() => journal.close());
  return journal;
}

function reader(file: string, options?: Parameters<typeof openReadConnection>[1]): Database.Database {
  const db = openReadConnection(file, options);
  cleanups.push(() => db.close());
  return db;
}

function refusal(fn: () => unknown): PileupError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PileupError) return error;
    throw error;
  }
  throw new Error('expected a PileupError');
}

const titles = (db: Database.Database): string[] => db.prepare<[], string>(`SELECT title FROM entries ORDER BY seq`).pluck().all();

describe('openReadConnection', () => {
  it('reads what the writer committed, beside a write still under way', () => {
    const file = folder().file('journal.db');
    const journal = writer(file);
    const db = reader(file, { busyTimeoutMs: 0 });
    expect(titles(db)).toEqual([]);

    journal.createEntry({ title: '배포 회고', body: '카나리 배포', pillars: ['culture'] });
    expect(titles(db)).toEqual(['배포 회고']);

    // WAL: the reader neither waits for the open write transaction nor sees it.
    journal.db.exec('BEGIN IMMEDIATE');
    journal.createEntry({ title: 'Uncommitted', pillars: ['sharing'] });
    expect(titles(db)).toEqual(['배포 회고']);
    journal.db.exec('COMMIT');
    expect(titles(db)).toEqual(['배포 회고', 'Uncommitted']);
  });

  it('refuses every write, and changes nothing in the file', () => {
    const dir = folder();
    const file = dir.file('journal.db');
    writer(file).createEntry({ title: 'kept', pillars: ['automation'] });
    const db = reader(file);
    expect(db.pragma('query_only', { simple: true })).toBe(1);
    expect(() => db.prepare(`INSERT INTO meta (key, value) VALUES ('x', 1)`).run()).toThrow(/readonly/);
    expect(() => db.prepare(`DELETE FROM entries`).run()).toThrow(/readonly/);
    expect(() => db.exec(`CREATE TABLE scratch (x)`)).toThrow(/readonly/);
    expect(titles(db)).toEqual(['kept']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a missing file without creating it, a folder, and a file that is not a journal', () => {
    const dir = folder();
    const missing = dir.file('missing.db');
    const error = refusal(() => openReadConnection(missing));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/does not exist/);
    expect(fs.existsSync(missing)).toBe(false);

    expect(refusal(() => openReadConnection(dir.dir)).code).toBe('invalid_input');
    fs.writeFileSync(dir.file('notes.txt'), 'not a database, just some text');
    expect(refusal(() => openReadConnection(dir.file('notes.txt'))).code).toBe('corrupt_database');
    fs.writeFileSync(dir.file('empty.db'), '');
    expect(refusal(() => openReadConnection(dir.file('empty.db'))).message).toMatch(/not a journal yet/);
  });

  it('refuses a file at an older schema, leaving it as it was', () => {
    const dir = folder();
    const file = dir.file('old.db');
    writeJournalAtSchema(file, SCHEMA_VERSION - 1);
    const error = refusal(() => openReadConnection(file));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(new RegExp(`schema ${SCHEMA_VERSION - 1}.*an older Pileup`));
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
    raw.close();
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a file at a newer schema, or with another search index version', () => {
    const file = folder().file('journal.db');
    writer(file).close();
    const raw = new Database(file);
    cleanups.push(() => raw.close());

    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(refusal(() => openReadConnection(file)).message).toMatch(/a newer Pileup/);
    raw.pragma(`user_version = ${SCHEMA_VERSION}`);

    const setIndexVersion = raw.prepare<[number, string]>(`UPDATE meta SET value = ? WHERE key = ?`);
    setIndexVersion.run(SEARCH_INDEX_VERSION + 1, SEARCH_INDEX_VERSION_KEY);
    const error = refusal(() => openReadConnection(file));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/search index version/);
    raw.prepare<[string]>(`DELETE FROM meta WHERE key = ?`).run(SEARCH_INDEX_VERSION_KEY);
    expect(refusal(() => openReadConnection(file)).message).toMatch(/search index version none/);

    raw.prepare<[string, number]>(`INSERT INTO meta (key, value) VALUES (?, ?)`).run(SEARCH_INDEX_VERSION_KEY, SEARCH_INDEX_VERSION);
    expect(titles(reader(file))).toEqual([]);
  });
});
