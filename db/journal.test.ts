import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { importEntries } from './bulk-insert';
import { PileupError } from './common/errors';
import type { JobProgress } from './common/model';
import { UNFOLLOWED_JOB } from './job';
import { createHandlers, dispatch } from './handlers';
import { toErrorBody } from './handlers-dispatch';
import { Journal, type NewEntry } from './journal';
import { countEntries } from './list/index';
import { MIGRATIONS } from './migrations';
import { WAL_SIZE_LIMIT } from './open';
import { tempJournal } from './test-support/journal';
import { tempDir } from './test-support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function expectError(fn: () => unknown, code: string, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    const text = error instanceof PileupError ? error.message : (issues ?? []).map((i) => i.message).join('; ');
    if (error instanceof PileupError) expect(error.code).toBe(code);
    expect(text).toMatch(message);
    return;
  }
  throw new Error('expected an error');
}

describe('entries', () => {
  it('creates an entry with defaults: today, trimmed title, normalized tags', () => {
    const { journal } = tempJournal();
    const entry = journal.createEntry({ title: '  배포 회고  ', body: '오늘 배포했다', pillars: ['sharing', 'culture'], tags: [' #K8s ', 'k8s', '#보안', ' on call '] });
    expect(entry.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry.title).toBe('배포 회고');
    expect(entry.pillars).toEqual(['culture', 'sharing']);
    expect(entry.tags.sort()).toEqual(['k8s', 'on call', '보안']);
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(journal.getEntry(entry.id)).toEqual(entry);
  });

  it('keeps tags with spaces, emoji and Korean', () => {
    const { journal } = tempJournal();
    const entry = journal.createEntry({ title: 't', pillars: ['automation'], tags: ['release train', '🚀 launch', '장애 대응'] });
    expect([...entry.tags].sort()).toEqual(['release train', '장애 대응', '🚀 launch'].sort());
  });

  it('rejects an entry with neither title nor body', () => {
    const { journal } = tempJournal();
    expectError(() => journal.createEntry({ title: '  ', body: '\n', pillars: ['culture'] }), 'invalid_input', /title or a body/);
  });

  it('rejects an entry without a pillar and names the four', () => {
    const { journal } = tempJournal();
    expectError(() => journal.createEntry({ title: 'x', body: '', pillars: [] }), 'invalid_input', /culture, automation, measurement, sharing/);
  });

  it('rejects an unknown pillar and an impossible day', async () => {
    const h = createHandlers(tempJournal().journal);
    const bad = await dispatch(h, 'createEntry', { title: 'x', pillars: ['devops'], day: '2026-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.message).toMatch(/Pillar must be one of/);
      expect(bad.error.message).toMatch(/real date/);
    }
    for (const day of ['2026-13-01', '26-01-01', '2026-1-1', '2024-02-29x']) {
      expect((await dispatch(h, 'createEntry', { title: 'x', pillars: ['culture'], day })).ok).toBe(false);
    }
    expect((await dispatch(h, 'createEntry', { title: 'leap', pillars: ['culture'], day: '2024-02-29' })).ok).toBe(true);
  });

  it('accepts a 1 MB body and rejects a 20 MB body with a message, keeping what was saved', async () => {
    const { journal } = tempJournal();
    const big = '가나다 abc '.repeat(1024 * 1024 / 13);
    const saved = journal.createEntry({ title: 'big', body: big, pillars: ['measurement'] });
    expect(journal.getEntry(saved.id).body).toBe(big);
    const h = createHandlers(journal);
    const huge = await dispatch(h, 'createEntry', { title: 'huge', body: 'x'.repeat(20 * 1024 * 1024), pillars: ['measurement'] });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/too large/) } });
    expect(journal.countByDay()).toEqual([{ day: saved.day, count: 1 }]);
  });

  it('keeps every previous version as a revision and restores one', () => {
    const { journal } = tempJournal();
    const v1 = journal.createEntry({ title: 'v1', body: '처음', pillars: ['culture'], tags: ['a'] });
    journal.updateEntry(v1.id, { title: 'v2', body: '두번째', pillars: ['culture', 'sharing'], tags: ['b'] });
    journal.updateEntry(v1.id, { title: 'v2', body: '두번째', pillars: ['sharing', 'culture'], tags: ['b'] }); // no change
    journal.updateEntry(v1.id, { title: 'v3', body: '세번째', pillars: ['sharing'], tags: [] });
    const revisions = journal.listRevisions(v1.id);
    expect(revisions.map((r) => r.title)).toEqual(['v2', 'v1']);
    const restored = journal.restoreRevision(v1.id, revisions[1]!.id);
    expect(restored).toMatchObject({ title: 'v1', body: '처음', pillars: ['culture'], tags: ['a'] });
    expect(journal.listRevisions(v1.id).map((r) => r.title)).toEqual(['v3', 'v2', 'v1']);
    expectError(() => journal.restoreRevision(v1.id, 9999), 'not_found', /version/);
  });

  it('moves to the trash, restores, and purges only from the trash', () => {
    const { journal } = tempJournal();
    const a = journal.createEntry({ title: 'a', pillars: ['culture'] });
    const b = journal.createEntry({ title: 'b', pillars: ['culture'] });
    expectError(() => journal.purgeEntry(a.id), 'conflict', /trash/);
    expect(journal.deleteEntry(a.id).deletedAt).not.toBeNull();
    expectError(() => journal.updateEntry(a.id, { title: 'x', body: '', pillars: ['culture'], day: a.day, tags: [] }), 'conflict', /restore/);
    expect(journal.restoreEntry(a.id).deletedAt).toBeNull();
    journal.deleteEntry(a.id);
    journal.deleteEntry(b.id);
    expect(journal.emptyTrash()).toEqual({ purged: 2 });
    expectError(() => journal.getEntry(a.id), 'not_found', /does not exist/);
  });

  it('counts tags by prefix, only for live entries', () => {
    const { journal } = tempJournal();
    journal.createEntry({ title: 'a', pillars: ['culture'], tags: ['k8s', 'kafka', '보안'] });
    const gone = journal.createEntry({ title: 'b', pillars: ['culture'], tags: ['k8s'] });
    journal.deleteEntry(gone.id);
    expect(journal.listTags('K')).toEqual([{ tag: 'k8s', count: 1 }, { tag: 'kafka', count: 1 }]);
    expect(journal.listTags('보')).toEqual([{ tag: '보안', count: 1 }]);
  });

  it('grows the change stamp on every write', () => {
    const { journal } = tempJournal();
    const before = journal.changeStamp().version;
    const e = journal.createEntry({ title: 'a', pillars: ['culture'] });
    journal.deleteEntry(e.id);
    expect(journal.changeStamp().version).toBeGreaterThanOrEqual(before + 2);
  });

  it('skips entries already in the journal when importing many', () => {
    const { journal } = tempJournal();
    const drafts = [
      { day: '2026-01-02', title: '회고', body: 'x', pillars: ['culture' as const] },
      { day: '2026-01-03', title: 'retro', body: 'y', pillars: ['sharing' as const] },
    ];
    expect(journal.createMany(drafts, { skipExisting: true })).toEqual({ added: 2, skipped: 0 });
    expect(journal.createMany(drafts, { skipExisting: true })).toEqual({ added: 0, skipped: 2 });
  });

  it('rolls back the whole batch when one entry is invalid', () => {
    const { journal } = tempJournal();
    expect(() => journal.createMany([{ title: 'ok', pillars: ['culture'] }, { title: 'bad', pillars: [] }])).toThrow();
    expect(journal.countByDay()).toEqual([]);
  });
});

describe('database file', () => {
  it('refuses a file of random bytes with a clear message and leaves it untouched', () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const file = dir.file('random.db');
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    fs.writeFileSync(file, bytes);
    expectError(() => Journal.open(file), 'corrupt_database', /not a Pileup journal/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir.dir)).toEqual(['random.db']);
  });

  it('refuses a damaged SQLite file without changing it', () => {
    const { journal, file, dir } = tempJournal();
    for (let i = 0; i < 200; i++) journal.createEntry({ title: `e${i}`, body: 'x'.repeat(2000), pillars: ['culture'] });
    // A leaf page of the entries table from the middle of the file.
    const leaves = journal.db
      .prepare<[], number>(`SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY pageno`)
      .pluck()
      .all();
    const pageSize = journal.db.pragma('page_size', { simple: true });
    journal.close();
    const page = leaves[Math.floor(leaves.length / 2)];
    if (page === undefined || typeof pageSize !== 'number') throw new Error('the entries table has no leaf pages');
    const bytes = fs.readFileSync(file);
    expect((page - 1) * pageSize).toBeGreaterThan(bytes.length / 8);
    // Its cell pointers and cells, past the 8-byte page header, overwritten.
    bytes.fill(0xab, (page - 1) * pageSize + 8, page * pageSize - 16);
    fs.writeFileSync(file, bytes);
    const hash = (): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = { hash: hash(), listing: fs.readdirSync(dir.dir).sort() };

    expectError(() => Journal.open(file), 'corrupt_database', /journal\.db is damaged \(.+\)\. Restore it from a backup: .*`pileup backup`.*\.bak.*The file was left untouched\.$/);
    expect({ hash: hash(), listing: fs.readdirSync(dir.dir).sort() }).toEqual(before);
  });

  it('names the backup Pileup made before its last upgrade when a damaged journal has one', () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const file = dir.file('journal.db');
    const backup = 'journal.db.before-v5-2026-01-01T00-00-00-000Z.bak';
    fs.writeFileSync(dir.file(backup), '');
    const journal = Journal.open(file);
    for (let i = 0; i < 100; i++) journal.createEntry({ title: `e${i}`, body: 'y'.repeat(3000), pillars: ['sharing'] });
    const root = journal.db.prepare<[], number>(`SELECT rootpage FROM sqlite_schema WHERE name = 'entries'`).pluck().get();
    const pageSize = journal.db.pragma('page_size', { simple: true });
    journal.close();
    if (root === undefined || typeof pageSize !== 'number') throw new Error('no entries table');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x00, (root - 1) * pageSize + 3, (root - 1) * pageSize + 12); // the root page's cell count and pointers
    fs.writeFileSync(file, bytes);
    expectError(() => Journal.open(file), 'corrupt_database', new RegExp(`made before its last upgrade \\(${backup.replace(/\./g, '\\.')}, beside it\\)`));
  });

  it('refuses a journal from a newer Pileup', () => {
    const { journal, file } = tempJournal();
    journal.db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    journal.close();
    expectError(() => Journal.open(file), 'corrupt_database', /newer version/);
  });

  it('backs up an existing file before migrating it', () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const file = dir.file('old.db');
    const old = new Database(file);
    old.exec(MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO entries (id, day, title, body, pillars, created_at, updated_at) VALUES ('x', '2025-01-01', '옛 기록', '', 1, 'now', 'now')`).run();
    old.close();
    const journal = Journal.open(file);
    cleanups.push(() => journal.close());
    expect(journal.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(journal.getEntry('x').title).toBe('옛 기록');
    const backups = fs.readdirSync(dir.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const copy = new Database(path.join(dir.dir, backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('reports a locked database as busy instead of a raw SQLite error', async () => {
    const { journal, file } = tempJournal();
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    const slow = Journal.open(file, { busyTimeoutMs: 50 });
    cleanups.push(() => slow.close());
    const result = await dispatch(createHandlers(slow), 'createEntry', { title: 'blocked', pillars: ['culture'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'database_locked' } });
    other.exec('ROLLBACK');
    other.close();
    expect((await dispatch(createHandlers(slow), 'createEntry', { title: 'now it works', pillars: ['culture'] })).ok).toBe(true);
    expect(journal.countByDay()[0]?.count).toBe(1);
  });

  it('cuts the WAL back after a write bigger than its limit', () => {
    const { journal, file } = tempJournal();
    // One transaction that outgrows the limit once its text is indexed.
    const body = '배포 자동화 rollout '.repeat(30_000);
    journal.createMany(Array.from({ length: 100 }, (_, i) => ({ title: `big ${i}`, body, pillars: ['automation' as const] })));
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(WAL_SIZE_LIMIT);
    // The next write starts the WAL over, and the file is cut back then.
    journal.createEntry({ title: 'after', pillars: ['culture'] });
    expect(fs.statSync(`${file}-wal`).size).toBeLessThanOrEqual(WAL_SIZE_LIMIT);
    expect(journal.countByDay().reduce((n, d) => n + d.count, 0)).toBe(101);
  });

  it('checkpoints a big import after it returns, off the importing call', async () => {
    const { journal, file, dir } = tempJournal();
    const rows = Array.from({ length: 1_200 }, (_, i) => ({ day: '2026-03-01', title: `가져온 ${i}`, body: '배포 자동화 rollout', pillars: ['automation' as const] }));
    await importEntries(journal, rows, {}, UNFOLLOWED_JOB);
    expect(journal.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await new Promise((resolve) => setImmediate(resolve));
    // The import committed with automatic checkpoints off, so the database
    // file without its WAL holds it only if the checkpoint after it ran.
    const copy = dir.file('without-wal.db');
    fs.copyFileSync(file, copy);
    const db = new Database(copy);
    expect(db.prepare(`SELECT count(*) FROM entries`).pluck().get()).toBe(1_200);
    db.close();
  });

  it('indexes a big import prepared on a worker, skipping what is already there', async () => {
    const { journal } = tempJournal();
    const row = (i: number): NewEntry => ({ day: `2026-0${1 + (i % 9)}-1${i % 10}`, title: `회고 ${i}`, body: `rollout 캐시 #${i}`, pillars: ['culture'] });
    journal.createMany(Array.from({ length: 1_500 }, (_, i) => row(i)));
    const phases = new Set<string>();
    const job = { ...UNFOLLOWED_JOB, progress: (p: JobProgress) => void phases.add(p.phase) };
    // The first 1,500 are there already: the worker's first chunks are read past.
    const again = await importEntries(journal, Array.from({ length: 4_700 }, (_, i) => row(i)), { skipExisting: true }, job);
    expect(again).toEqual({ added: 3_200, skipped: 1_500 });
    expect([...phases]).toEqual(['checking', 'writing', 'indexing']);
    const total = (query: string): number => countEntries(journal.db, { query });
    expect(total('회고')).toBe(4_700);
    expect(total('"회고 4699"')).toBe(1);
    expect(total('캐 pillar:culture')).toBe(4_700);
    expect(total('on:2026-03-12 rollout')).toBe(countEntries(journal.db, { from: '2026-03-12', to: '2026-03-12' }));
  });

  it('turns automatic checkpoints back on when a big import fails, and keeps nothing of it', async () => {
    const { journal } = tempJournal();
    journal.createEntry({ title: 'before', pillars: ['culture'] });
    journal.db.exec(`CREATE TEMP TRIGGER fail_import BEFORE INSERT ON entries WHEN NEW.title = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const rows = Array.from({ length: 1_200 }, (_, i) => ({ title: i === 700 ? 'boom' : `row ${i}`, pillars: ['culture' as const] }));
    await expect(importEntries(journal, rows, {}, UNFOLLOWED_JOB)).rejects.toThrow(/disk full/);
    expect(journal.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(journal.db.inTransaction).toBe(false);
    expect(journal.countByDay().reduce((n, d) => n + d.count, 0)).toBe(1);
  });

  it('cancels an import between chunks: nothing of it is kept, and the journal goes on', async () => {
    const { journal } = tempJournal();
    journal.createEntry({ title: '취소 전', pillars: ['culture'] });
    const controller = new AbortController();
    const seen: JobProgress[] = [];
    const job = {
      signal: controller.signal,
      progress(p: JobProgress) {
        seen.push(p);
        if (p.phase === 'writing' && p.done >= 4_000) controller.abort();
      },
    };
    const rows = Array.from({ length: 9_000 }, (_, i) => ({ day: '2026-05-05', title: `가져오기 ${i}`, body: 'deploy 배포', pillars: ['automation' as const] }));
    await expect(importEntries(journal, rows, {}, job)).rejects.toMatchObject({ code: 'cancelled' });
    expect(seen.some((p) => p.phase === 'writing' && p.done === 4_000)).toBe(true);
    expect(seen.some((p) => p.phase === 'indexing')).toBe(false);
    expect(journal.countByDay().reduce((n, d) => n + d.count, 0)).toBe(1);
    expect(countEntries(journal.db, { query: '배포' })).toBe(0);
    journal.createEntry({ title: '취소 후', pillars: ['culture'] });
    expect(journal.countByDay().reduce((n, d) => n + d.count, 0)).toBe(2);
  });

  it('makes a consistent online backup, reporting its pages', async () => {
    const { journal, dir } = tempJournal();
    journal.createEntry({ title: '백업', pillars: ['culture'] });
    const target = dir.file('copy.db');
    const pages: number[] = [];
    await backupDatabase(journal.db, target, { ...UNFOLLOWED_JOB, progress: (p) => void pages.push(p.total) });
    expect(pages.length).toBeGreaterThan(0);
    const copy = Journal.open(target);
    expect(copy.countByDay()[0]?.count).toBe(1);
    copy.close();
  });

  it('survives a writer killed with SIGKILL mid-stream: intact file, every returned insert present', async () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const file = dir.file('crash.db');
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'test-support/writer.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const ids: string[] = [];
    let pending = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        ids.push(...lines.filter(Boolean));
        if (ids.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
        }
      });
      child.on('exit', () => resolve());
    });
    expect(ids.length).toBeGreaterThanOrEqual(300);
    const journal = Journal.open(file);
    cleanups.push(() => journal.close());
    expect(journal.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set((journal.db.prepare('SELECT id FROM entries').all() as { id: string }[]).map((r) => r.id));
    for (const id of ids) expect(stored.has(id)).toBe(true);
  });
});

describe('dispatch', () => {
  it('rejects unknown methods and malformed payloads with typed errors', async () => {
    const h = createHandlers(tempJournal().journal);
    expect(await dispatch(h, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /Unknown method/ } });
    expect(await dispatch(h, 'getEntry', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(h, 'getEntry', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(h, 'createEntry', { title: 'x', pillars: ['culture'], extra: true })).toMatchObject({ ok: false });
    expect(await dispatch(h, 'getEntry', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('SQLite errors a host shows', () => {
  function sqliteError(fn: () => unknown): unknown {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  }

  it('says a read-only journal is read-only, and that nothing changed', () => {
    const { journal, file } = tempJournal();
    journal.createEntry({ title: 'kept', pillars: ['culture'] });
    const readOnly = new Database(file, { readonly: true });
    cleanups.push(() => readOnly.close());
    const error = sqliteError(() => readOnly.prepare(`DELETE FROM entries`).run());
    if (!(error instanceof Database.SqliteError)) throw error;
    expect(error.code).toMatch(/^SQLITE_READONLY/);
    const body = toErrorBody(error);
    expect(body.message).toMatch(/^The journal is read-only here \(SQLITE_READONLY.*file permissions.*read-only\); nothing was changed\.$/);
    for (const code of ['SQLITE_READONLY_DBMOVED', 'SQLITE_READONLY_CANTINIT', 'SQLITE_READONLY_DIRECTORY']) {
      expect(toErrorBody(new Database.SqliteError('readonly', code)).message).toContain(`The journal is read-only here (${code}`);
    }
  });

  it('says the disk failed for every I/O error code, and that nothing changed', () => {
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_READ', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHORT_READ']) {
      const body = toErrorBody(new Database.SqliteError('disk I/O error', code));
      expect(body.message, code).toBe(`The disk could not read or write the journal (${code}); nothing was changed. Check the disk and try again.`);
    }
    expect(toErrorBody(new Database.SqliteError('full', 'SQLITE_FULL')).message).toBe('The disk is full; nothing was saved.');
  });
});
