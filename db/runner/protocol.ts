// Messages between the core runner (runner.ts, on the host's thread) and its
// threads (worker.ts): the write side, the read side for short reads, and a
// second read side for long reads (exports, backups).
import type { MethodName } from '../common/contract';
import type { Envelope, ErrorBody } from '../common/errors';
import type { JobProgress } from '../common/model';

export type CoreRole = 'read' | 'job' | 'write';

export interface CoreWorkerData {
  role: CoreRole;
  file: string;
  /** Path of a better_sqlite3.node built for the running runtime (Electron's own build). */
  nativeBinding?: string;
}

export type ToCore =
  | { type: 'call'; id: number; method: MethodName; input: unknown }
  /** The input as the UTF-8 JSON a host received: parsed here, so a big request never blocks the host's thread; the reply comes back as JSON too. */
  | { type: 'callJson'; id: number; method: MethodName; json: Uint8Array }
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
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  /** The envelope of a callJson, as UTF-8 JSON. */
  | { type: 'resultJson'; id: number; json: Uint8Array };

export function isCoreWorkerData(value: unknown): value is CoreWorkerData {
  if (typeof value !== 'object' || value === null) return false;
  const v: { role?: unknown; file?: unknown; nativeBinding?: unknown } = value;
  return (v.role === 'read' || v.role === 'job' || v.role === 'write') && typeof v.file === 'string' && (v.nativeBinding === undefined || typeof v.nativeBinding === 'string');
}
