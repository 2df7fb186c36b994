// Reads request bodies into memory under two limits: one per request, and one
// over every body being read at the same moment (the budget).

import type http from 'node:http';

/** Bytes of request bodies buffered right now, against a total. */
export interface BodyBudget {
  /** Takes `bytes` from the budget; false (taking nothing) when that would pass the total. */
  take(bytes: number): boolean;
  give(bytes: number): void;
  readonly inUse: number;
}

export function createBodyBudget(totalBytes: number): BodyBudget {
  let inUse = 0;
  return {
    take(bytes) {
      if (inUse + bytes > totalBytes) return false;
      inUse += bytes;
      return true;
    },
    give(bytes) {
      inUse = Math.max(0, inUse - bytes);
    },
    get inUse() {
      return inUse;
    },
  };
}

export type BodyRead =
  | { kind: 'body'; body: Buffer }
  /** Larger than the per-request limit. */
  | { kind: 'too_large' }
  /** Other bodies being read hold the budget. */
  | { kind: 'busy' }
  /** The client went away before the body ended. */
  | { kind: 'gone' };

/**
 * Reads a request body of at most `limit` bytes, counting every chunk against
 * `budget` while it is buffered. The budget share is given back when the read
 * settles, so parse the body at once. After a refusal the rest of the body is
 * drained unread, so the answer still reaches the client.
 */
export function readBody(req: http.IncomingMessage, limit: number, budget: BodyBudget): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: BodyRead): void => {
      if (settled) return;
      settled = true;
      budget.give(size);
      chunks.length = 0;
      resolve(outcome);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      if (size + chunk.length > limit) {
        settle({ kind: 'too_large' });
        return;
      }
      if (!budget.take(chunk.length)) {
        settle({ kind: 'busy' });
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (settled) return;
      const body = Buffer.concat(chunks);
      settle({ kind: 'body', body });
    });
    // 'close' before 'end' (or an error) means the client is gone: give its share back.
    req.on('error', () => settle({ kind: 'gone' }));
    req.on('close', () => settle({ kind: 'gone' }));
  });
}
