// The sandboxed preload: puts window.pileupHost (HostBridge) in the page and
// nothing else. It may use only contextBridge and ipcRenderer; esbuild bundles
// it to CommonJS (sandboxed preloads cannot load ES modules or other files).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreNotice, FollowedCall, HostBridge, MenuCommand } from '../db/common/bridge';
import type { PublishResult, PublishTarget } from '../db/common/publish';
import type { Envelope } from '../db/common/errors';
import type { JobProgress } from '../db/common/model';
import { CHANNELS, MENU_COMMANDS } from './channels';

/** Desktop-only calls come back as envelopes; the bridge turns errors into plain Error messages. */
async function unwrap<T>(reply: Promise<Envelope<T>>): Promise<T> {
  const envelope = await reply;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

/** Progress listeners of followed calls, by call id; main sends (callId, progress). */
const following = new Map<number, (progress: JobProgress) => void>();
ipcRenderer.on(CHANNELS.progress, (_event: IpcRendererEvent, callId: unknown, progress: JobProgress) => {
  if (typeof callId === 'number') following.get(callId)?.(progress);
});

/** Sends a followed call and stops listening for its progress when it ends. */
async function followed<T>(call: FollowedCall | undefined, send: () => Promise<T>): Promise<T> {
  if (call?.onProgress) following.set(call.id, call.onProgress);
  try {
    return await send();
  } finally {
    if (call) following.delete(call.id);
  }
}

/** Subscribes to one main → renderer channel; never hands the IPC event itself to the page (it would expose ipcRenderer). */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const relay = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const isCoreNotice = (value: unknown): value is CoreNotice =>
  typeof value === 'object' && value !== null && 'state' in value && (value.state === 'restarting' || value.state === 'ready' || value.state === 'down');

const pileupHost: HostBridge = {
  kind: 'electron',
  invoke: (method, input, call) =>
    followed(call, () => ipcRenderer.invoke(CHANNELS.invoke, method, input, call?.id) as Promise<Envelope<unknown>>),
  cancel: (callId) => void ipcRenderer.invoke(CHANNELS.cancel, callId),
  exportFile: (request, suggestedName, call) =>
    followed(call, async () => {
      const reply = (await ipcRenderer.invoke(CHANNELS.exportFile, request, suggestedName, call?.id)) as Envelope<{ savedTo: string; count: number } | null>;
      if (!reply.ok) return reply;
      return { ok: true, value: reply.value ? { ...reply.value, native: true } : null };
    }),
  choosePublishTarget: (request) => ipcRenderer.invoke(CHANNELS.choosePublishTarget, request) as Promise<Envelope<PublishTarget | null>>,
  publish: (request, call) => followed(call, () => ipcRenderer.invoke(CHANNELS.publish, request, call?.id) as Promise<Envelope<PublishResult>>),
  saveMarkdown: (suggestedName, markdown) =>
    unwrap(ipcRenderer.invoke(CHANNELS.saveMarkdown, suggestedName, markdown) as Promise<Envelope<{ path: string } | null>>),
  openMarkdown: () =>
    unwrap(ipcRenderer.invoke(CHANNELS.openMarkdown) as Promise<Envelope<{ fileName: string; markdown: string } | null>>),
  onMenu: (listener) => subscribe(CHANNELS.menu, isMenuCommand, listener),
  onCoreNotice: (listener) => subscribe(CHANNELS.coreStatus, isCoreNotice, listener),
};

contextBridge.exposeInMainWorld('pileupHost', pileupHost);
