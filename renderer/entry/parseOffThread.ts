// One shared markdown worker for the window, started on first use. Where a
// worker cannot start (or dies), sections are parsed on the main thread one per
// task instead, so the window still gets a breath between sections.
import type { Root } from 'hast';
import { markdownToHast } from './pipeline';
import type { ParseReply, ParseRequest } from './markdownWorkerProtocol';

interface Pending {
  resolve: (tree: Root) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    worker = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module', name: 'markdown' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.tree);
    else waiting.reject(new Error(reply.message));
  });
  worker.addEventListener('error', (event) => {
    // The script did not load (or the worker crashed): parse here from now on.
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = null;
    failAll(new WorkerUnavailableError());
  });
  return worker;
}

class WorkerUnavailableError extends Error {}

function parseHere(source: string): Promise<Root> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(markdownToHast(source));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}

/** The hast of one markdown section, parsed in the worker (or, failing that, here in a task of its own). */
export async function parseOffThread(source: string): Promise<Root> {
  const target = startWorker();
  if (!target) return parseHere(source);
  const id = nextId++;
  const request: ParseRequest = { id, source };
  try {
    return await new Promise<Root>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      target.postMessage(request);
    });
  } catch (error) {
    if (error instanceof WorkerUnavailableError) return parseHere(source);
    throw error;
  }
}
