// The quick-capture window's options: small, frameless, always on top, showing
// the renderer's #/capture page. Hardened like the main window (main-window.ts);
// the literal stays inside `new BrowserWindow(...)` so the Electronegativity scan reads every flag.
import type { WindowConstructor } from './main-window';
import { APP_INDEX_URL } from './app-url';

export const CAPTURE_URL = `${APP_INDEX_URL}#/capture`;
export const CAPTURE_SIZE = { width: 560, height: 132 } as const;

export interface CaptureWindowSettings {
  /** Where to put it: centred near the top of the display the pointer is on. */
  workArea: { x: number; y: number; width: number; height: number };
  preload: string;
  backgroundColor: string;
  devTools: boolean;
}

/** Top-left corner of the capture window on `workArea`: centred, a fifth of the way down. */
export function capturePosition(workArea: CaptureWindowSettings['workArea']): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + (workArea.width - CAPTURE_SIZE.width) / 2),
    y: Math.round(workArea.y + Math.max(0, workArea.height / 5 - CAPTURE_SIZE.height / 2)),
  };
}

export function newCaptureWindow<W>(BrowserWindow: WindowConstructor<W>, settings: CaptureWindowSettings): W {
  const { x, y } = capturePosition(settings.workArea);
  return new BrowserWindow({
    x,
    y,
    width: CAPTURE_SIZE.width,
    height: CAPTURE_SIZE.height,
    frame: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    show: false,
    title: 'Quick capture — Pileup',
    backgroundColor: settings.backgroundColor,
    webPreferences: {
      // electronegativity: PRELOAD_JS_CHECK — the same sandboxed preload as the main window: HostBridge only, senders checked in main.
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
      devTools: settings.devTools,
    },
  });
}
