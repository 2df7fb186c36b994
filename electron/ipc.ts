// The contract over IPC, derived from it: one channel carries every method,
// main checks who sent the message and dispatch() validates the input against
// the contract's schema. Desktop-only calls (native dialogs) sit beside it.
import { z } from 'zod';
import { dispatch, toErrorBody, type Handlers } from '../db/handlers-dispatch';
import type { Envelope } from '../db/common/errors';
import { isTrustedSender, type SenderFrame } from './app-url';
import { CHANNELS } from './channels';
import { readMarkdownFile, safeMarkdownFileName, writeTextFileAtomic } from './files';

export interface IpcDeps {
  handlers: Handlers;
  /** Shows the native save dialog; resolves with the chosen path or null. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Shows the native open dialog; resolves with the chosen path or null. */
  chooseOpenPath(): Promise<string | null>;
}

const UNTRUSTED: Envelope<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'Refused: the request did not come from the Pileup window.' },
};

export function invokeFromRenderer(handlers: Handlers, sender: SenderFrame | null, method: unknown, input: unknown): Envelope<unknown> {
  if (!isTrustedSender(sender)) return UNTRUSTED;
  return dispatch(handlers, method, input);
}

const saveArgs = z.tuple([z.string().max(1000), z.string()]);

export async function saveMarkdownFromRenderer(
  deps: Pick<IpcDeps, 'chooseSavePath'>,
  sender: SenderFrame | null,
  args: unknown[],
): Promise<Envelope<{ path: string } | null>> {
  if (!isTrustedSender(sender)) return UNTRUSTED;
  const parsed = saveArgs.safeParse(args);
  if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: 'saveMarkdown takes a file name and the markdown text.' } };
  const [suggestedName, markdown] = parsed.data;
  try {
    const file = await deps.chooseSavePath(safeMarkdownFileName(suggestedName));
    if (file === null) return { ok: true, value: null };
    writeTextFileAtomic(file, markdown);
    return { ok: true, value: { path: file } };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
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
    return { ok: true, value: readMarkdownFile(file) };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}

/** What registerIpc needs of ipcMain (the real one in main.ts, a stand-in in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame | null }, ...args: unknown[]) => unknown): void;
}

export function registerIpc(ipcMain: IpcMainLike, deps: IpcDeps): void {
  ipcMain.handle(CHANNELS.invoke, (event, method, input) => invokeFromRenderer(deps.handlers, event.senderFrame, method, input));
  ipcMain.handle(CHANNELS.saveMarkdown, (event, ...args) => saveMarkdownFromRenderer(deps, event.senderFrame, args));
  ipcMain.handle(CHANNELS.openMarkdown, (event) => openMarkdownFromRenderer(deps, event.senderFrame));
}
