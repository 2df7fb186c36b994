import { describe, expect, it } from 'vitest';
import { checkAccelerator } from './accelerator';

describe('checkAccelerator', () => {
  it('normalises spelling and modifier order', () => {
    expect(checkAccelerator('shift+cmdorctrl+j')).toEqual({ ok: true, accelerator: 'CommandOrControl+Shift+J' });
    expect(checkAccelerator(' Ctrl + Alt + space ')).toEqual({ ok: true, accelerator: 'Control+Alt+Space' });
    expect(checkAccelerator('Alt+F5')).toEqual({ ok: true, accelerator: 'Alt+F5' });
    expect(checkAccelerator('Ctrl+plus')).toEqual({ ok: true, accelerator: 'Control+Plus' });
    expect(checkAccelerator('Super+/')).toEqual({ ok: true, accelerator: 'Super+/' });
  });

  it('allows a bare function key (it takes no typing) but not a bare letter', () => {
    expect(checkAccelerator('F9')).toEqual({ ok: true, accelerator: 'F9' });
    expect(checkAccelerator('j').ok).toBe(false);
    expect(checkAccelerator('Shift+J').ok).toBe(false);
  });

  it('refuses what Electron would refuse, with a message', () => {
    for (const bad of ['', 'Ctrl+', 'Ctrl+Shift', 'Hyper+J', 'Ctrl+Ctrl+J', 'Ctrl+ㅓ', 'Ctrl+F25', 'Ctrl+JJ', 'Ctrl++']) {
      const result = checkAccelerator(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
    }
  });
});
