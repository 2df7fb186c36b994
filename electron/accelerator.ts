// The quick-capture global shortcut: which accelerator to hold (the setting,
// checked again by db/common/accelerator.ts), and swapping it on Electron's
// globalShortcut, passed in so tests can stand in for it.
import { checkAccelerator } from '../db/common/accelerator';
import type { Settings } from '../db/common/settings';

export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/** The accelerator the settings ask for, or null when quick capture's shortcut is off (the default) or unusable. */
export function wantedShortcut(capture: Settings['capture']): string | null {
  if (!capture.enabled) return null;
  const checked = checkAccelerator(capture.shortcut);
  return checked.ok ? checked.accelerator : null;
}

export type ShortcutState = { accelerator: string | null; problem: string | null };

/**
 * Moves the registration from `current` to `wanted`. Another program may own
 * the shortcut (register returns false, or throws for a key this OS lacks):
 * then nothing is held and `problem` says why.
 */
export function applyShortcut(registry: ShortcutRegistry, current: string | null, wanted: string | null, onPress: () => void): ShortcutState {
  if (current === wanted) return { accelerator: current, problem: null };
  if (current) registry.unregister(current);
  if (!wanted) return { accelerator: null, problem: null };
  let registered = false;
  try {
    registered = registry.register(wanted, onPress);
  } catch {
    registered = false;
  }
  if (!registered) return { accelerator: null, problem: `${wanted} is already used by another program; choose another shortcut in Settings.` };
  return { accelerator: wanted, problem: null };
}
