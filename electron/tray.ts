// The tray icon's menu as data (like menu.ts): Open Pileup, Quick capture, Quit.
import type { MenuItemConstructorOptions } from 'electron';

export interface TrayLabels {
  tooltip: string;
  open: string;
  capture: string;
  quit: string;
}

export const ENGLISH_TRAY: TrayLabels = { tooltip: 'Pileup', open: 'Open Pileup', capture: 'Quick capture', quit: 'Quit' };
export const KOREAN_TRAY: TrayLabels = { tooltip: 'Pileup', open: 'Pileup 열기', capture: '빠른 기록', quit: '종료' };

export function trayLabelsFor(locale: string): TrayLabels {
  return locale.toLowerCase().startsWith('ko') ? KOREAN_TRAY : ENGLISH_TRAY;
}

export interface TrayActions {
  open: () => void;
  capture: () => void;
  quit: () => void;
}

/** A menu item whose click takes nothing (assignable to Electron's, and callable in tests). */
export type TrayMenuItem = Omit<MenuItemConstructorOptions, 'click'> & { click?: () => void };

/** The tray menu; `shortcut` (the quick-capture accelerator, when one is held) is shown beside its item. */
export function buildTrayMenuTemplate(labels: TrayLabels, actions: TrayActions, shortcut: string | null): TrayMenuItem[] {
  return [
    { label: labels.open, click: () => actions.open() },
    { label: labels.capture, click: () => actions.capture(), ...(shortcut ? { accelerator: shortcut, registerAccelerator: false } : {}) },
    { type: 'separator' },
    { label: labels.quit, click: () => actions.quit() },
  ];
}
