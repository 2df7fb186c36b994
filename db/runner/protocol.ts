// Messages between the core runner (runner.ts, on the host's thread) and its
// two threads (worker.ts): the read side and the write side of the journal.
import type { MethodName } from '../common/contract';
import type { Envelope, ErrorBody } from '../common/errors';
import type { JobProgress } from '../common/model';

export type CoreRole = 'read' | 'write';

export interface CoreWorkerData {
  role: CoreRole;
  file: string;
  /** Path of a better_sqlite3.node built for the running runtime (Electron's own build). */
  nativeBinding?: string;
}

export type ToCore =
  | { type: 'call'; id: number; method: MethodName; input: unknown }
  | { type: 'cancel'; id: number }
  /** Finish (the write side cancels a running job), close the connections, exit. */
  | { type: 'close' };

export type FromCore =
  | { type: 'ready' }
  /** While the journal opens: the search index is being rebuilt. */
  | { type: 'opening'; progress: JobProgress }
  /** The journal could not be opened: the thread exits after this. */
  | { type: 'failed'; error: ErrorBody }
  | { type: 'progress'; id: number; progress: JobProgress }
  | { type: 'result'; id: number; envelope: Envelope<unknown> };

export function isCoreWorkerData(value: unknown): value is CoreWorkerData {
  if (typeof value !== 'object' || value === null) return false;
  const v: { role?: unknown; file?: unknown; nativeBinding?: unknown } = value;
  return (v.role === 'read' || v.role === 'write') && typeof v.file === 'string' && (v.nativeBinding === undefined || typeof v.nativeBinding === 'string');
}
