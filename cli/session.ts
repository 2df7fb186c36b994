// One open journal and calls through the API contract (the same validation
// and error messages as the app). Another process (the desktop app, a second
// CLI) may hold the write lock for a moment: SQLite's busy timeout waits for
// it, and a call that still finds the journal busy is retried briefly.
import os from 'node:os';
import type { MethodInput, MethodName, MethodResult } from '../db/common/contract';
import { resolveDatabasePath } from '../db/default-path';
import { PileupError } from '../db/common/errors';
import { createHandlers, dispatch, type Handlers } from '../db/handlers';
import { toErrorBody } from '../db/handlers-dispatch';
import { Journal } from '../db/journal';
import { UNFOLLOWED_JOB, type JobContext } from '../db/job';
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

export class Session {
  readonly journal: Journal;
  readonly file: string;
  private readonly handlers: Handlers;

  private constructor(journal: Journal, file: string) {
    this.journal = journal;
    this.file = file;
    this.handlers = createHandlers(journal);
  }

  static async open(dbFlag: string | undefined, env: Record<string, string | undefined>): Promise<Session> {
    const file = resolveDatabasePath(dbFlag, { env, platform: process.platform, home: os.homedir() });
    const journal = await withRetry(() => {
      try {
        return Journal.open(file);
      } catch (error) {
        if (isBusy(error)) return BUSY;
        if (error instanceof PileupError) throw new CliError(error.message);
        throw error;
      }
    });
    return new Session(journal, file);
  }

  /** Calls a contract method; a validation error exits with 2, any other error with 1. */
  call<M extends MethodName>(method: M, input: MethodInput<M>, job: JobContext = UNFOLLOWED_JOB): Promise<MethodResult<M>> {
    return this.callWithUncheckedInput(method, input, job);
  }

  /** As `call`, for input that only the contract's schema can check (JSON lines from a script). */
  callWithUncheckedInput<M extends MethodName>(method: M, input: unknown, job: JobContext = UNFOLLOWED_JOB): Promise<MethodResult<M>> {
    return withRetry(async () => {
      const envelope = await dispatch(this.handlers, method, input, job);
      if (envelope.ok) return envelope.value as MethodResult<M>;
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
    this.journal.close();
  }
}
