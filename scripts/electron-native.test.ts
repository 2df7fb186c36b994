// The Electron native-build script, run as the real child process (without
// the network: only the paths that never download are exercised here).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import { nativeBindingPath } from '../electron/native-binding';

const SCRIPT = path.resolve('scripts/electron-native.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

function fakeProject(electronVersion: string | null): string {
  tmp = tempDir('pileup-native-');
  if (electronVersion) {
    fs.mkdirSync(tmp.file('node_modules/electron'), { recursive: true });
    fs.writeFileSync(tmp.file('node_modules/electron/package.json'), JSON.stringify({ name: 'electron', version: electronVersion }));
  }
  return tmp.dir;
}

describe('scripts/electron-native.mjs', () => {
  it('puts the binary where main.ts looks for it', () => {
    const root = path.resolve('.');
    const version = (JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
    const printed = run('--print-path');
    expect(printed.status).toBe(0);
    expect(printed.stdout.trim()).toBe(nativeBindingPath(root, version));
    expect(printed.stdout.trim()).not.toContain('node_modules');
  });

  it('skips the build when the binary is already there', () => {
    const root = fakeProject('45.5.0');
    const binding = nativeBindingPath(root, '45.5.0');
    fs.mkdirSync(path.dirname(binding), { recursive: true });
    fs.writeFileSync(binding, 'binary');
    const result = run('--root', root);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/already built/);
    expect(fs.readFileSync(binding, 'utf8')).toBe('binary');
  });

  it('fails with a clear message when Electron is not installed', () => {
    const root = fakeProject(null);
    const result = run('--root', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/electron package is not installed/);
  });

  it('fails with a clear message when better-sqlite3 is missing', () => {
    const root = fakeProject('45.5.0');
    const result = run('--root', root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/better-sqlite3 is not installed/);
    expect(fs.existsSync(path.join(root, 'native'))).toBe(false);
  });
});
