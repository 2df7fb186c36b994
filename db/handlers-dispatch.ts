// Validates raw input against the contract and runs a handler, turning every
// outcome into an Envelope: hosts never leak stack traces or raw SQLite errors.
import { z } from 'zod';
import { contract, isMethodName, type MethodName } from './common/contract';
import { errorCode, PileupError, type Envelope, type ErrorBody } from './common/errors';
import { UNFOLLOWED_JOB, type JobContext } from './job';

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof PileupError) return { code: error.code, message: error.message };
  if (error instanceof z.ZodError) return { code: 'invalid_input', message: describeZodError(error) };
  const code = errorCode(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'database_locked', message: 'The journal is busy in another program; try again in a moment.' };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'corrupt_database', message: 'The journal file is damaged. Restore it from a backup.' };
  }
  if (code === 'SQLITE_FULL') return { code: 'internal', message: 'The disk is full; nothing was saved.' };
  // Extended codes name the cause: SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, …
  if (code?.startsWith('SQLITE_READONLY')) {
    return {
      code: 'internal',
      message: `The journal is read-only here (${code}: check its file permissions, or the disk is read-only); nothing was changed.`,
    };
  }
  if (code?.startsWith('SQLITE_IOERR')) {
    return {
      code: 'internal',
      message: `The disk could not read or write the journal (${code}); nothing was changed. Check the disk and try again.`,
    };
  }
  return { code: 'internal', message: 'Something went wrong inside Pileup; nothing was changed.' };
}

/** Some of the contract's handlers (one side of the core, or both). */
export type HandlerMap = Partial<Record<MethodName, (input: never, job: JobContext) => unknown>>;

/** Runs `method` with `rawInput`, validated against the contract. */
export async function dispatch(handlers: HandlerMap, method: unknown, rawInput: unknown, job: JobContext = UNFOLLOWED_JOB): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` } };
  }
  const handler = handlers[method];
  if (!handler) return { ok: false, error: { code: 'internal', message: `${method} is not served here.` } };
  try {
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeZodError(parsed.error) } };
    // The contract's schema for `method` produced parsed.data: exactly its handler's input.
    const run = handler as (input: unknown, job: JobContext) => unknown;
    return { ok: true, value: await run(parsed.data, job) };
  } catch (error) {
    if (!(error instanceof PileupError) && process.env.PILEUP_DEBUG) console.error(error);
    return { ok: false, error: toErrorBody(error) };
  }
}
