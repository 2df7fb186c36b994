#!/usr/bin/env node
// @ts-check
// Builds better-sqlite3 for the installed Electron into native/electron-<version>/,
// so `npm start` needs no manual rebuild and the Node build in node_modules
// (which the tests load) is never touched: `npm test` and `npm start` work in
// either order. Run by `npm start` before `electron .`; skips when the binary
// is already there.
//
// How: copy node_modules/better-sqlite3 to a temporary folder, then in that
// copy try prebuild-install (downloads the prebuilt binary for Electron's ABI),
// and if that fails node-gyp against Electron's headers (compiles; needs a C++
// toolchain). Both need the internet once.
//
//   node scripts/electron-native.mjs [--root DIR] [--print-path] [--force]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DEFAULT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where Electron's build of better-sqlite3 lives. Must match
 * nativeBindingPath() in electron/native-binding.ts (a test checks).
 * @param {string} root
 * @param {string} electronVersion
 */
export function nativeBindingPath(root, electronVersion) {
  return path.join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** @param {string} file */
function readJson(file) {
  /** @type {unknown} */
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? /** @type {Record<string, unknown>} */ (parsed) : {};
}

/**
 * The version of the installed electron package (its package.json is there
 * even when the binary download failed).
 * @param {string} root
 */
export function installedElectronVersion(root) {
  const file = path.join(root, 'node_modules', 'electron', 'package.json');
  if (!fs.existsSync(file)) throw new Error('The electron package is not installed: run `npm install` first.');
  const version = readJson(file).version;
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+/.test(version)) throw new Error(`Cannot read Electron's version from ${file}.`);
  return version;
}

/**
 * node-gyp: npm's own copy when run by npm, else a local one, else the copy bundled with npm next to node.
 * @param {string} root
 * @returns {string | null}
 */
function findNodeGyp(root) {
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => typeof c === 'string' && c !== '' && fs.existsSync(c)) ?? null;
}

/**
 * @param {string} label
 * @param {string[]} args node arguments
 * @param {string} cwd
 * @param {number} timeoutMs
 */
function runNode(label, args, cwd, timeoutMs) {
  process.stdout.write(`electron-native: ${label}\n`);
  const result = spawnSync(process.execPath, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: timeoutMs,
    // npm start exports npm_config_* for the app; they must not retarget this build
    // (a nodedir pointing at Node's headers would "succeed" with the wrong ABI).
    env: Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_(runtime|target|arch|disturl|nodedir|build_from_source)$/i.test(key))),
  });
  return result.status === 0;
}

/**
 * Builds the binary; returns its path. Throws an Error with a readable message.
 * @param {{ root?: string, force?: boolean, log?: (line: string) => void }} [options]
 */
export function ensureElectronBinding(options = {}) {
  const root = options.root ?? DEFAULT_ROOT;
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  const version = installedElectronVersion(root);
  const target = nativeBindingPath(root, version);
  if (fs.existsSync(target) && !options.force) {
    log(`electron-native: better-sqlite3 for Electron ${version} is already built (${path.relative(root, target)}).`);
    return target;
  }
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  if (!fs.existsSync(path.join(source, 'package.json'))) throw new Error('better-sqlite3 is not installed: run `npm install` first.');

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-electron-native-'));
  try {
    // A copy, so neither tool can write into node_modules/better-sqlite3/build.
    fs.cpSync(source, work, { recursive: true, filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build' });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    const arch = process.arch;
    const require = createRequire(path.join(root, 'package.json'));
    /** @type {string | null} */
    let prebuildInstall = null;
    try {
      prebuildInstall = require.resolve('prebuild-install/bin.js');
    } catch {
      prebuildInstall = null;
    }
    let ok = false;
    if (prebuildInstall) {
      ok = runNode(
        `downloading the prebuilt better-sqlite3 for Electron ${version} (${process.platform}-${arch})`,
        [prebuildInstall, '--runtime=electron', `--target=${version}`, `--arch=${arch}`, `--platform=${process.platform}`],
        work,
        5 * 60_000,
      ) && fs.existsSync(built);
    }
    if (!ok) {
      const nodeGyp = findNodeGyp(root);
      if (nodeGyp) {
        ok = runNode(
          `compiling better-sqlite3 against Electron ${version}'s headers (takes a few minutes)`,
          [nodeGyp, 'rebuild', '--release', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'],
          work,
          30 * 60_000,
        ) && fs.existsSync(built);
      }
    }
    if (!ok) {
      throw new Error(
        `Could not get better-sqlite3 for Electron ${version}: the prebuilt download and the compile from Electron's headers both failed. ` +
          'Both need the internet once (github.com and electronjs.org). Connect and run `node scripts/electron-native.mjs` again; ' +
          '`npm test` does not need it.',
      );
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, `${target}.tmp`);
    fs.renameSync(`${target}.tmp`, target);
    log(`electron-native: wrote ${path.relative(root, target)}`);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string[]} argv */
function main(argv) {
  const rootIndex = argv.indexOf('--root');
  const root = rootIndex >= 0 && argv[rootIndex + 1] ? path.resolve(/** @type {string} */ (argv[rootIndex + 1])) : DEFAULT_ROOT;
  try {
    if (argv.includes('--print-path')) {
      process.stdout.write(`${nativeBindingPath(root, installedElectronVersion(root))}\n`);
      return 0;
    }
    ensureElectronBinding({ root, force: argv.includes('--force') });
    return 0;
  } catch (error) {
    process.stderr.write(`electron-native: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
