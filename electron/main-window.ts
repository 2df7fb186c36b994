// The journal window's options, in one place the tests can see: main.ts passes
// Electron's BrowserWindow in, the tests a recorder. The literal stays inside
// `new BrowserWindow(...)` so the Electronegativity scan reads every flag.
import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state';

export interface MainWindowSettings {
  bounds: Pick<WindowState, 'x' | 'y' | 'width' | 'height'>;
  /** The built preload script (dist-electron/preload.cjs). */
  preload: string;
  backgroundColor: string;
  /** Development builds only (!app.isPackaged), like the menu's Reload and Toggle Developer Tools. */
  devTools: boolean;
}

export type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/** A hardened window: sandboxed, isolated, no Node, no webviews, DevTools only when `devTools`. */
export function newMainWindow<W>(BrowserWindow: WindowConstructor<W>, settings: MainWindowSettings): W {
  return new BrowserWindow({
    x: settings.bounds.x,
    y: settings.bounds.y,
    width: settings.bounds.width,
    height: settings.bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Pileup',
    backgroundColor: settings.backgroundColor,
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — the sandboxed preload exposes only HostBridge (one invoke channel, two dialogs, menu events), never ipcRenderer itself; main checks the sender of every message.
      preload: settings.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      // Without this, a packaged app still opens DevTools for anyone who asks the web contents (openDevTools).
      devTools: settings.devTools,
    },
  });
}
