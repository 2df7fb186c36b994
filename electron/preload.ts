// The sandboxed preload: puts window.pileupHost (HostBridge) in the page and
// nothing else. It may use only contextBridge and ipcRenderer; esbuild bundles
// it to CommonJS (sandboxed preloads cannot load ES modules or other files).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { HostBridge, MenuCommand } from '../db/common/bridge';
import type { Envelope } from '../db/common/errors';
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

const pileupHost: HostBridge = {
  kind: 'electron',
  invoke: (method, input) => ipcRenderer.invoke(CHANNELS.invoke, method, input) as Promise<Envelope<unknown>>,
  saveMarkdown: (suggestedName, markdown) =>
    unwrap(ipcRenderer.invoke(CHANNELS.saveMarkdown, suggestedName, markdown) as Promise<Envelope<{ path: string } | null>>),
  openMarkdown: () =>
    unwrap(ipcRenderer.invoke(CHANNELS.openMarkdown) as Promise<Envelope<{ fileName: string; markdown: string } | null>>),
  onMenu(listener) {
    // Never hand the IPC event itself to the page: it would expose ipcRenderer.
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menu, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menu, relay);
    };
  },
};

contextBridge.exposeInMainWorld('pileupHost', pileupHost);
