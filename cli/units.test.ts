import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, resolveDatabasePath } from '../db/default-path';
import type { Io } from './io';
import { run } from './run';
import { displayWidth, renderColumns, truncate } from './table';
import { UsageError, parsePillars } from './usage';

describe('the default journal path matches Electron userData for "Pileup"', () => {
  it('on Linux, macOS and Windows', () => {
    expect(defaultDatabasePath({ env: {}, platform: 'linux', home: '/home/kim' })).toBe('/home/kim/.config/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/kim' })).toBe('/xdg/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: {}, platform: 'darwin', home: '/Users/kim' })).toBe('/Users/kim/Library/Application Support/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\kim' })).toBe(
      'C:\\Users\\kim\\AppData\\Roaming\\Pileup\\pileup.db',
    );
  });

  it('--db wins over PILEUP_DB, which wins over the default', () => {
    const ctx = { env: { PILEUP_DB: '/env.db' }, platform: 'linux' as const, home: '/h' };
    expect(resolveDatabasePath('/flag.db', ctx)).toBe('/flag.db');
    expect(resolveDatabasePath(undefined, ctx)).toBe('/env.db');
    expect(resolveDatabasePath(undefined, { ...ctx, env: {} })).toBe('/h/.config/Pileup/pileup.db');
  });
});

describe('columns', () => {
  it('count Korean syllables and emoji as two cells', () => {
    expect(displayWidth('배포 ok')).toBe(7);
    expect(displayWidth('🚀')).toBe(2);
    expect(truncate('쿠버네티스 배포', 7)).toBe('쿠버네…');
    const lines = renderColumns(['DAY', 'TITLE'], [['회고', 'a'], ['x', 'b']]);
    expect(lines).toEqual(['DAY   TITLE', '회고  a', 'x     b']);
  });
});

describe('pillar arguments', () => {
  it('accept names, commas and unique prefixes in any case', () => {
    expect(parsePillars('add', ['Sharing,auto', 'm'])).toEqual(['automation', 'measurement', 'sharing']);
    expect(() => parsePillars('add', ['devops'])).toThrow(UsageError);
    expect(() => parsePillars('add', ['devops'])).toThrow(/culture, automation, measurement, sharing/);
  });
});

describe('run', () => {
  function fakeIo(): Io & { stdout: string; stderr: string } {
    const io = {
      stdout: '',
      stderr: '',
      out: (t: string) => void (io.stdout += t),
      err: (t: string) => void (io.stderr += t),
      readStdin: async () => null,
      isTTY: false,
      columns: 80,
      color: false,
      env: {},
    };
    return io;
  }

  it('turns usage mistakes into exit code 2 before touching any journal', async () => {
    const io = fakeIo();
    expect(await run(['add', 'text'], io)).toBe(2);
    expect(io.stderr).toMatch(/culture, automation, measurement, sharing/);
    expect(await run(['review'], fakeIo())).toBe(2);
    expect(await run(['import'], fakeIo())).toBe(2);
    expect(await run(['list', '--limit', '0'], fakeIo())).toBe(2);
    expect(await run(['nope'], fakeIo())).toBe(2);
    expect(io.stdout).toBe('');
  });
});
