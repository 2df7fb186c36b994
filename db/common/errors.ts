export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'too_large'
  | 'conflict'
  | 'corrupt_database'
  | 'database_locked'
  | 'import_failed'
  | 'cancelled'
  | 'core_restarted'
  | 'internal';

/** The one error type that crosses a host boundary: a code and a human message. */
export class PileupError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PileupError';
    this.code = code;
  }
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** The string `code` a thrown Node or SQLite error carries (ENOSPC, SQLITE_BUSY …), if any. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
