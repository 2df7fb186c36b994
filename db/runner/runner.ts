// The core runner: the journal beside the host, never in it. It starts three
// worker threads (worker.ts) — the write side, which opens and upgrades the
// journal, then the read side for short reads and one for long reads (an
// export builds and encodes tens of megabytes) — and routes each contract
// call by the method's kind (db/common/contract.ts): short reads never queue
// behind a write or a long job. It holds no connection itself, so the thread that calls it (the
// desktop app's main process, the browser host's event loop) never waits on
// SQL. It supervises both threads: if one dies, the calls it had fail with a
// clear message, and it is started again (what was committed is on disk; an
// import that was under way left nothing, being one transaction).
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contract, isMethodName, type CallOptions, type MethodKind, type MethodName } from '../common/contract';
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
  /**
   * The same with the input as the UTF-8 JSON a host received and the
   * envelope as UTF-8 JSON: both are parsed and written on the core's thread,
   * so a 60 MB import or export never blocks the host's event loop. `json` is
   * handed over, not copied: the caller must not use it afterwards.
   */
  callJson(method: string, json: Uint8Array, options?: CallOptions): Promise<Uint8Array>;
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
  /** Settles the call with its envelope, as an object or as the JSON a callJson asked for. */
  resolve(reply: Envelope<unknown> | Uint8Array): void;
  onProgress?: CallOptions['onProgress'];
}

const utf8 = new TextEncoder();
const asJson = (envelope: Envelope<unknown>): Uint8Array => utf8.encode(JSON.stringify(envelope));

/** A buffer that can be handed to a worker without a copy: it must own its whole ArrayBuffer. */
function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.byteOffset === 0 && bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength) return new Uint8Array(bytes.buffer);
  return new Uint8Array(bytes);
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
          call?.resolve(message.type === 'result' ? message.envelope : message.json);
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

  /** Sends a call; resolves with the envelope, or its JSON for a callJson (a failure here is answered in the same form). */
  async call(message: ToCore & { type: 'call' | 'callJson' }, options: CallOptions): Promise<Envelope<unknown> | Uint8Array> {
    const failed = (error: ErrorBody) => (message.type === 'call' ? { ok: false as const, error } : asJson({ ok: false, error }));
    if (this.closing) return failed(CLOSED);
    try {
      await this.ready;
    } catch (error) {
      return failed(this.down ?? { code: 'internal', message: error instanceof Error ? error.message : String(error) });
    }
    const worker = this.worker;
    if (!worker || this.down) return failed(this.down ?? STOPPED);
    const { id } = message;
    return new Promise((resolve) => {
      this.pending.set(id, {
        resolve: (reply) => resolve(message.type === 'call' || reply instanceof Uint8Array ? reply : asJson(reply)),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      if (message.type === 'callJson') {
        const json = transferable(message.json);
        worker.postMessage({ ...message, json }, [json.buffer]);
      } else worker.postMessage(message);
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

const unknownMethod = (method: string): Envelope<never> => ({ ok: false, error: { code: 'invalid_input', message: `Unknown method: ${method.slice(0, 100)}` } });

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
  const jobs = new CoreThread(data('job'), onStatus);
  try {
    await Promise.all([reader.whenReady(), jobs.whenReady()]);
  } catch (error) {
    await Promise.all([reader.close(), jobs.close(), writer.close()]);
    throw error;
  }
  const threadFor = (method: MethodName): CoreThread => {
    const kind: MethodKind = contract[method].kind;
    return kind === 'read' ? reader : kind === 'readJob' ? jobs : writer;
  };
  let nextId = 1;
  return {
    file: options.file,
    async call(method, input, callOptions = {}) {
      if (!isMethodName(method)) return unknownMethod(method);
      const id = nextId++;
      const reply = await threadFor(method).call({ type: 'call', id, method, input }, callOptions);
      // A call sent as an object is answered as one.
      return reply instanceof Uint8Array ? { ok: false, error: { code: 'internal', message: 'The journal core answered in the wrong form.' } } : reply;
    },
    async callJson(method, json, callOptions = {}) {
      if (!isMethodName(method)) return asJson(unknownMethod(method));
      const id = nextId++;
      const reply = await threadFor(method).call({ type: 'callJson', id, method, json }, callOptions);
      return reply instanceof Uint8Array ? reply : asJson(reply);
    },
    async close() {
      await Promise.all([reader.close(), jobs.close(), writer.close()]);
    },
    crashForTest: (role) => ({ read: reader, job: jobs, write: writer })[role].crash(),
  };
}
