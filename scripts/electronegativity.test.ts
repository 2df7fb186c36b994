// The Electronegativity gate: the real scan of electron/ (this puts it in
// `npm test`), and a folder with one explained and one unexplained finding.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';

const SCRIPT = path.resolve('scripts/electronegativity.mjs');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('scripts/electronegativity.mjs', () => {
  const tmp = tempDir('pileup-scan-');
  afterAll(() => tmp.cleanup());

  it('finds every finding in electron/ fixed or explained', () => {
    const result = run();
    expect(result.stdout).toContain('Every finding is fixed or explained.');
    expect(result.status).toBe(0);
  });

  it('fails on a finding without an explanation, and accepts one with', () => {
    const app = tmp.file('app');
    fs.mkdirSync(app);
    fs.writeFileSync(
      path.join(app, 'main.js'),
      [
        "const { BrowserWindow, shell } = require('electron');",
        'function openLink(url) {',
        "  // electronegativity: OPEN_EXTERNAL_JS_CHECK — the caller allows https URLs only",
        '  return shell.openExternal(url);',
        '}',
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: true, sandbox: true } });',
        "win.webContents.session.setPermissionRequestHandler((c, p, cb) => cb(false));",
        "win.webContents.on('will-navigate', (e) => e.preventDefault());",
        'module.exports = { openLink };',
        '',
      ].join('\n'),
    );
    const result = run('--input', app);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/ok {4}OPEN_EXTERNAL_JS_CHECK/);
    expect(result.stdout).toMatch(/FAIL {2}AUXCLICK_JS_CHECK at .*main\.js:6/);
    expect(result.stdout).toMatch(/explained at .*main\.js:3: the caller allows https URLs only/);
  });
});
