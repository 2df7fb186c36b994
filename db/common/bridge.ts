// What a host puts on `window.pileupHost` for the renderer (types only).
import type { Envelope } from './errors';
import type { JobProgress, ListFilter } from './model';
import type { PublishBy, PublishResult, PublishTarget } from './publish';

/** What an export to a file writes: the entries a filter selects, as a share (in a language, private entries only if asked) or a backup. */
export interface ExportFileRequest {
  filter: ListFilter;
  format?: 'share' | 'backup';
  lang?: 'en' | 'ko';
  includePrivate?: boolean;
}

/** A publish from the app: always into the remembered target's folder; the rest is the page's choice. */
export interface PublishRequest {
  by: PublishBy;
  push: boolean;
  lang: 'en' | 'ko';
  includePrivate: boolean;
  /** Overwrite Pileup's own files that someone edited since the last publish. */
  force?: boolean;
}

/** How the page sets the publish folder: by and push to remember with it, and (browser host only) the typed folder. */
export interface PublishTargetRequest {
  by: PublishBy;
  push: boolean;
  /** The browser host has no folder dialog: the absolute path the user typed. The desktop ignores it and asks with its dialog. */
  typedDir?: string;
}

export type MenuCommand = 'new-entry' | 'save' | 'find' | 'export' | 'copy-markdown' | 'import' | 'journal' | 'insights' | 'trash';

/** A call the renderer follows: its id (to cancel it) and where its progress goes. */
export interface FollowedCall {
  id: number;
  onProgress?: (progress: JobProgress) => void;
}

/** The journal core stopped and is being started again, or cannot be. */
export type CoreNotice = { state: 'restarting' | 'ready' | 'down'; message?: string };

export interface HostBridge {
  kind: 'electron' | 'web';
  /** Calls a contract method; never rejects for application errors (they come back in the envelope). */
  invoke(method: string, input: unknown, call?: FollowedCall): Promise<Envelope<unknown>>;
  /** Cancels a followed call (an import under way: it then leaves nothing behind). */
  cancel(callId: number): void;
  /**
   * Exports the entries a filter selects to a file, streamed by the core: the
   * desktop asks where with its save dialog; the browser downloads it.
   * Resolves with null when the user cancelled the dialog.
   */
  exportFile(request: ExportFileRequest, suggestedName: string, call?: FollowedCall): Promise<Envelope<{ savedTo: string; count: number; native: boolean } | null>>;
  /**
   * Sets the folder to publish into: the desktop shows its folder dialog, the
   * browser host takes the typed path. Resolves with the target remembered, or
   * null when the dialog was cancelled. Absent in hosts that cannot publish.
   */
  choosePublishTarget?(request: PublishTargetRequest): Promise<Envelope<PublishTarget | null>>;
  /** Publishes to the remembered target (see choosePublishTarget). */
  publish?(request: PublishRequest, call?: FollowedCall): Promise<Envelope<PublishResult>>;
  /** Desktop only: native save dialog for a text the renderer has (a review). Resolves with the chosen path, or null when cancelled. */
  saveMarkdown?(suggestedName: string, markdown: string): Promise<{ path: string } | null>;
  /** Desktop only: native open dialog. Resolves with the file read, or null when cancelled. */
  openMarkdown?(): Promise<{ fileName: string; markdown: string } | null>;
  /** Desktop only: application menu commands. Returns an unsubscribe function. */
  onMenu?(listener: (command: MenuCommand) => void): () => void;
  /** Desktop only: news of the journal core. Returns an unsubscribe function. */
  onCoreNotice?(listener: (notice: CoreNotice) => void): () => void;
}
