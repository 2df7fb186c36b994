// Prepares the index documents of a bulk import on a worker thread while the
// importing thread writes the entries. Preparing 100,000 documents is ~1.4 s
// of JavaScript and writing the entries ~2 s of SQLite, so the one hides the
// other on a second core; copying the texts to the worker and the results
// back costs the importing thread ~0.3 s (npm run bench). Anything that goes
// wrong with the worker only makes the rest be prepared on this thread.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { prepareDoc, type IndexableText, type PreparedDoc } from './prepare';
import { CHUNKS_DONE, FAILED, FIELDS, type PackedChunk, type PrepareWorkerData } from './prepare-protocol';

/** Fewer documents than this are prepared on the calling thread: starting a worker costs more. */
export const BACKGROUND_MIN = 1_000;
/** Documents per message. */
const CHUNK = 2_000;
/** How long to wait for one chunk (including the worker's start) before preparing it here. */
const WAIT_MS = 5_000;

export interface PreparedDocs {
  /** The prepared document `i`; documents are taken in order. */
  at(i: number): PreparedDoc;
  /** Whether every document taken so far was prepared by the worker. */
  readonly onWorker: boolean;
  /** Stops the worker, if it still runs (the import is over, or failed). */
  release(): void;
}

/**
 * How to start the worker: the bundle's sibling file, or, run from the
 * TypeScript sources (tests, benchmark), the source file loaded through tsx,
 * whose loader a worker does not inherit.
 */
function workerSource(): { source: string | URL; eval: boolean } | null {
  // CommonJS bundles (Electron's main process) have __filename; ES modules have import.meta.url.
  const here = typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) {
    const bundled = new URL(`./prepare-worker.${here.pathname.endsWith('.cjs') ? 'cjs' : 'mjs'}`, here);
    return fs.existsSync(bundled) ? { source: bundled, eval: false } : null;
  }
  const source = new URL('./prepare-worker.ts', here).href;
  let tsx: string;
  try {
    tsx = createRequire(here).resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  const load = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(source)}, ${JSON.stringify(source)})`;
  return { source: load, eval: true };
}

/** Document `d` of a packed chunk: views of its bytes, no copies. */
function unpack({ bytes, ends }: PackedChunk, d: number): PreparedDoc {
  const field = (f: number): Uint8Array => bytes.subarray(ends[d * FIELDS.length + f - 1] ?? 0, ends[d * FIELDS.length + f]);
  return { title: field(0), body: field(1), tags: field(2), meta: field(3), chars: field(4) };
}

const onThisThread = (docs: readonly IndexableText[]): PreparedDocs => ({
  at: (i) => prepareDoc(docs[i]!),
  onWorker: false,
  release: () => undefined,
});

export function prepareDocs(docs: readonly IndexableText[]): PreparedDocs {
  const start = docs.length >= BACKGROUND_MIN ? workerSource() : null;
  if (!start) return onThisThread(docs);
  const state = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    const workerData: PrepareWorkerData = { port: port2, state };
    worker = new Worker(start.source, { eval: start.eval, workerData, transferList: [port2] });
  } catch {
    return onThisThread(docs);
  }
  worker.unref();
  // A worker that fails to start says so only as an event, which cannot
  // arrive while the import runs: the wait for its first chunk times out.
  worker.on('error', () => undefined);
  for (let i = 0; i < docs.length; i += CHUNK) port1.postMessage(docs.slice(i, i + CHUNK));

  let chunk: PackedChunk | null = null;
  let chunkIndex = -1;
  let failed = false;
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    port1.close();
    void worker.terminate();
  };
  /** The worker's result for chunk `c`, or null once it has failed. */
  const receive = (c: number): PackedChunk | null => {
    for (;;) {
      if (Atomics.load(state, FAILED) !== 0) return null;
      const done = Atomics.load(state, CHUNKS_DONE);
      if (done > c) break;
      if (Atomics.wait(state, CHUNKS_DONE, done, WAIT_MS) === 'timed-out') return null;
    }
    const message = receiveMessageOnPort(port1);
    return message ? (message.message as PackedChunk) : null;
  };
  return {
    at(i) {
      const c = Math.floor(i / CHUNK);
      // Chunks arrive in order: one that was skipped over is still read off the port.
      while (chunkIndex < c) {
        chunkIndex++;
        const received = failed ? null : receive(chunkIndex);
        if (!received && !failed) {
          failed = true;
          stop();
        }
        if ((chunkIndex + 1) * CHUNK >= docs.length && !failed) stop();
        chunk = received;
      }
      return chunk ? unpack(chunk, i - c * CHUNK) : prepareDoc(docs[i]!);
    },
    get onWorker() {
      return !failed;
    },
    release: stop,
  };
}
