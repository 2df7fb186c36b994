// What the toolbar chose for the next export or copy: whether private entries
// go with it, and whether "Export for backup" asked for a backup. Choices for
// one action only, so the action that uses them takes (and resets) them; the
// toolbar shows the checkbox through useIncludePrivate. The toolbar's buttons
// all run the one export action, which reads the layout from here.
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
