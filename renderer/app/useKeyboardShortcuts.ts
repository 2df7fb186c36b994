// Window shortcuts: Ctrl/Cmd+N writes, Ctrl/Cmd+F or / searches, Escape closes
// an open entry. Never while an IME is composing.
import { useEffect } from 'react';
import { isImeKey } from '../common/keys';

export interface ShortcutActions {
  newEntry: () => void;
  focusSearch: () => void;
  closeEntry: () => void;
}

export function useKeyboardShortcuts({ newEntry, focusSearch, closeEntry }: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isImeKey(event)) return;
      const mod = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const key = event.key.toLowerCase();
      const target = event.target instanceof HTMLElement ? event.target : null;
      const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (mod && key === 'n') {
        event.preventDefault();
        newEntry();
      } else if (mod && key === 'f') {
        event.preventDefault();
        focusSearch();
      } else if (mod && key === 's') {
        event.preventDefault(); // The editor saves; elsewhere, never the browser's "save page".
      } else if (!mod && !event.altKey && event.key === '/' && !typing) {
        event.preventDefault();
        focusSearch();
      } else if (event.key === 'Escape' && !typing && !document.querySelector('dialog[open]')) {
        // The editor keeps its draft and closes with its own button.
        closeEntry();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newEntry, focusSearch, closeEntry]);
}
