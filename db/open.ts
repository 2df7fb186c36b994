// Opening a journal file: header check, pragmas, migrations with a backup
// first, then the search index brought to its current version. Also the read
// connection beside the writer.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { PileupError } from './common/errors';
import { inspectJournalFile, notOurs, type JournalFileKind } from './journal-file';
import { applyMigration, MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import { rebuildSearchIndex, type RebuildProgress } from './search/rebuild';
import { CREATE_SEARCH_INDEX, DROP_SEARCH_INDEX, SEARCH_INDEX_VERSION, SEARCH_INDEX_VERSION_KEY } from './search/schema';

export interface OpenOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Milliseconds to wait for another process's write lock. */
  busyTimeoutMs?: number;
  /** Progress of a search index rebuild at open (entries indexed, entries to index), for a progress bar. */
  onIndexProgress?: RebuildProgress;
}

/** What openReadConnection accepts. */
export type ReadConnectionOptions = Pick<OpenOptions, 'nativeBinding' | 'busyTimeoutMs'>;

/**
 * Refuses a folder; says what an existing file is before anything writes to
 * it. A journal at a schema past `newestSchema` is refused as a newer Pileup's.
 */
function inspectExisting(file: string, newestSchema: number): JournalFileKind {
  if (fs.statSync(file).isDirectory()) throw new PileupError('invalid_input', `${file} is a folder, not a journal file.`);
  return inspectJournalFile(file, newestSchema);
}

/**
 * The tables a journal's entries live in: checked at every open. The search
 * index (most of the file) is derived from them and rebuilt when it changes,
 * so checking it too would cost 15 times as long (measured: ~60 ms for these
 * against ~900 ms for the whole 140 MB file of 20,000 entries); damage there
 * still shows as SQLITE_CORRUPT on the query that meets it.
 */
const CHECKED_TABLES = ['sqlite_schema', 'meta', 'entries', 'entry_tags', 'revisions', 'tag_days'];

/** Backups of `file` that Pileup wrote before upgrades, newest first. */
function upgradeBackups(file: string): string[] {
  const base = path.basename(file);
  try {
    return fs.readdirSync(path.dirname(path.resolve(file))).filter((f) => f.startsWith(`${base}.before-v`) && f.endsWith('.bak')).sort().reverse();
  } catch {
    return [];
  }
}

/** The message for a journal SQLite finds damaged, with where to find a good copy. */
export function damagedJournal(file: string, detail: string): PileupError {
  const backups = upgradeBackups(file);
  const where = backups.length
    ? `the copy Pileup made before its last upgrade (${backups[0]}, beside it) or one made with \`pileup backup\``
    : `a copy made with \`pileup backup\` or a .bak file Pileup writes beside it before upgrades`;
  return new PileupError('corrupt_database', `${file} is damaged (${detail}). Restore it from a backup: ${where}. The file was left untouched.`);
}

/** SQLite's quick_check of the entry tables, before anything is written. */
function assertNotDamaged(db: Database.Database, file: string): void {
  const present = new Set(db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all());
  for (const table of CHECKED_TABLES) {
    if (table !== 'sqlite_schema' && !present.has(table)) continue;
    const problems = db.prepare<[], string>(`PRAGMA quick_check(${table})`).pluck().all();
    if (problems.length === 1 && problems[0] === 'ok') continue;
    // SQLite's first finding, on one line: "Tree 2 page 144 cell 0: Offset 43947 out of range …".
    const first = (problems[0] ?? '').replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim();
    throw damagedJournal(file, `table ${table}: ${first.slice(0, 200) || 'quick_check failed'}`);
  }
}

/** An older journal (no application_id yet) has the row every Pileup wrote into meta. */
function assertPileupMeta(db: Database.Database, file: string): void {
  let hasChangeVersion = false;
  try {
    hasChangeVersion = db.prepare<[], number>(`SELECT count(*) FROM meta WHERE key = 'change_version'`).pluck().get() === 1;
  } catch (error) {
    // Another application's meta table, in another shape.
    if (!(error instanceof Database.SqliteError) || error.code !== 'SQLITE_ERROR') throw error;
  }
  if (!hasChangeVersion) {
    throw notOurs(file, 0, db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid`).pluck().all());
  }
}

function timestampForFileName(now = new Date()): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function userVersion(db: Database.Database): number {
  return db.prepare<[], number>('PRAGMA user_version').pluck().get() ?? 0;
}

function migrate(db: Database.Database, file: string): void {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new PileupError(
      'corrupt_database',
      `${file} was written by a newer version of Pileup (schema ${current}); update Pileup to open it.`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  const hasTables = db.prepare<[], number>(`SELECT count(*) FROM sqlite_schema`).pluck().get() !== 0;
  if (hasTables && file !== ':memory:') {
    const backup = `${file}.before-v${SCHEMA_VERSION}-${timestampForFileName()}.bak`;
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - 1];
    if (step === undefined) throw new Error(`Migration ${version} is missing`);
    // IMMEDIATE takes the write lock first; another process opening the same
    // new file at the same moment may have applied this step meanwhile.
    db.transaction(() => {
      if (userVersion(db) >= version) return;
      applyMigration(db, step);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  }
}

function storedIndexVersion(db: Database.Database): number | undefined {
  return db.prepare<[string], number>(`SELECT value FROM meta WHERE key = ?`).pluck().get(SEARCH_INDEX_VERSION_KEY);
}

/**
 * Drops, creates and refills the search index when the file's index version
 * is not the current one (or it has none), in one transaction: readers see the
 * old index or the new one, and a failed rebuild leaves the old. A new journal
 * has no entries, so its index is only created.
 */
function syncSearchIndex(db: Database.Database, onProgress: RebuildProgress | undefined): void {
  if (storedIndexVersion(db) === SEARCH_INDEX_VERSION) return;
  db.transaction(() => {
    // Another process may have rebuilt it while this one waited for the lock.
    if (storedIndexVersion(db) === SEARCH_INDEX_VERSION) return;
    db.exec(DROP_SEARCH_INDEX);
    db.exec(CREATE_SEARCH_INDEX);
    rebuildSearchIndex(db, onProgress);
    db.prepare<[string, number]>(
      `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(SEARCH_INDEX_VERSION_KEY, SEARCH_INDEX_VERSION);
  }).immediate();
}

/** The -wal file is cut back to this size after a checkpoint. */
export const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Opens (creating if missing) a journal database and brings its schema and search index up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  let kind: JournalFileKind = { kind: 'new' };
  if (file !== ':memory:') {
    if (fs.existsSync(file)) kind = inspectExisting(file, SCHEMA_VERSION);
    else fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    // Reads only, before the first write (the journal mode below).
    if (kind.kind === 'journal') {
      if (!kind.marked) assertPileupMeta(db, file);
      assertNotDamaged(db, file);
    }
    // A new file's pages: an entry of a few KB fits a 16 KB page with others beside it, where 4 KB
    // pages hold one and spill the rest into overflow pages (entries ~20 % smaller; bench/bench.ts).
    // An existing file keeps its page size: the pragma only takes effect before the first table.
    if (kind.kind !== 'journal') db.pragma('page_size = 16384');
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // A big import writes its whole transaction to the WAL first (~800 MB for
    // 100,000 entries); without a limit the -wal file keeps that size for good.
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    syncSearchIndex(db, options.onIndexProgress);
    return db;
  } catch (error) {
    db?.close();
    throw asPileupError(error, file, 'writing');
  }
}

/** SQLite's errors on opening, as the messages a host shows; other errors as they are. */
function asPileupError(error: unknown, file: string, purpose: 'reading' | 'writing'): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const code = error.code;
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damagedJournal(file, 'SQLite cannot read it');
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new PileupError('database_locked', `${file} is locked by another program. Close it and try again.`);
  }
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY')) {
    return new PileupError('invalid_input', `Cannot open ${file} for ${purpose}: check the path and its permissions.`);
  }
  return error;
}

/**
 * Opens an existing journal for reading beside the writer: in WAL mode it
 * reads the last commit while a write is under way. It changes nothing in the
 * file: no migrations, no journal mode, no backup, and SQLite refuses writes
 * through it (query_only). The writer opens the file first and brings it up
 * to date, so a file at another schema or search index version is being
 * written by another Pileup, older or newer: refused, rather than read wrongly.
 */
export function openReadConnection(file: string, options: ReadConnectionOptions = {}): Database.Database {
  if (file === ':memory:' || !fs.existsSync(file)) {
    throw new PileupError('not_found', `${file} does not exist: a journal is opened for writing before it is read.`);
  }
  // Any schema: assertReadable says which Pileup is using a file at another one.
  const kind = inspectExisting(file, Number.POSITIVE_INFINITY);
  if (kind.kind === 'new') {
    throw new PileupError('not_found', `${file} is not a journal yet: a journal is opened for writing before it is read.`);
  }
  return checkedReader(file, kind.marked, () => {
    const db = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('query_only = ON');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  });
}

/** A read-only connection `open` makes, refused (and closed) unless it reads a Pileup journal at this version. */
function checkedReader(file: string, marked: boolean, open: () => Database.Database): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = open();
    if (!marked) assertPileupMeta(db, file);
    assertReadable(db, file);
    return db;
  } catch (error) {
    db?.close();
    throw asPileupError(error, file, 'reading');
  }
}

/** The file is at this Pileup's schema and search index versions. */
function assertReadable(db: Database.Database, file: string): void {
  const schema = userVersion(db);
  if (schema === 0) {
    throw new PileupError('not_found', `${file} is not a journal yet: a journal is opened for writing before it is read.`);
  }
  if (schema !== SCHEMA_VERSION) {
    const other = schema > SCHEMA_VERSION ? 'a newer' : 'an older';
    throw new PileupError(
      'conflict',
      `${file} is at schema ${schema}, this Pileup reads schema ${SCHEMA_VERSION}: ${other} Pileup is using it. Close that one and open the journal again.`,
    );
  }
  const index = storedIndexVersion(db);
  if (index !== SEARCH_INDEX_VERSION) {
    throw new PileupError(
      'conflict',
      `${file} has search index version ${index ?? 'none'}, this Pileup reads version ${SEARCH_INDEX_VERSION}: another Pileup is using it. Close that one and open the journal again.`,
    );
  }
}

/**
 * The journal read into memory, for reading where SQLite cannot open it in
 * place: a WAL-mode file needs a -shm file beside it, which a read-only folder
 * or disk cannot hold. Reads only the file (there is no -wal: its pages would
 * be missing), writes nothing, and costs memory the size of the file.
 */
export function openReadOnlyCopy(file: string, options: ReadConnectionOptions = {}): Database.Database {
  if (!fs.existsSync(file)) throw new PileupError('not_found', `${file} does not exist.`);
  const kind = inspectExisting(file, Number.POSITIVE_INFINITY);
  if (kind.kind === 'new') throw new PileupError('not_found', `${file} is not a journal yet: it has no entries to read.`);
  if (fs.existsSync(`${file}-wal`)) throw new PileupError('invalid_input', `Cannot open ${file} for reading: check the path and its permissions.`);
  const image = fs.readFileSync(file);
  // Bytes 18 and 19 say WAL (2); in memory there is no WAL, only the file's pages.
  image.writeUInt8(1, 18);
  image.writeUInt8(1, 19);
  return checkedReader(file, kind.marked, () => {
    const db = new Database(image, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    db.pragma('query_only = ON');
    return db;
  });
}
