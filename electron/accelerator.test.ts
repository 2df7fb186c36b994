import { describe, expect, it } from 'vitest';
import { applyShortcut, wantedShortcut, type ShortcutRegistry } from './accelerator';

function registry(taken: string[] = []) {
  const held = new Set<string>();
  const fake: ShortcutRegistry = {
    register: (accelerator) => {
      if (taken.includes(accelerator)) return false;
      held.add(accelerator);
      return true;
    },
    unregister: (accelerator) => void held.delete(accelerator),
  };
  return { held, fake };
}

describe('wantedShortcut', () => {
  it('is off by default and normalised when on', () => {
    expect(wantedShortcut({ enabled: false, shortcut: 'CommandOrControl+Shift+J' })).toBeNull();
    expect(wantedShortcut({ enabled: true, shortcut: 'ctrl+shift+j' })).toBe('Control+Shift+J');
    expect(wantedShortcut({ enabled: true, shortcut: 'J' })).toBeNull();
  });
});

describe('applyShortcut', () => {
  const noop = () => undefined;

  it('registers, swaps and releases the shortcut', () => {
    const { held, fake } = registry();
    let state = applyShortcut(fake, null, 'Control+Shift+J', noop);
    expect(state).toEqual({ accelerator: 'Control+Shift+J', problem: null });
    state = applyShortcut(fake, state.accelerator, 'Alt+Space', noop);
    expect([...held]).toEqual(['Alt+Space']);
    state = applyShortcut(fake, state.accelerator, null, noop);
    expect(state).toEqual({ accelerator: null, problem: null });
    expect(held.size).toBe(0);
  });

  it('says so when another program holds the shortcut', () => {
    const { held, fake } = registry(['Alt+Space']);
    const state = applyShortcut(fake, null, 'Alt+Space', noop);
    expect(state.accelerator).toBeNull();
    expect(state.problem).toContain('already used by another program');
    expect(held.size).toBe(0);
  });

  it('survives a registry that throws for a key it does not know', () => {
    const fake: ShortcutRegistry = {
      register: () => {
        throw new Error('conversion failure');
      },
      unregister: () => undefined,
    };
    expect(applyShortcut(fake, null, 'Super+F24', () => undefined).problem).toContain('Super+F24');
  });
});
