// Checkpoints after a bulk write, on a worker thread.
//
// A 100,000-entry import leaves every page it wrote in the WAL (~600 MB).
// Copying them into the database file (a checkpoint) takes ~1 s, which SQLite
// would spend inside the import's COMMIT. Instead the import commits with
// automatic checkpoints off, and a worker thread with a connection of its own
// runs the checkpoint: the import returns that much sooner, and the journal
// can be read and written meanwhile (a PASSIVE checkpoint waits for no reader
// or writer, and none waits for it). The data is committed either way; the
// checkpoint only moves it from the WAL into the database file. If the
// worker cannot do it, nothing is lost: the next automatic checkpoint, or
// closing the journal, does it instead.
import type { Database } from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Self-contained (no project modules), so it runs the same from the sources
// and from every bundle.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { done, driver, file, nativeBinding } = workerData;
try {
  const Database = require(driver);
  const db = new Database(file, nativeBinding ? { fileMustExist: true, nativeBinding } : { fileMustExist: true });
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } finally {
    db.close();
  }
} catch {}
Atomics.store(done, 0, 1);
Atomics.notify(done, 0);
`;
const RUNNING = 0;
/** How long close() waits for a checkpoint before it leaves the rest to SQLite. */
const WAIT_MS = 60_000;

/** Where better-sqlite3 is: the worker loads the same copy. */
function driverPath(): string {
  // Bundles for Electron's main process are CommonJS and have `require`;
  // elsewhere (ES modules) it is made from this module's URL.
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  return load.resolve('better-sqlite3');
}

export interface BackgroundCheckpoint {
  /** Blocks until the checkpoint is over (or WAIT_MS passed). */
  wait(): void;
}

/**
 * Turns `db`'s automatic checkpoints off for a big write. The function it
 * returns, called once the write is over (committed or not), turns them back
 * on as they were and starts the checkpoint on a worker thread.
 */
export function deferCheckpoint(db: Database, nativeBinding?: string): () => BackgroundCheckpoint {
  const pages = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    db.pragma(`wal_autocheckpoint = ${pages}`);
    return checkpointInBackground(db, nativeBinding);
  };
}

/** Starts a PASSIVE checkpoint of `db`'s file on a worker thread (or runs it here if no worker can start). */
function checkpointInBackground(db: Database, nativeBinding?: string): BackgroundCheckpoint {
  const done = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { done, driver: driverPath(), file: db.name, nativeBinding },
    });
  } catch {
    db.pragma('wal_checkpoint(PASSIVE)');
    return { wait: () => undefined };
  }
  // The process may exit while it runs: the WAL is then checkpointed by the
  // next connection, as after any crash.
  worker.unref();
  worker.on('error', () => undefined);
  return {
    wait() {
      Atomics.wait(done, 0, RUNNING, WAIT_MS);
    },
  };
}
