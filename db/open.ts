// Opening a journal file: header check, pragmas, migrations with a backup first.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { PileupError } from './common/errors';
import { applyMigration, MIGRATIONS } from './migrations';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs?: number;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function assertLooksLikeSqlite(file: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const header = Buffer.alloc(16);
    const read = fs.readSync(fd, header, 0, 16, 0);
    if (read === 0) return; // an empty file becomes a new journal
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new PileupError(
        'corrupt_database',
        `${file} is not a Pileup journal (it is not an SQLite database). The file was left untouched.`,
      );
    }
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function timestampForFileName(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function migrate(db: Database.Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new PileupError(
      'corrupt_database',
      `${file} was written by a newer version of Pileup (schema ${current}); update Pileup to open it.`,
    );
  }
  if (current === MIGRATIONS.length) return;
  const hasTables = (db.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number }).n > 0;
  if (hasTables && file !== ':memory:') {
    const backup = `${file}.before-v${MIGRATIONS.length}-${timestampForFileName()}.bak`;
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version - 1]!;
    // IMMEDIATE takes the write lock first; another process opening the same
    // new file at the same moment may have applied this step meanwhile.
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= version) return;
      applyMigration(db, step);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}

/** The -wal file is cut back to this size after a checkpoint. */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Opens (creating if missing) a journal database and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    if (fs.existsSync(file)) {
      if (fs.statSync(file).isDirectory()) throw new PileupError('invalid_input', `${file} is a folder, not a journal file.`);
      assertLooksLikeSqlite(file);
    }
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // A big import writes its whole transaction to the WAL first (~800 MB for
    // 100,000 entries); without a limit the -wal file keeps that size for good.
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof PileupError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new PileupError('corrupt_database', `${file} is damaged and cannot be opened as a journal. The file was left untouched.`);
    }
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      throw new PileupError('database_locked', `${file} is locked by another program. Close it and try again.`);
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
      throw new PileupError('invalid_input', `Cannot open ${file} for writing: check the path and its permissions.`);
    }
    throw error;
  }
}
