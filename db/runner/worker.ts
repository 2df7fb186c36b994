// One thread of the core: the write side (the Journal on the one write
// connection; calls run one after another, an import's chunks included) or
// the read side (a read connection; each call answers at once, and a long
// read — an export — lets other reads run between its pages).
import type { Database } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { isMethodName } from '../common/contract';
import { PileupError } from '../common/errors';
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

function isToCore(value: unknown): value is ToCore {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'close') return true;
  if (!('id' in value) || typeof value.id !== 'number') return false;
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

  const run = async (id: number, method: string, input: unknown): Promise<void> => {
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
    const envelope = await dispatch(side.handlers, method, input, job);
    running.delete(id);
    send({ type: 'result', id, envelope });
  };

  port.on('message', (message: unknown) => {
    if (!isToCore(message)) return;
    if (message.type === 'cancel') {
      running.get(message.id)?.abort();
    } else if (message.type === 'call') {
      if (side.serial) queue = queue.then(() => run(message.id, message.method, message.input));
      else void run(message.id, message.method, message.input);
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
