// What the Share menu chose for the next export or copy: whether private
// entries go with it, whether "Export for backup" asked for a backup, and
// whether a copy is markdown, Slack text or HTML. Choices for one action only,
// so the action that uses them takes (and resets) them; the menu shows the
// checkbox through useIncludePrivate. The menu's items run the one export and
// the one copy action, which read the layout from here.
import { useSyncExternalStore } from 'react';

let includePrivate = false;
let backupNext = false;

/** The next export is a backup ("Export for backup"). */
export function chooseBackup(): void {
  backupNext = true;
}

/** The layout of this export: a backup when it was chosen, else a share. */
export function takeFormat(): 'share' | 'backup' {
  const format = backupNext ? 'backup' : 'share';
  backupNext = false;
  return format;
}
/** What a copy puts on the clipboard: share markdown, Slack mrkdwn, or HTML (with the markdown as its plain text). */
export type CopyFormat = 'share' | 'slack' | 'html';
let copyNext: CopyFormat = 'share';

export function chooseCopyFormat(format: CopyFormat): void {
  copyNext = format;
}

/** The format of this copy (markdown unless the menu chose another); it goes back to markdown afterwards. */
export function takeCopyFormat(): CopyFormat {
  const format = copyNext;
  copyNext = 'share';
  return format;
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function setIncludePrivate(value: boolean): void {
  includePrivate = value;
  notify();
}

/** The choice for this action; it goes back to "leave private entries out" afterwards. */
export function takeIncludePrivate(): boolean {
  const chosen = includePrivate;
  if (chosen) setIncludePrivate(false);
  return chosen;
}

export function useIncludePrivate(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => includePrivate,
  );
}
