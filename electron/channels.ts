// IPC channel names shared by the preload (renderer side) and main. No imports:
// the sandboxed preload bundles this file as is.
export const CHANNELS = {
  /** Every contract method the renderer may call goes over this one channel: (method, input, callId) → Envelope. */
  invoke: 'pileup:invoke',
  /** Renderer → main: cancel the call with this id (an import under way). */
  cancel: 'pileup:cancel',
  /** Main → renderer: (callId, JobProgress) while a long call runs. */
  progress: 'pileup:progress',
  /** Export to a file the user picks: (filter, suggestedName, callId) → Envelope<{ savedTo, count } | null>. */
  exportFile: 'pileup:export-file',
  /** Publish folder: (PublishTargetRequest) → the folder dialog, then Envelope<PublishTarget | null>. */
  choosePublishTarget: 'pileup:choose-publish-target',
  /** Publish to the remembered folder: (PublishRequest, callId) → Envelope<PublishResult>. */
  publish: 'pileup:publish',
  saveMarkdown: 'pileup:save-markdown',
  openMarkdown: 'pileup:open-markdown',
  /** Main → renderer: a MenuCommand. */
  menu: 'pileup:menu',
  /** Main → renderer: the journal core stopped and is being started again, or could not be. */
  coreStatus: 'pileup:core-status',
} as const;

export const MENU_COMMANDS = ['new-entry', 'save', 'find', 'export', 'copy-markdown', 'import', 'journal', 'insights', 'trash'] as const;
