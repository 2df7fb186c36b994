import fs from 'node:fs';
import { EventEmitter } from 'node:events';
import type { Rectangle } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import {
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  MIN_WIDTH,
  sanitizeWindowState,
  saveWindowState,
  trackWindowState,
  windowStateFile,
  type TrackedWindow,
} from './window-state';

const LAPTOP: Rectangle = { x: 0, y: 0, width: 1440, height: 900 };
const SECOND_SCREEN: Rectangle = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('sanitizeWindowState', () => {
  it('keeps a window that is on a display', () => {
    expect(sanitizeWindowState({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, [LAPTOP])).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(sanitizeWindowState({ x: 1600, y: 100, width: 1200, height: 800, maximized: true }, [LAPTOP, SECOND_SCREEN])).toMatchObject({
      x: 1600,
      maximized: true,
    });
  });

  it('drops the position when its display is gone, so the window is centred', () => {
    const state = sanitizeWindowState({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [LAPTOP]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state.width).toBe(1200);
  });

  it('drops a position whose title bar is off-screen', () => {
    expect(sanitizeWindowState({ x: 100, y: -500, width: 800, height: 800 }, [LAPTOP]).y).toBeUndefined();
  });

  it('clamps sizes and ignores garbage', () => {
    expect(sanitizeWindowState({ width: 10, height: 99999 }, [LAPTOP])).toMatchObject({ width: MIN_WIDTH, height: 900 });
    expect(sanitizeWindowState('nonsense', [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
    expect(sanitizeWindowState(null, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
    expect(sanitizeWindowState({ width: 'wide', height: Number.NaN, x: Infinity, y: 0 }, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('window state file', () => {
  const tmp = tempDir('pileup-window-');
  afterEach(() => fs.rmSync(windowStateFile(tmp.dir), { force: true }));

  it('round-trips through the JSON file', () => {
    const file = windowStateFile(tmp.dir);
    saveWindowState(file, { x: 20, y: 30, width: 900, height: 600, maximized: true });
    expect(loadWindowState(file, [LAPTOP])).toEqual({ x: 20, y: 30, width: 900, height: 600, maximized: true });
  });

  it('falls back to the default for a missing or damaged file', () => {
    const file = windowStateFile(tmp.dir);
    expect(loadWindowState(file, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, '{"width": 9');
    expect(loadWindowState(file, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('saves the geometry when the window is moved and when it closes', async () => {
    const file = windowStateFile(tmp.dir);
    class FakeWindow extends EventEmitter implements TrackedWindow {
      bounds: Rectangle = { x: 10, y: 10, width: 800, height: 600 };
      getNormalBounds = () => this.bounds;
      isMaximized = () => false;
      isDestroyed = () => false;
    }
    const win = new FakeWindow();
    trackWindowState(win, file, 5);
    win.bounds = { x: 200, y: 100, width: 1000, height: 700 };
    win.emit('move');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadWindowState(file, [LAPTOP])).toMatchObject({ x: 200, y: 100, width: 1000 });
    win.bounds = { x: 300, y: 100, width: 1000, height: 700 };
    win.emit('close');
    expect(loadWindowState(file, [LAPTOP])).toMatchObject({ x: 300 });
  });
});
