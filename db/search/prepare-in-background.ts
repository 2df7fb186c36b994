// Prepares the index documents of a big import on a worker thread while the
// importing thread writes the entries: preparing 100,000 documents is ~1.4 s
// of JavaScript and writing the entries ~2 s of SQLite, so on a second core
// the one hides the other (npm run bench). The import awaits each chunk
// between its own chunks of work, so nothing ever blocks waiting for the
// worker; if the worker cannot start or fails, the rest is prepared inline.
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { workerStart } from '../worker-start';
import { prepareDoc, type IndexableText, type PreparedDoc } from './prepare';
import { FIELDS, type PackedChunk, type PrepareWorkerData } from './prepare-protocol';

/** Fewer documents than this are prepared on the calling thread: starting a worker costs more. */
export const BACKGROUND_MIN = 1_000;
/** Documents per message, and per chunk the import asks for. */
export const PREPARE_CHUNK = 2_000;

export interface PreparedDocs {
  /** The prepared documents of chunk `c` (documents c × PREPARE_CHUNK onwards), in order. */
  chunk(c: number): Promise<PreparedDoc[]>;
  /** Whether every chunk so far came from the worker. */
  readonly onWorker: boolean;
  /** Stops the worker, if it still runs (the import is over, or failed). */
  release(): void;
}

/** This module's own address: CommonJS bundles (Electron's main process) have __filename, ES modules import.meta.url. */
const here = (): URL => (typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url));

/** Document `d` of a packed chunk: views of its bytes, no copies. */
function unpack({ bytes, ends }: PackedChunk, d: number): PreparedDoc {
  const field = (f: number): Uint8Array => bytes.subarray(ends[d * FIELDS.length + f - 1] ?? 0, ends[d * FIELDS.length + f]);
  return { text: field(0), title: field(1), tags: field(2) };
}

function inline(docs: readonly IndexableText[], c: number): PreparedDoc[] {
  return docs.slice(c * PREPARE_CHUNK, (c + 1) * PREPARE_CHUNK).map(prepareDoc);
}

function isPackedChunk(value: unknown): value is PackedChunk {
  return typeof value === 'object' && value !== null && 'bytes' in value && value.bytes instanceof Uint8Array && 'ends' in value && value.ends instanceof Uint32Array;
}

export function prepareDocs(docs: readonly IndexableText[]): PreparedDocs {
  const start = docs.length >= BACKGROUND_MIN ? workerStart(here(), 'prepare-worker.ts', 'prepare-worker') : null;
  const onThisThread: PreparedDocs = { chunk: (c) => Promise.resolve(inline(docs, c)), onWorker: false, release: () => undefined };
  if (!start) return onThisThread;
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    const workerData: PrepareWorkerData = { port: port2 };
    worker = new Worker(start.source, { eval: start.eval, workerData, transferList: [port2] });
  } catch {
    return onThisThread;
  }
  worker.unref();

  const received: PackedChunk[] = [];
  let waiting: (() => void) | null = null;
  let failed = false;
  let stopped = false;
  let usedInline = false;
  const wake = (): void => {
    const resolve = waiting;
    waiting = null;
    resolve?.();
  };
  const fail = (): void => {
    failed = true;
    wake();
  };
  port1.on('message', (message: unknown) => {
    if (isPackedChunk(message)) received.push(message);
    else failed = true;
    wake();
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  for (let i = 0; i < docs.length; i += PREPARE_CHUNK) port1.postMessage(docs.slice(i, i + PREPARE_CHUNK));

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    port1.close();
    void worker.terminate();
  };
  return {
    async chunk(c) {
      // Chunks arrive in order, and the import asks for them in order.
      while (!failed && received.length <= c) await new Promise<void>((resolve) => (waiting = resolve));
      const packed = received[c];
      if (!packed) {
        usedInline = true;
        stop();
        return inline(docs, c);
      }
      received[c] = { bytes: new Uint8Array(0), ends: new Uint32Array(0) };
      const count = Math.min(PREPARE_CHUNK, docs.length - c * PREPARE_CHUNK);
      if ((c + 1) * PREPARE_CHUNK >= docs.length) stop();
      return Array.from({ length: count }, (_, d) => unpack(packed, d));
    },
    get onWorker() {
      return !usedInline;
    },
    release: stop,
  };
}
