import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../db/common/bridge';
import { MENU_COMMANDS } from './channels';
import { buildMenuTemplate, KOREAN_MENU, menuLabelsFor } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('application menu', () => {
  it('offers every menu command once, with the usual shortcuts', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate('linux', (c) => sent.push(c)));
    const commands = items.filter((i) => i.click);
    expect(commands.map((i) => i.id).sort()).toEqual([...MENU_COMMANDS].sort());
    const accelerator = (id: MenuCommand) => items.find((i) => i.id === id)?.accelerator;
    expect(accelerator('new-entry')).toBe('CmdOrCtrl+N');
    expect(accelerator('save')).toBe('CmdOrCtrl+S');
    expect(accelerator('find')).toBe('CmdOrCtrl+F');
    const accelerators = commands.map((i) => i.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);

    for (const item of commands) (item.click as () => void)();
    expect(sent.sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('keeps the standard edit and window roles', () => {
    const roles = flatten(buildMenuTemplate('linux', () => undefined)).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'windowMenu', 'quit']) expect(roles).toContain(role);
    expect(roles).not.toContain('toggleDevTools');
    expect(flatten(buildMenuTemplate('linux', () => undefined, undefined, { devTools: true })).map((i) => i.role)).toContain('toggleDevTools');
  });

  it('has no developer items in a packaged build, on any platform', () => {
    const developerRoles = ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'];
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const roles = flatten(buildMenuTemplate(platform, () => undefined, undefined, { devTools: false })).map((i) => i.role);
      for (const role of developerRoles) expect(roles, `${platform} ${role}`).not.toContain(role);
      const development = flatten(buildMenuTemplate(platform, () => undefined, undefined, { devTools: true })).map((i) => i.role);
      expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    }
  });

  it('has the macOS app menu on macOS only', () => {
    expect(buildMenuTemplate('darwin', () => undefined)[0]?.role).toBe('appMenu');
    expect(buildMenuTemplate('win32', () => undefined)[0]?.role).toBeUndefined();
  });

  it('speaks Korean when the OS does', () => {
    expect(menuLabelsFor('ko-KR')).toBe(KOREAN_MENU);
    expect(menuLabelsFor('en-US').newEntry).toBe('New entry');
    const labels = flatten(buildMenuTemplate('linux', () => undefined, KOREAN_MENU)).map((i) => i.label);
    expect(labels).toContain('새 기록');
  });
});
