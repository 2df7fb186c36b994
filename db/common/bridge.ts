// What a host puts on `window.pileupHost` for the renderer (types only).
import type { Envelope } from './errors';

export type MenuCommand = 'new-entry' | 'save' | 'find' | 'export' | 'copy-markdown' | 'import' | 'journal' | 'insights' | 'trash';

export interface HostBridge {
  kind: 'electron' | 'web';
  /** Calls a contract method; never rejects for application errors (they come back in the envelope). */
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Desktop only: native save dialog. Resolves with the chosen path, or null when cancelled. */
  saveMarkdown?(suggestedName: string, markdown: string): Promise<{ path: string } | null>;
  /** Desktop only: native open dialog. Resolves with the file read, or null when cancelled. */
  openMarkdown?(): Promise<{ fileName: string; markdown: string } | null>;
  /** Desktop only: application menu commands. Returns an unsubscribe function. */
  onMenu?(listener: (command: MenuCommand) => void): () => void;
}
