import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { newMainWindow, type MainWindowSettings } from './main-window';
import { MIN_HEIGHT, MIN_WIDTH } from './window-state';

/** Stands in for BrowserWindow: keeps the options it was built with. */
class RecordedWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

const settings = (devTools: boolean): MainWindowSettings => ({
  bounds: { x: 10, y: 20, width: 1000, height: 700 },
  preload: '/app/dist-electron/preload.cjs',
  backgroundColor: '#ffffff',
  devTools,
});

describe('the journal window', () => {
  it('has no DevTools in a packaged build, and has them in development', () => {
    expect(newMainWindow(RecordedWindow, settings(false)).options.webPreferences?.devTools).toBe(false);
    expect(newMainWindow(RecordedWindow, settings(true)).options.webPreferences?.devTools).toBe(true);
  });

  it('is sandboxed and isolated, without Node or webviews', () => {
    const { options } = newMainWindow(RecordedWindow, settings(false));
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
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
    });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT, show: false });
  });
});
