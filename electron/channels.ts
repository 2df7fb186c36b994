// IPC channel names shared by the preload (renderer side) and main. No imports:
// the sandboxed preload bundles this file as is.
export const CHANNELS = {
  /** Every contract method goes over this one channel: (method, input) → Envelope. */
  invoke: 'pileup:invoke',
  saveMarkdown: 'pileup:save-markdown',
  openMarkdown: 'pileup:open-markdown',
  /** Main → renderer: a MenuCommand. */
  menu: 'pileup:menu',
} as const;

export const MENU_COMMANDS = ['new-entry', 'save', 'find', 'export', 'copy-markdown', 'import', 'journal', 'insights', 'trash'] as const;
