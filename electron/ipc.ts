// The contract over IPC, derived from it: one channel carries every method the
// renderer may call; main checks who sent the message and hands it to the
// journal core (db/runner), which validates the input against the contract.
// Main never waits on SQL: every call here is a message to the core's threads.
// Desktop-only calls (native dialogs) sit beside it.
import { z } from 'zod';
import { isUiMethodName, type CallOptions } from '../db/common/contract';
import type { Envelope, ErrorBody } from '../db/common/errors';
import type { JobProgress } from '../db/common/model';
import { fileWriteError, safeMarkdownFileName, writeTextFileAtomic } from '../db/files';
import { toErrorBody } from '../db/handlers-dispatch';
import { publishToRememberedTarget, rememberTarget } from '../db/publish/host-calls';
import { isTrustedSender, type SenderFrame } from './app-url';
import { CHANNELS } from './channels';
import { readMarkdownFile } from './files';

/** What IPC needs of the journal core (the runner in main.ts; a runner on a temporary file in tests). */
export interface CoreCalls {
  call(method: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
}

export interface IpcDeps {
  core: CoreCalls;
  /** Shows the native save dialog; resolves with the chosen path or null. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Shows the native open dialog; resolves with the chosen path or null. */
  chooseOpenPath(): Promise<string | null>;
  /** Shows the native folder dialog (the folder to publish into); resolves with the chosen folder or null. */
  chooseFolder?(): Promise<string | null>;
}

/** The parts of an IPC event used here. */
export interface IpcEventLike {
  senderFrame: SenderFrame | null;
  sender: { id: number; send(channel: string, ...args: unknown[]): void };
}

/** What registerIpc needs of ipcMain (the real one in main.ts, a stand-in in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

const UNTRUSTED: Envelope<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'Refused: the request did not come from the Pileup window.' },
};

const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error });
const callIdSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional();

/** Calls under way that the renderer may cancel, by window and call id. */
class CallRegistry {
  private readonly calls = new Map<string, AbortController>();

  /** CallOptions for a call from `event`: progress goes back to that window, and a cancel reaches the core. */
  begin(event: IpcEventLike, callId: number | undefined): { options: CallOptions; end(): void } {
    if (callId === undefined) return { options: {}, end: () => undefined };
    const key = `${event.sender.id}:${callId}`;
    const controller = new AbortController();
    this.calls.set(key, controller);
    return {
      options: {
        signal: controller.signal,
        onProgress: (progress: JobProgress) => event.sender.send(CHANNELS.progress, callId, progress),
      },
      end: () => this.calls.delete(key),
    };
  }

  cancel(event: IpcEventLike, callId: unknown): void {
    if (typeof callId === 'number') this.calls.get(`${event.sender.id}:${callId}`)?.abort();
  }
}

export async function invokeFromRenderer(
  core: CoreCalls,
  calls: CallRegistry,
  event: IpcEventLike,
  method: unknown,
  input: unknown,
  callId: unknown,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return UNTRUSTED;
  if (!isUiMethodName(method)) return fail({ code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` });
  const id = callIdSchema.safeParse(callId);
  if (!id.success) return fail({ code: 'invalid_input', message: 'The call id must be a whole number.' });
  const call = calls.begin(event, id.data);
  try {
    return await core.call(method, input, call.options);
  } finally {
    call.end();
  }
}

/** The export request (filter, format, language, private entries: the core checks them), a file name, a call id. */
const exportArgs = z.tuple([z.record(z.string(), z.unknown()), z.string().max(1000), callIdSchema]);

/** Export to a file: the user picks the path, the core streams the export into it. */
export async function exportFileFromRenderer(
  deps: IpcDeps,
  calls: CallRegistry,
  event: IpcEventLike,
  args: unknown[],
): Promise<Envelope<{ savedTo: string; count: number } | null>> {
  if (!isTrustedSender(event.senderFrame)) return UNTRUSTED;
  const parsed = exportArgs.safeParse(args);
  if (!parsed.success) return fail({ code: 'invalid_input', message: 'exportFile takes an export request, a file name and a call id.' });
  const [request, suggestedName, callId] = parsed.data;
  let file: string | null;
  try {
    file = await deps.chooseSavePath(safeMarkdownFileName(suggestedName));
  } catch (error) {
    return fail(toErrorBody(error));
  }
  if (file === null) return { ok: true, value: null };
  const call = calls.begin(event, callId);
  try {
    // The path is the one the user chose; a path in the request is overridden.
    const reply = await deps.core.call('exportMarkdownFile', { ...request, path: file }, call.options);
    if (!reply.ok) return reply;
    const count = typeof reply.value === 'object' && reply.value !== null && 'count' in reply.value && typeof reply.value.count === 'number' ? reply.value.count : 0;
    return { ok: true, value: { savedTo: file, count } };
  } finally {
    call.end();
  }
}

const publishTargetArgs = z.tuple([z.record(z.string(), z.unknown())]);

/** Remembers the folder to publish into, which the user picks in the folder dialog (a path in the request is ignored). */
export async function choosePublishTargetFromRenderer(deps: IpcDeps, event: IpcEventLike, args: unknown[]): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return UNTRUSTED;
  const parsed = publishTargetArgs.safeParse(args);
  if (!parsed.success) return fail({ code: 'invalid_input', message: 'choosePublishTarget takes a request ({ by, push }).' });
  if (!deps.chooseFolder) return fail({ code: 'internal', message: 'This window cannot choose a folder.' });
  let dir: string | null;
  try {
    dir = await deps.chooseFolder();
  } catch (error) {
    return fail(toErrorBody(error));
  }
  if (dir === null) return { ok: true, value: null };
  return rememberTarget(deps.core, dir, parsed.data[0]);
}

const publishArgs = z.tuple([z.record(z.string(), z.unknown()), callIdSchema]);

/** Publishes to the remembered folder, following progress and cancel like an export. */
export async function publishFromRenderer(deps: IpcDeps, calls: CallRegistry, event: IpcEventLike, args: unknown[]): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event.senderFrame)) return UNTRUSTED;
  const parsed = publishArgs.safeParse(args);
  if (!parsed.success) return fail({ code: 'invalid_input', message: 'publish takes a publish request and a call id.' });
  const [request, callId] = parsed.data;
  const call = calls.begin(event, callId);
  try {
    return await publishToRememberedTarget(deps.core, request, call.options);
  } finally {
    call.end();
  }
}

const saveArgs = z.tuple([z.string().max(1000), z.string()]);

/** Saves a short text the renderer already has (a review) through the save dialog. */
export async function saveMarkdownFromRenderer(
  deps: Pick<IpcDeps, 'chooseSavePath'>,
  sender: SenderFrame | null,
  args: unknown[],
): Promise<Envelope<{ path: string } | null>> {
  if (!isTrustedSender(sender)) return UNTRUSTED;
  const parsed = saveArgs.safeParse(args);
  if (!parsed.success) return fail({ code: 'invalid_input', message: 'saveMarkdown takes a file name and the markdown text.' });
  const [suggestedName, markdown] = parsed.data;
  try {
    const file = await deps.chooseSavePath(safeMarkdownFileName(suggestedName));
    if (file === null) return { ok: true, value: null };
    try {
      await writeTextFileAtomic(file, markdown);
    } catch (error) {
      throw fileWriteError(error, file);
    }
    return { ok: true, value: { path: file } };
  } catch (error) {
    return fail(toErrorBody(error));
  }
}

export async function openMarkdownFromRenderer(
  deps: Pick<IpcDeps, 'chooseOpenPath'>,
  sender: SenderFrame | null,
): Promise<Envelope<{ fileName: string; markdown: string } | null>> {
  if (!isTrustedSender(sender)) return UNTRUSTED;
  try {
    const file = await deps.chooseOpenPath();
    if (file === null) return { ok: true, value: null };
    return { ok: true, value: await readMarkdownFile(file) };
  } catch (error) {
    return fail(toErrorBody(error));
  }
}

export function registerIpc(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const calls = new CallRegistry();
  ipcMain.handle(CHANNELS.invoke, (event, method, input, callId) => invokeFromRenderer(deps.core, calls, event, method, input, callId));
  ipcMain.handle(CHANNELS.cancel, (event, callId) => {
    if (isTrustedSender(event.senderFrame)) calls.cancel(event, callId);
  });
  ipcMain.handle(CHANNELS.exportFile, (event, ...args) => exportFileFromRenderer(deps, calls, event, args));
  ipcMain.handle(CHANNELS.choosePublishTarget, (event, ...args) => choosePublishTargetFromRenderer(deps, event, args));
  ipcMain.handle(CHANNELS.publish, (event, ...args) => publishFromRenderer(deps, calls, event, args));
  ipcMain.handle(CHANNELS.saveMarkdown, (event, ...args) => saveMarkdownFromRenderer(deps, event.senderFrame, args));
  ipcMain.handle(CHANNELS.openMarkdown, (event) => openMarkdownFromRenderer(deps, event.senderFrame));
}
