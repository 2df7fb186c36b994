import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { CAPTURE_SIZE, CAPTURE_URL, capturePosition, newCaptureWindow } from './capture-window';

class RecordedWindow {
  constructor(readonly options: BrowserWindowConstructorOptions) {}
}

describe('the quick-capture window', () => {
  it('is small, frameless and on top, and hardened like the journal window', () => {
    const { options } = newCaptureWindow(RecordedWindow, { workArea: { x: 0, y: 0, width: 1920, height: 1080 }, preload: '/p.cjs', backgroundColor: '#fff', devTools: false });
    expect(options).toMatchObject({ frame: false, alwaysOnTop: true, skipTaskbar: true, show: false, resizable: false, ...CAPTURE_SIZE });
    expect(options.webPreferences).toMatchObject({ preload: '/p.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, devTools: false });
    expect(CAPTURE_URL).toBe('pileup://app/index.html#/capture');
  });

  it('sits centred near the top of the display it opens on', () => {
    expect(capturePosition({ x: 1920, y: 0, width: 1280, height: 800 })).toEqual({ x: 1920 + 360, y: 94 });
  });
});
