// Window size and position, remembered in a small JSON file in userData.
// Reading is forgiving: a damaged file or a monitor that is gone means the
// default size, centred, never a window off-screen or an error.
import fs from 'node:fs';
import path from 'node:path';
import type { Rectangle } from 'electron';
import { writeSmallFileAtomic } from './files';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };
export const MIN_WIDTH = 640;
export const MIN_HEIGHT = 480;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** How much of `a` lies inside `b`, in square pixels. */
function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Turns whatever was stored into a usable state for the displays present now:
 * sizes clamped to the largest work area, a position kept only when enough of
 * the window (its title bar included) would be visible.
 */
export function sanitizeWindowState(raw: unknown, workAreas: readonly Rectangle[]): WindowState {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_WINDOW_STATE };
  const value = raw as Record<string, unknown>;
  const maxWidth = Math.max(MIN_WIDTH, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_HEIGHT, ...workAreas.map((a) => a.height));
  const width = isFiniteNumber(value.width) ? Math.round(Math.min(Math.max(value.width, MIN_WIDTH), maxWidth)) : DEFAULT_WINDOW_STATE.width;
  const height = isFiniteNumber(value.height) ? Math.round(Math.min(Math.max(value.height, MIN_HEIGHT), maxHeight)) : DEFAULT_WINDOW_STATE.height;
  const state: WindowState = { width, height, maximized: value.maximized === true };
  if (isFiniteNumber(value.x) && isFiniteNumber(value.y)) {
    const bounds = { x: Math.round(value.x), y: Math.round(value.y), width, height };
    const titleBar = { x: bounds.x, y: bounds.y, width, height: Math.min(40, height) };
    const visible = workAreas.some((area) => overlap(bounds, area) >= (width * height) / 4 && overlap(titleBar, area) > 0);
    if (visible) {
      state.x = bounds.x;
      state.y = bounds.y;
    }
  }
  return state;
}

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}

export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let raw: unknown = null;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    raw = null;
  }
  return sanitizeWindowState(raw, workAreas);
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeSmallFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
  } catch {
    // Losing the window position is not worth an error dialog on quit.
  }
}

/** The part of a BrowserWindow whose geometry is remembered. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/** Saves the window's geometry shortly after it changes and when it closes. */
export function trackWindowState(win: TrackedWindow, file: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    saveWindowState(file, { ...bounds, maximized: win.isMaximized() });
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, saveSoon);
  win.on('close', save);
}
