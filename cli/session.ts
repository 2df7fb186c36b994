// One open journal and calls through the API contract (the same validation
// and error messages as the app). Another process (the desktop app, a second
// CLI) may hold the write lock for a moment: SQLite's busy timeout waits for
// it, and a call that still finds the journal busy is retried briefly.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { MethodInput, MethodName, MethodResult, MethodsOfKind } from '../db/common/contract';
import { PileupError } from '../db/common/errors';
import { createHandlers, createReadHandlers, dispatch } from '../db/handlers';
import { toErrorBody, type HandlerMap } from '../db/handlers-dispatch';
import { Journal } from '../db/journal';
import { UNFOLLOWED_JOB, type JobContext } from '../db/job';
import { openReadConnection, openReadOnlyCopy } from '../db/open';
import { sameConnection } from '../db/read-side';
import { journalPath } from './journal-path';
import { CliError } from './usage';

const RETRY_FOR_MS = 20_000;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const BUSY = Symbol('busy');

/** Runs `attempt` until it stops answering BUSY, for a while. */
async function withRetry<T>(attempt: () => T | typeof BUSY | Promise<T | typeof BUSY>): Promise<T> {
  const started = Date.now();
  for (let round = 0; ; round++) {
    const result = await attempt();
    if (result !== BUSY) return result;
    if (Date.now() - started > RETRY_FOR_MS) {
      throw new CliError('The journal stayed busy in another program; nothing was changed. Try again in a moment.');
    }
    await sleep(Math.min(250, 10 * 2 ** Math.min(round, 5)) * (0.5 + Math.random()));
  }
}

/** A PileupError or a raw SQLite error that means another process holds the lock. */
function isBusy(error: unknown): boolean {
  return toErrorBody(error).code === 'database_locked';
}

/** The read methods: all a reading command calls. */
export type ReadMethod = MethodsOfKind<'read' | 'readJob'>;

/** A journal the CLI calls into; `M` are the methods it serves. */
abstract class JournalSession<M extends MethodName> {
  protected constructor(
    readonly file: string,
    private readonly handlers: HandlerMap,
    private readonly release: () => void,
  ) {}

  /** Calls a contract method; a validation error exits with 2, any other error with 1. */
  call<K extends M>(method: K, input: MethodInput<K>, job: JobContext = UNFOLLOWED_JOB): Promise<MethodResult<K>> {
    return this.callWithUncheckedInput(method, input, job);
  }

  /** As `call`, for input that only the contract's schema can check (JSON lines from a script). */
  callWithUncheckedInput<K extends M>(method: K, input: unknown, job: JobContext = UNFOLLOWED_JOB): Promise<MethodResult<K>> {
    return withRetry(async () => {
      const envelope = await dispatch(this.handlers, method, input, job);
      if (envelope.ok) return envelope.value as MethodResult<K>;
      if (envelope.error.code === 'database_locked') return BUSY;
      throw new CliError(envelope.error.message, envelope.error.code === 'invalid_input' ? 2 : 1);
    });
  }

  /** Runs direct core work (several files in one import) with the same retry. */
  run<T>(work: () => Promise<T>): Promise<T> {
    return withRetry(async () => {
      try {
        return await work();
      } catch (error) {
        if (isBusy(error)) return BUSY;
        throw error;
      }
    });
  }

  close(): void {
    this.release();
  }
}

/** Opens `open()`'s connection with the busy retry, a PileupError as the CLI's message. */
function openWithRetry<T>(open: () => T): Promise<T> {
  return withRetry(() => {
    try {
      return open();
    } catch (error) {
      if (isBusy(error)) return BUSY;
      if (error instanceof PileupError) throw new CliError(error.message);
      throw error;
    }
  });
}

/** Writing commands: the journal opened for writing, created or brought up to date first. */
export class Session extends JournalSession<MethodName> {
  readonly journal: Journal;

  private constructor(journal: Journal, file: string) {
    super(file, createHandlers(journal), () => journal.close());
    this.journal = journal;
  }

  static async open(dbFlag: string | undefined, env: Record<string, string | undefined>): Promise<Session> {
    const file = journalPath(dbFlag, env);
    return new Session(await openWithRetry(() => Journal.open(file)), file);
  }
}

function isWritable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reading commands. The journal is opened for writing when it can be, as
 * before: a missing one is created, an older one migrated and reindexed. When
 * the file or its folder cannot be written (permissions, an immutable file, a
 * read-only disk), it is read in place, or from memory when SQLite cannot
 * place its -shm file beside it.
 */
export class ReadSession extends JournalSession<ReadMethod> {
  /** False when the journal could only be opened for reading. */
  readonly writable: boolean;

  private constructor(file: string, db: Database.Database, release: () => void, writable: boolean) {
    super(file, createReadHandlers(sameConnection(db)), release);
    this.writable = writable;
  }

  static async open(dbFlag: string | undefined, env: Record<string, string | undefined>): Promise<ReadSession> {
    const file = journalPath(dbFlag, env);
    try {
      const journal = await openWithRetry(() => Journal.open(file));
      return new ReadSession(file, journal.db, () => journal.close(), true);
    } catch (error) {
      const readOnly = fs.existsSync(file) && !(isWritable(file) && isWritable(path.dirname(path.resolve(file))));
      if (!readOnly) throw error;
    }
    const db = await openWithRetry(() => {
      try {
        return openReadConnection(file);
      } catch (error) {
        if (fs.existsSync(`${file}-wal`)) throw error;
        return openReadOnlyCopy(file);
      }
    });
    return new ReadSession(file, db, () => db.close(), false);
  }
}
