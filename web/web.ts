// `npm run web -- --db FILE [--port N]`: the browser host as a command.
// Bundled to dist-node/web.mjs, so the renderer sits at ../dist-renderer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PileupError } from '../db/common/errors';
import type { CoreStatus } from '../db/runner/runner';
import { startWebHost } from './server';

const USAGE = 'Usage: npm run web -- --db FILE [--port N]\n  PILEUP_DB=FILE may replace --db; PILEUP_WEB_TOKEN fixes the secret for scripted runs.';

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseCommandLine(argv: string[]): { dbFile: string; port: number } {
  let values: { db?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const dbFile = values.db ?? process.env.PILEUP_DB;
  if (!dbFile) fail(`Which journal? Pass --db FILE.\n${USAGE}`, 2);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${values.port}".`, 2);
  return { dbFile: path.resolve(dbFile), port };
}

/** What the journal core says while it opens (a search index rebuild) or when a thread of it restarts. */
function reportCoreStatus(status: CoreStatus): void {
  if (status.state === 'opening') {
    const { done, total } = status.progress;
    process.stderr.write(`Rebuilding the search index: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} entries\n`);
  } else if (status.state === 'ready') process.stderr.write(`The journal core's ${status.role} side is running again.\n`);
  else process.stderr.write(`${status.message}\n`);
}

async function main(): Promise<void> {
  const { dbFile, port } = parseCommandLine(process.argv.slice(2));
  const distDir = fileURLToPath(new URL('../dist-renderer', import.meta.url));
  const token = process.env.PILEUP_WEB_TOKEN || undefined;
  let host;
  try {
    host = await startWebHost({ dbFile, port, distDir, token, onCoreStatus: reportCoreStatus });
  } catch (error) {
    if (error instanceof PileupError) fail(`Cannot open the journal: ${error.message}`, 1);
    fail(`Cannot start the Pileup host: ${(error as Error).message}`, 1);
  }
  process.stdout.write(`Journal: ${dbFile}\nPileup is running at ${host.url}\nPress Ctrl+C to stop.\n`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
