// @ts-check
// Bundles the Node-side entry points (Electron main + preload, browser host, CLI, the core's worker threads)
// with esbuild. The renderer is built by Vite (`npm run build:renderer`).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** @type {import('esbuild').BuildOptions} */
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external: ['better-sqlite3', 'electron'] };

/**
 * The CLI carries better-sqlite3's JavaScript in its own chunks: Node's CommonJS loader resolving,
 * reading and compiling its thirteen files cost ~8 ms of every command. Only the addon stays a file,
 * loaded from the installed package where `bindings` would have found it.
 * @type {import('esbuild').Plugin}
 */
const sqliteInBundle = {
  name: 'sqlite-in-bundle',
  setup(b) {
    b.onResolve({ filter: /^bindings$/ }, (args) => (args.importer.includes(`${path.sep}better-sqlite3${path.sep}`) ? { path: 'bindings', namespace: 'sqlite-addon' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'sqlite-addon' }, () => ({
      loader: 'js',
      contents: `const path = require('node:path');
module.exports = (name) => require(path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', name));`,
    }));
  },
};

/** @type {{ entry: string, outfile: string, format: import('esbuild').Format, split?: boolean, bundleSqlite?: boolean }[]} */
const targets = [
  { entry: 'electron/main.ts', outfile: 'dist-electron/main.cjs', format: 'cjs' },
  { entry: 'electron/preload.ts', outfile: 'dist-electron/preload.cjs', format: 'cjs' },
  { entry: 'web/web.ts', outfile: 'dist-node/web.mjs', format: 'esm' },
  // Split at each command's dynamic import: a process loads only the command it runs (`--help` none).
  { entry: 'cli/main.ts', outfile: 'dist-node/cli.mjs', format: 'esm', split: true, bundleSqlite: true },
  // The journal core's threads, started by db/runner/runner.ts from the file next to each host bundle.
  { entry: 'db/runner/worker.ts', outfile: 'dist-electron/core-worker.cjs', format: 'cjs' },
  { entry: 'db/runner/worker.ts', outfile: 'dist-node/core-worker.mjs', format: 'esm' },
  // Started by db/search/prepare-in-background.ts (in the core's write thread) from the file next to it.
  { entry: 'db/search/prepare-worker.ts', outfile: 'dist-electron/prepare-worker.cjs', format: 'cjs' },
  { entry: 'db/search/prepare-worker.ts', outfile: 'dist-node/prepare-worker.mjs', format: 'esm' },
];

// CommonJS bundles have no import.meta: the code that reads it (db/) uses
// __filename and require there instead, so esbuild's warning is moot.
/** @type {import('esbuild').BuildOptions} */
const cjs = { logOverride: { 'empty-import-meta': 'silent' } };
const banner = { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" };

/** @param {{ entry: string, outfile: string }} t @returns {import('esbuild').BuildOptions} */
function output(t) {
  if (!('split' in t && t.split)) return { entryPoints: [t.entry], outfile: t.outfile };
  const name = path.basename(t.outfile, '.mjs');
  const outdir = path.dirname(t.outfile);
  // Chunks of an earlier build would pile up beside the new ones.
  fs.rmSync(path.join(outdir, `${name}-chunks`), { recursive: true, force: true });
  return { entryPoints: { [name]: t.entry }, outdir, splitting: true, chunkNames: `${name}-chunks/[name]-[hash]`, outExtension: { '.js': '.mjs' } };
}

await Promise.all(
  targets
    .filter((t) => fs.existsSync(t.entry))
    .map((t) =>
      build({
        ...common,
        ...output(t),
        format: t.format,
        ...(t.format === 'esm' ? { banner } : cjs),
        ...(t.bundleSqlite ? { external: ['electron'], plugins: [sqliteInBundle] } : {}),
      }),
    ),
);
