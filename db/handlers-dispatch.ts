// Validates raw input against the contract and runs a handler, turning every
// outcome into an Envelope: hosts never leak stack traces or raw SQLite errors.
import { z } from 'zod';
import { contract, isMethodName, type MethodName, type MethodResult, type ParsedInput } from './common/contract';
import { PileupError, type Envelope, type ErrorBody } from './common/errors';

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => MethodResult<M>;
};

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof PileupError) return { code: error.code, message: error.message };
  if (error instanceof z.ZodError) return { code: 'invalid_input', message: describeZodError(error) };
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return { code: 'database_locked', message: 'The journal is busy in another program; try again in a moment.' };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return { code: 'corrupt_database', message: 'The journal file is damaged. Restore it from a backup.' };
  }
  if (code === 'SQLITE_FULL') return { code: 'internal', message: 'The disk is full; nothing was saved.' };
  return { code: 'internal', message: 'Something went wrong inside Pileup; nothing was changed.' };
}

/** Runs `method` with `rawInput`, validated against the contract. */
export function dispatch(handlers: Handlers, method: unknown, rawInput: unknown): Envelope<unknown> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` } };
  }
  try {
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: describeZodError(parsed.error) } };
    const run = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: run(parsed.data) };
  } catch (error) {
    if (!(error instanceof PileupError) && process.env.PILEUP_DEBUG) console.error(error);
    return { ok: false, error: toErrorBody(error) };
  }
}
