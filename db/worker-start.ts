// How to start a worker thread whose file sits beside the module that starts
// it: the bundle's sibling file (dist-node/NAME.mjs, dist-electron/NAME.cjs),
// or, run from the TypeScript sources (tests, benchmark), the source file
// loaded through tsx, whose loader a worker does not inherit.
import fs from 'node:fs';
import { createRequire } from 'node:module';

export interface WorkerStart {
  source: string | URL;
  eval: boolean;
}

/** `here` is the caller's own address (its import.meta.url, or __filename in CommonJS bundles); null when the worker's file is missing. */
export function workerStart(here: URL, sourceName: string, bundleName: string): WorkerStart | null {
  if (!here.pathname.endsWith('.ts')) {
    const bundled = new URL(`./${bundleName}.${here.pathname.endsWith('.cjs') ? 'cjs' : 'mjs'}`, here);
    return fs.existsSync(bundled) ? { source: bundled, eval: false } : null;
  }
  const source = new URL(`./${sourceName}`, here).href;
  let tsx: string;
  try {
    tsx = createRequire(here).resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  const load = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(source)}, ${JSON.stringify(source)})`;
  return { source: load, eval: true };
}
