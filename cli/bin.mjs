#!/usr/bin/env node
// The package's `pileup` bin: runs the bundled CLI, building it first when a
// fresh checkout has not been built yet (build output goes to stderr so
// standard output stays clean for scripts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(new URL('../dist-node/cli.mjs', import.meta.url));

if (!existsSync(bundle)) {
  const build = spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (build.status !== 0 || !existsSync(bundle)) {
    process.stderr.write('pileup: could not build the CLI (run `npm run build:node` in the Pileup folder).\n');
    process.exit(1);
  }
}

await import(pathToFileURL(bundle).href);
