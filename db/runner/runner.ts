// The core runner: the journal beside the host, never in it. It starts two
// worker threads (worker.ts) — the write side, which opens and upgrades the
// journal, and then the read side — and routes each contract call by the
// method's kind (db/common/contract.ts): reads never queue behind a write or
// a long job. It holds no connection itself, so the thread that calls it (the
// desktop app's main process, the browser host's event loop) never waits on
// SQL. It supervises both threads: if one dies, the calls it had fail with a
// clear message, and it is started again (what was committed is on disk; an
// import that was under way left nothing, being one transaction).
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isMethodName, runsOnReader, type CallOptions } from '../common/contract';
import { PileupError, type Envelope, type ErrorBody } from '../common/errors';
import type { JobProgress } from '../common/model';
import { workerStart } from '../worker-start';
import type { CoreRole, CoreWorkerData, FromCore, ToCore } from './protocol';

export interface RunnerOptions {
  file: string;
  nativeBinding?: string;
  /** Told when a thread of the core stops unexpectedly, is started again, or cannot be. */
  onStatus?: (status: CoreStatus) => void;
}

export type CoreStatus =
  | { state: 'opening'; progress: JobProgress }
  | { state: 'restarting'; role: CoreRole; message: string }
  | { state: 'ready'; role: CoreRole }
  | { state: 'down'; role: CoreRole; message: string };

export interface CoreRunner {
  readonly file: string;
  /** Calls a contract method; never rejects: failures come back in the envelope. */
  call(method: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  /** Finishes (a running job is cancelled), closes the journal and stops both threads. */
  close(): Promise<void>;
  /** Tests: stops a thread the way a crash would. */
  crashForTest(role: CoreRole): Promise<void>;
}

/** More unexpected stops than this within RESTART_WINDOW_MS, and the core stays down. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long close() waits for a thread to finish before stopping it. */
const CLOSE_WAIT_MS = 10_000;

const here = (): URL => (typeof __filename === 'string' ? pathToFileURL(__filename) : new URL(import.meta.url));

const STOPPED: ErrorBody = {
  code: 'core_restarted',
  message: 'The journal core stopped unexpectedly and was started again. Everything saved before is safe; try that again.',
};

function isFromCore(value: unknown): value is FromCore {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

interface Pending {
  resolve(envelope: Envelope<unknown>): void;
  onProgress?: CallOptions['onProgress'];
}

/** One supervised thread of the core. */
class CoreThread {
  private worker: Worker | null = null;
  private ready: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private readonly stops: number[] = [];
  private closing = false;
  private down: ErrorBody | null = null;

  constructor(
    private readonly data: CoreWorkerData,
    private readonly onStatus: (status: CoreStatus) => void,
  ) {
    this.ready = this.start();
  }

  /** Resolves once the thread has opened the journal; rejects with its PileupError when it cannot. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private start(): Promise<void> {
    const start = workerStart(here(), 'worker.ts', 'core-worker');
    if (!start) return Promise.reject(new PileupError('internal', 'The journal core is missing from this build (core-worker); reinstall Pileup.'));
    const worker = new Worker(start.source, { eval: start.eval, workerData: this.data });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let opened = false;
      worker.on('message', (message: unknown) => {
        if (!isFromCore(message)) return;
        if (message.type === 'ready') {
          opened = true;
          resolve();
        } else if (message.type === 'failed') {
          reject(new PileupError(message.error.code, message.error.message));
        } else if (message.type === 'opening') {
          this.onStatus({ state: 'opening', progress: message.progress });
        } else if (message.type === 'progress') {
          this.pending.get(message.id)?.onProgress?.(message.progress);
        } else {
          const call = this.pending.get(message.id);
          this.pending.delete(message.id);
          call?.resolve(message.envelope);
        }
      });
      worker.on('error', (error) => {
        if (!opened) reject(new PileupError('internal', `The journal core could not start: ${error.message}`));
      });
      worker.on('exit', () => {
        if (this.worker === worker) this.worker = null;
        if (!opened) {
          reject(new PileupError('internal', 'The journal core stopped while opening the journal.'));
          return;
        }
        this.stopped();
      });
    });
  }

  /** The thread is gone: fail its calls, and start it again unless closing or stopping too often. */
  private stopped(): void {
    for (const call of this.pending.values()) call.resolve({ ok: false, error: this.closing ? CLOSED : STOPPED });
    this.pending.clear();
    if (this.closing) return;
    const now = Date.now();
    this.stops.push(now);
    while (this.stops.length && now - this.stops[0]! > RESTART_WINDOW_MS) this.stops.shift();
    if (this.stops.length > MAX_RESTARTS) {
      this.down = { code: 'internal', message: 'The journal core keeps stopping; restart Pileup. Everything saved before is safe.' };
      this.onStatus({ state: 'down', role: this.data.role, message: this.down.message });
      return;
    }
    this.onStatus({ state: 'restarting', role: this.data.role, message: STOPPED.message });
    this.ready = this.start();
    this.ready.then(
      () => this.onStatus({ state: 'ready', role: this.data.role }),
      (error: unknown) => {
        this.down = { code: 'internal', message: error instanceof Error ? error.message : String(error) };
        this.onStatus({ state: 'down', role: this.data.role, message: this.down.message });
      },
    );
  }

  async call(id: number, message: ToCore & { type: 'call' }, options: CallOptions): Promise<Envelope<unknown>> {
    if (this.closing) return { ok: false, error: CLOSED };
    try {
      await this.ready;
    } catch (error) {
      return { ok: false, error: this.down ?? { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
    const worker = this.worker;
    if (!worker || this.down) return { ok: false, error: this.down ?? STOPPED };
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      worker.postMessage(message);
      options.signal?.addEventListener('abort', () => this.worker?.postMessage({ type: 'cancel', id } satisfies ToCore), { once: true });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ type: 'close' } satisfies ToCore);
    const timer = setTimeout(() => void worker.terminate(), CLOSE_WAIT_MS);
    await exited;
    clearTimeout(timer);
  }

  async crash(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    await worker.terminate();
    await exited;
  }
}

const CLOSED: ErrorBody = { code: 'internal', message: 'Pileup is closing the journal.' };

/** Starts the core on `file`: resolves once both sides have it open, rejects (PileupError) when it cannot be opened. */
export async function startRunner(options: RunnerOptions): Promise<CoreRunner> {
  const onStatus = options.onStatus ?? (() => undefined);
  const data = (role: CoreRole): CoreWorkerData => ({ role, file: options.file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  // The write side opens first: it creates or upgrades the journal the read side then opens.
  const writer = new CoreThread(data('write'), onStatus);
  try {
    await writer.whenReady();
  } catch (error) {
    await writer.close();
    throw error;
  }
  const reader = new CoreThread(data('read'), onStatus);
  try {
    await reader.whenReady();
  } catch (error) {
    await Promise.all([reader.close(), writer.close()]);
    throw error;
  }
  let nextId = 1;
  return {
    file: options.file,
    call(method, input, callOptions = {}) {
      if (!isMethodName(method)) {
        return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: `Unknown method: ${method.slice(0, 100)}` } });
      }
      const id = nextId++;
      return (runsOnReader(method) ? reader : writer).call(id, { type: 'call', id, method, input }, callOptions);
    },
    async close() {
      await Promise.all([reader.close(), writer.close()]);
    },
    crashForTest: (role) => (role === 'read' ? reader : writer).crash(),
  };
}
