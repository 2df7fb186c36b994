// What a file is, decided before Pileup opens it for writing: empty (becomes
// a new journal), a Pileup journal, or something to refuse untouched (not
// SQLite, another application's database, a newer Pileup's journal).
//
// Inspection never writes. Even a read-only SQLite connection creates -wal
// and -shm beside a WAL-mode file and leaves them there, so when no -wal
// exists the header and the table list are read from the file's bytes; when
// one exists (the file is in use, or was not closed cleanly) its pages may be
// newer than the main file, and a read-only connection reads them, creating
// nothing that is not already there.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { PileupError } from './common/errors';

/** `PRAGMA application_id` of a Pileup journal: "PLUP" in ASCII. Set by migration 5. */
export const PILEUP_APPLICATION_ID = 0x504c5550;

/** Journals up to this schema were written before Pileup set its application_id. */
export const LAST_SCHEMA_WITHOUT_APPLICATION_ID = 4;

const SQLITE_HEADER = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export type JournalFileKind =
  /** Empty, or SQLite without tables: it becomes a new journal. */
  | { kind: 'new' }
  /** A Pileup journal at `schema` (it may still need migrating). */
  | { kind: 'journal'; schema: number; marked: boolean };

interface FileFacts {
  applicationId: number;
  userVersion: number;
  tables: string[];
}

/**
 * Decides what `file` (an existing regular file) is, and throws a
 * PileupError saying so for a file Pileup must not open. Writes nothing.
 */
export function inspectJournalFile(file: string, newestSchema: number): JournalFileKind {
  const facts = readFacts(file);
  if (facts === undefined) return { kind: 'new' };
  const { applicationId, userVersion, tables } = facts;
  if (applicationId === PILEUP_APPLICATION_ID) {
    if (userVersion > newestSchema) {
      throw new PileupError(
        'corrupt_database',
        `${file} was written by a newer version of Pileup (schema ${userVersion}); update Pileup to open it. The file was left untouched.`,
      );
    }
    return { kind: 'journal', schema: userVersion, marked: true };
  }
  if (applicationId === 0) {
    if (tables.length === 0 && userVersion === 0) return { kind: 'new' };
    const looksLikeOldPileup = tables.includes('entries') && tables.includes('meta');
    if (looksLikeOldPileup && userVersion >= 1 && userVersion <= LAST_SCHEMA_WITHOUT_APPLICATION_ID) {
      return { kind: 'journal', schema: userVersion, marked: false };
    }
  }
  throw notOurs(file, applicationId, tables);
}

/** Refusal of an SQLite database that another application wrote. */
export function notOurs(file: string, applicationId: number, tables: readonly string[]): PileupError {
  const shown = tables.slice(0, 8).join(', ') + (tables.length > 8 ? `, … ${tables.length - 8} more` : '');
  const details = [
    ...(applicationId !== 0 ? [`application id 0x${applicationId.toString(16).padStart(8, '0')}`] : []),
    tables.length ? `tables: ${shown}` : 'no tables',
  ].join(', ');
  return new PileupError(
    'corrupt_database',
    `${file} is an SQLite database of another application (${details}); Pileup opens only its own journals. The file was left untouched.`,
  );
}

function damaged(file: string, what: string): PileupError {
  return new PileupError('corrupt_database', `${file} is damaged (${what}) and cannot be opened as a journal. The file was left untouched.`);
}

/** The file's header and table names, or undefined for an empty file. */
function readFacts(file: string): FileFacts | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return undefined;
    const header = Buffer.alloc(HEADER_SIZE);
    const read = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
    if (read < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_HEADER) {
      throw new PileupError('corrupt_database', `${file} is not a Pileup journal (it is not an SQLite database). The file was left untouched.`);
    }
    if (fs.existsSync(`${file}-wal`)) return readFactsThroughSqlite(file);
    return {
      applicationId: header.readUInt32BE(68),
      userVersion: header.readUInt32BE(60),
      tables: new SchemaReader(fd, header, size, file).tableNames(),
    };
  } finally {
    fs.closeSync(fd);
  }
}

function readFactsThroughSqlite(file: string): FileFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      applicationId: db.prepare<[], number>('PRAGMA application_id').pluck().get() ?? 0,
      userVersion: db.prepare<[], number>('PRAGMA user_version').pluck().get() ?? 0,
      tables: db.prepare<[], string>(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid`).pluck().all(),
    };
  } catch (error) {
    if (error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code)) throw damaged(file, 'its table list cannot be read');
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Reads the table names from sqlite_schema, the table b-tree rooted at page 1
 * (https://sqlite.org/fileformat2.html), without SQLite: interior pages point
 * to children, leaf cells hold records (type, name, tbl_name, rootpage, sql).
 */
class SchemaReader {
  private readonly pageSize: number;
  private readonly usable: number;
  private readonly pageCount: number;
  private visited = 0;

  constructor(
    private readonly fd: number,
    header: Buffer,
    size: number,
    private readonly file: string,
  ) {
    const raw = header.readUInt16BE(16);
    this.pageSize = raw === 1 ? 65536 : raw;
    if (this.pageSize < 512 || (this.pageSize & (this.pageSize - 1)) !== 0) throw damaged(file, 'its header is broken');
    this.usable = this.pageSize - header.readUInt8(20);
    this.pageCount = Math.floor(size / this.pageSize);
  }

  tableNames(): string[] {
    const names: string[] = [];
    this.walk(1, names);
    return names;
  }

  private fail(): never {
    throw damaged(this.file, 'its table list cannot be read');
  }

  private page(number: number): Buffer {
    if (number < 1 || number > this.pageCount || ++this.visited > this.pageCount) this.fail();
    const page = Buffer.alloc(this.pageSize);
    if (fs.readSync(this.fd, page, 0, this.pageSize, (number - 1) * this.pageSize) !== this.pageSize) this.fail();
    return page;
  }

  private walk(number: number, names: string[]): void {
    const page = this.page(number);
    const start = number === 1 ? HEADER_SIZE : 0;
    const type = page.readUInt8(start);
    const cells = page.readUInt16BE(start + 3);
    if (type === 0x05) {
      for (let i = 0; i < cells; i++) this.walk(page.readUInt32BE(this.cellOffset(page, start + 12, i)), names);
      this.walk(page.readUInt32BE(start + 8), names);
    } else if (type === 0x0d) {
      for (let i = 0; i < cells; i++) {
        const row = this.record(page, this.cellOffset(page, start + 8, i));
        if (row[0] === 'table' && row[1] !== undefined) names.push(row[1]);
      }
    } else {
      this.fail();
    }
  }

  private cellOffset(page: Buffer, pointers: number, i: number): number {
    const at = pointers + 2 * i;
    if (at + 2 > this.usable) this.fail();
    const offset = page.readUInt16BE(at);
    if (offset < pointers || offset >= this.usable) this.fail();
    return offset;
  }

  /** The first two text columns of a leaf cell's record (type and name). */
  private record(page: Buffer, offset: number): (string | undefined)[] {
    const [payloadSize, afterSize] = this.varint(page, offset);
    const [, afterRowid] = this.varint(page, afterSize);
    const payload = this.payload(page, afterRowid, payloadSize);
    const [headerSize, afterHeaderSize] = this.varint(payload, 0);
    let at = afterHeaderSize;
    let body = headerSize;
    const columns: (string | undefined)[] = [];
    while (at < headerSize && columns.length < 2) {
      const [serial, next] = this.varint(payload, at);
      at = next;
      const length = serial >= 12 ? Math.floor((serial - 12) / 2) : [0, 1, 2, 3, 4, 6, 8, 8, 0, 0][serial] ?? 0;
      if (body + length > payload.length) this.fail();
      columns.push(serial >= 13 && serial % 2 === 1 ? payload.toString('utf8', body, body + length) : undefined);
      body += length;
    }
    return columns;
  }

  /** A cell's payload: the part on the page, then its overflow pages. */
  private payload(page: Buffer, at: number, size: number): Buffer {
    const maxLocal = this.usable - 35;
    if (size <= maxLocal) {
      if (at + size > this.usable) this.fail();
      return page.subarray(at, at + size);
    }
    const minLocal = Math.floor(((this.usable - 12) * 32) / 255) - 23;
    const k = minLocal + ((size - minLocal) % (this.usable - 4));
    const local = k <= maxLocal ? k : minLocal;
    if (at + local + 4 > this.usable) this.fail();
    const parts = [page.subarray(at, at + local)];
    let remaining = size - local;
    let next = page.readUInt32BE(at + local);
    while (remaining > 0) {
      const overflow = this.page(next);
      const take = Math.min(remaining, this.usable - 4);
      parts.push(overflow.subarray(4, 4 + take));
      remaining -= take;
      next = overflow.readUInt32BE(0);
    }
    return Buffer.concat(parts);
  }

  /** SQLite's big-endian varint: [value, offset after it]. Values past 2^53 do not occur here. */
  private varint(buffer: Buffer, at: number): [number, number] {
    let value = 0;
    for (let i = 0; i < 9; i++) {
      if (at + i >= buffer.length) this.fail();
      const byte = buffer.readUInt8(at + i);
      if (i === 8) return [value * 256 + byte, at + 9];
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return [value, at + i + 1];
    }
    this.fail();
  }
}
