// One thread of the core: the write side (the Journal on the one write
// connection; calls run one after another, an import's chunks included) or a
// read side (a read connection; each call answers at once — the runner keeps
// one for short reads and one for long ones, whose exports read a snapshot of
// their own page by page).
import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { isMethodName } from '../common/contract';
import { PileupError, type Envelope } from '../common/errors';
import { createReadHandlers, createWriteHandlers } from '../handlers';
import { dispatch, toErrorBody, type HandlerMap } from '../handlers-dispatch';
import type { JobContext } from '../job';
import { Journal } from '../journal';
import { openReadConnection } from '../open';
import { isCoreWorkerData, type CoreWorkerData, type FromCore, type ToCore } from './protocol';

/** Progress messages per call, at most one per this many milliseconds. */
const PROGRESS_EVERY_MS = 50;

const openReader = ({ file, nativeBinding }: CoreWorkerData): Database => openReadConnection(file, nativeBinding ? { nativeBinding } : {});

interface Side {
  handlers: HandlerMap;
  /** Runs calls one at a time (the write side) or as they come (the read side). */
  serial: boolean;
  close(): void;
}

function openSide(data: CoreWorkerData, send: (message: FromCore) => void): Side {
  if (data.role === 'write') {
    // Opening may rebuild the search index (a new index version): its progress goes out as it comes.
    const onIndexProgress = (done: number, total: number): void => send({ type: 'opening', progress: { phase: 'indexing', done, total } });
    const journal = Journal.open(data.file, { onIndexProgress, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
    return { handlers: createWriteHandlers(journal), serial: true, close: () => journal.close() };
  }
  const db = openReader(data);
  return { handlers: createReadHandlers({ db, openSnapshot: () => openReader(data) }), serial: false, close: () => db.close() };
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
/** What parseJson gives for a body that is not JSON in UTF-8. */
const BAD_JSON = Symbol('bad json');
const BAD_JSON_REPLY: Envelope<never> = { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON in UTF-8.' } };

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) return {};
  try {
    const value: unknown = JSON.parse(utf8Decoder.decode(bytes));
    return value;
  } catch {
    return BAD_JSON;
  }
}

function isToCore(value: unknown): value is ToCore {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'close') return true;
  if (!('id' in value) || typeof value.id !== 'number') return false;
  if (value.type === 'callJson') return 'method' in value && isMethodName(value.method) && 'json' in value && value.json instanceof Uint8Array;
  return value.type === 'cancel' || (value.type === 'call' && 'method' in value && isMethodName(value.method));
}

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('worker.ts runs as a worker thread of the core runner.');
  const send = (message: FromCore): void => port.postMessage(message);
  if (!isCoreWorkerData(workerData)) {
    send({ type: 'failed', error: { code: 'internal', message: 'The journal core was started without a journal.' } });
    return;
  }
  let side: Side;
  try {
    side = openSide(workerData, send);
  } catch (error) {
    send({ type: 'failed', error: error instanceof PileupError ? toErrorBody(error) : { code: 'internal', message: `The journal could not be opened: ${String(error)}` } });
    return;
  }
  const running = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();

  const run = async (id: number, method: string, input: unknown, replyAsJson: boolean): Promise<void> => {
    const controller = new AbortController();
    running.set(id, controller);
    let lastProgress = 0;
    const job: JobContext = {
      signal: controller.signal,
      progress(progress) {
        const now = Date.now();
        if (now - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = now;
        send({ type: 'progress', id, progress });
      },
    };
    const envelope = input === BAD_JSON ? BAD_JSON_REPLY : await dispatch(side.handlers, method, input, job);
    running.delete(id);
    if (!replyAsJson) {
      send({ type: 'result', id, envelope });
      return;
    }
    const json = utf8Encoder.encode(JSON.stringify(envelope));
    port.postMessage({ type: 'resultJson', id, json } satisfies FromCore, [json.buffer]);
  };

  port.on('message', (message: unknown) => {
    if (!isToCore(message)) return;
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
    } else if (message.type === 'call' || message.type === 'callJson') {
      const { id, method } = message;
      const replyAsJson = message.type === 'callJson';
      const input = () => (message.type === 'call' ? message.input : parseJson(message.json));
      if (side.serial) queue = queue.then(() => run(id, method, input(), replyAsJson));
      else void run(id, method, input(), replyAsJson);
    } else {
      for (const controller of running.values()) controller.abort();
      void queue.then(() => {
        side.close();
        port.close();
      });
    }
  });
  send({ type: 'ready' });
}

main();
