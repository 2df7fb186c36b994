// Keyboard accelerators in Electron's syntax ("CommandOrControl+Shift+J"):
// validated and normalised here, in pure code, because the contract checks the
// setting at the receiving side and the desktop host registers it.

const MODIFIERS: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

// The order Electron prints modifiers in; a normalised accelerator uses it so equal shortcuts compare equal.
const MODIFIER_ORDER = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'];

const NAMED_KEYS: Record<string, string> = {
  plus: 'Plus',
  space: 'Space',
  tab: 'Tab',
  backspace: 'Backspace',
  delete: 'Delete',
  insert: 'Insert',
  return: 'Enter',
  enter: 'Enter',
  up: 'Up',
  down: 'Down',
  left: 'Left',
  right: 'Right',
  home: 'Home',
  end: 'End',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  escape: 'Escape',
  esc: 'Escape',
};

const PUNCTUATION = new Set([')', '!', '@', '#', '$', '%', '^', '&', '*', '(', ':', ';', '<', '=', '>', '?', '_', '-', '[', ']', '{', '}', '|', '\\', '~', '`', "'", '"', ',', '.', '/']);

export type AcceleratorCheck = { ok: true; accelerator: string } | { ok: false; message: string };

function normaliseKey(raw: string): string | null {
  const lower = raw.toLowerCase();
  if (/^[a-z0-9]$/.test(lower)) return lower.toUpperCase();
  if (/^f([1-9]|1[0-9]|2[0-4])$/.test(lower)) return lower.toUpperCase();
  if (PUNCTUATION.has(raw)) return raw;
  return NAMED_KEYS[lower] ?? null;
}

/**
 * Checks `text` as a global shortcut and returns it in one spelling
 * ("ctrl+shift+j" → "Control+Shift+J"). A global shortcut needs at least one
 * modifier other than Shift alone, or it would swallow ordinary typing in every program.
 */
export function checkAccelerator(text: string): AcceleratorCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Type a shortcut, for example CommandOrControl+Shift+J' };
  if (trimmed.length > 100) return { ok: false, message: 'The shortcut is too long' };
  // Electron names the plus key "Plus", so every + separates two parts.
  const parts = trimmed.split('+').map((p) => p.trim());
  if (parts.some((p) => p === '')) return { ok: false, message: `"${trimmed}" has an empty part; write keys joined by +, like Control+Shift+J` };
  const keyText = parts[parts.length - 1] ?? '';
  const modifiers = new Set<string>();
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) return { ok: false, message: `"${part}" is not a modifier (use CommandOrControl, Control, Alt, Shift or Super)` };
    if (modifiers.has(modifier)) return { ok: false, message: `${modifier} appears twice` };
    modifiers.add(modifier);
  }
  if (MODIFIERS[keyText.toLowerCase()]) return { ok: false, message: 'The shortcut needs a key after its modifiers, like the J in Control+Shift+J' };
  const key = normaliseKey(keyText);
  if (!key) return { ok: false, message: `"${keyText}" is not a key Pileup can use in a shortcut` };
  const onlyShift = [...modifiers].every((m) => m === 'Shift');
  if (onlyShift && !/^F\d+$/.test(key)) {
    return { ok: false, message: 'A global shortcut needs CommandOrControl, Control, Alt or Super, or it would take keys you type elsewhere' };
  }
  const ordered = MODIFIER_ORDER.filter((m) => modifiers.has(m));
  return { ok: true, accelerator: [...ordered, key].join('+') };
}

export const DEFAULT_CAPTURE_SHORTCUT = 'CommandOrControl+Shift+J';
