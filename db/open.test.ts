import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PileupError } from './common/errors';
import { Journal } from './journal';
import { PILEUP_APPLICATION_ID } from './journal-file';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import { openReadConnection, openReadOnlyCopy } from './open';
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

/** The file's bytes and the folder's listing, to show that nothing was written. */
function snapshot(dir: string, file: string): { hash: string; listing: string[] } {
  return { hash: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), listing: fs.readdirSync(dir).sort() };
}

function otherAppFile(file: string, setup: (db: Database.Database) => void): void {
  const db = new Database(file);
  setup(db);
  db.close();
}

describe('opening a file that is not a Pileup journal', () => {
  const cases: [string, (db: Database.Database) => void, RegExp][] = [
    ['a notes app', (db) => db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')`), /\(tables: notes\)/],
    ['a notes app in WAL mode', (db) => {
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')`);
    }, /\(tables: notes\)/],
    ['an app at user_version 2', (db) => {
      db.exec(`CREATE TABLE cards (front TEXT, back TEXT)`);
      db.pragma('user_version = 2');
    }, /\(tables: cards\)/],
    ['an app with its own entries table', (db) => db.exec(`CREATE TABLE entries (id TEXT); CREATE TABLE authors (name TEXT)`), /\(tables: entries, authors\)/],
    ['an app with its own application_id', (db) => {
      db.exec(MIGRATIONS[0] as string);
      db.pragma('application_id = 1234');
      db.pragma('user_version = 1');
    }, /\(application id 0x000004d2, tables: entries, entry_tags, revisions, meta\)/],
    ['an app with entries and meta tables of its own', (db) => {
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE entries (id TEXT); CREATE TABLE meta (k TEXT, v TEXT)`);
      db.pragma('user_version = 3');
    }, /\(tables: entries, meta\)/],
  ];

  it.each(cases)('refuses %s before writing anything, and says what the file is', (_, setup, tables) => {
    const dir = folder();
    const file = dir.file('other.db');
    otherAppFile(file, setup);
    const before = snapshot(dir.dir, file);
    for (const open of [() => Journal.open(file), () => openReadConnection(file)]) {
      const error = refusal(open);
      expect(error.code).toBe('corrupt_database');
      expect(error.message).toMatch(/other\.db is an SQLite database of another application \(/);
      expect(error.message).toMatch(tables);
      expect(error.message).toMatch(/Pileup opens only its own journals\. The file was left untouched\.$/);
      expect(snapshot(dir.dir, file)).toEqual(before);
    }
  });

  it('refuses one that its application has open (a -wal beside it), creating nothing', () => {
    const dir = folder();
    const file = dir.file('other.db');
    const app = new Database(file);
    cleanups.push(() => app.close());
    app.pragma('journal_mode = WAL');
    app.exec(`CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('only in the WAL so far')`);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const before = snapshot(dir.dir, file);
    expect(refusal(() => Journal.open(file)).message).toMatch(/another application \(tables: notes\)/);
    expect(snapshot(dir.dir, file)).toEqual(before);
  });

  it('refuses a journal from a newer Pileup before switching it to WAL or backing it up', () => {
    const dir = folder();
    const file = dir.file('journal.db');
    writer(file).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = snapshot(dir.dir, file);
    const error = refusal(() => Journal.open(file));
    expect(error.code).toBe('corrupt_database');
    expect(error.message).toMatch(new RegExp(`written by a newer version of Pileup \\(schema ${SCHEMA_VERSION + 1}\\).*left untouched`));
    expect(snapshot(dir.dir, file)).toEqual(before);
  });

  it('opens an empty file or an SQLite file without tables as a new journal, marked as Pileup', () => {
    const dir = folder();
    fs.writeFileSync(dir.file('empty.db'), '');
    new Database(dir.file('blank.db')).exec('VACUUM');
    for (const name of ['empty.db', 'blank.db', 'missing.db']) {
      const journal = writer(dir.file(name));
      expect(journal.db.pragma('application_id', { simple: true }), name).toBe(PILEUP_APPLICATION_ID);
      expect(journal.db.pragma('user_version', { simple: true }), name).toBe(SCHEMA_VERSION);
    }
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('the application_id', () => {
  it('is "PLUP" in ASCII, and migration 5 writes that value', () => {
    expect(Buffer.from('PLUP', 'latin1').readUInt32BE(0)).toBe(PILEUP_APPLICATION_ID);
    const db = new Database(':memory:');
    db.exec(MIGRATIONS[4] as string);
    expect(db.pragma('application_id', { simple: true })).toBe(PILEUP_APPLICATION_ID);
    db.close();
  });
});

describe('openReadOnlyCopy', () => {
  it('reads a closed journal from memory, writing nothing beside it, and refuses another application\'s file', () => {
    const dir = folder();
    const file = dir.file('journal.db');
    const journal = writer(file);
    journal.createEntry({ title: '메모리에서 읽기', pillars: ['sharing'] });
    journal.close();
    const before = snapshot(dir.dir, file);
    const db = openReadOnlyCopy(file);
    cleanups.push(() => db.close());
    expect(titles(db)).toEqual(['메모리에서 읽기']);
    expect(() => db.prepare(`DELETE FROM entries`).run()).toThrow(/readonly/);
    expect(snapshot(dir.dir, file)).toEqual(before);

    const other = dir.file('other.db');
    otherAppFile(other, (o) => o.exec(`CREATE TABLE notes (text TEXT)`));
    expect(refusal(() => openReadOnlyCopy(other)).message).toMatch(/another application \(tables: notes\)/);
  });
});
