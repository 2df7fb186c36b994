// What prepare-in-background.ts and its worker (prepare-worker.ts) share.
import type { MessagePort } from 'node:worker_threads';

export interface PrepareWorkerData {
  /** Chunks of IndexableText come in; a PackedChunk goes back for each, in the same order. */
  port: MessagePort;
}

/**
 * A chunk of prepared documents as UTF-8 in one transferable buffer: handed
 * over without a copy, and bound to SQLite as bytes with no conversion
 * (FTS5 reads a blob's bytes as the text they spell). Field f of document d
 * is bytes[ends[d * FIELDS + f - 1] ?? 0 .. ends[d * FIELDS + f]).
 */
export interface PackedChunk {
  bytes: Uint8Array<ArrayBuffer>;
  ends: Uint32Array<ArrayBuffer>;
}

/** The fields of a PreparedDoc, in their packed order. */
export const FIELDS = ['text', 'title', 'tags'] as const;
