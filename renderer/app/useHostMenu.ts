// The desktop host's application menu: its commands run the app's actions.
import { useEffect, useRef } from 'react';
import { bridge } from '../api/client';
import type { View } from './route';

export interface MenuActions {
  newEntry: () => void;
  focusSearch: () => void;
  exportMarkdown: () => Promise<void>;
  copyMarkdown: () => Promise<void>;
  startImport: () => Promise<void>;
  setView: (view: View) => void;
}

export function useHostMenu(actions: MenuActions): void {
  // The menu subscribes once; it always runs the latest actions.
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    if (!bridge.onMenu) return;
    return bridge.onMenu((command) => {
      const a = latest.current;
      switch (command) {
        case 'new-entry': return a.newEntry();
        case 'save': return void window.dispatchEvent(new Event('pileup:save'));
        case 'find': return a.focusSearch();
        case 'export': return void a.exportMarkdown();
        case 'copy-markdown': return void a.copyMarkdown();
        case 'import': return void a.startImport();
        case 'journal':
        case 'insights':
        case 'trash':
          return a.setView(command);
      }
    });
  }, []);
}
