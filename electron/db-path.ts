// Which journal the desktop app opens: `--db FILE`, else PILEUP_DB, else the
// shared default (db/default-path.ts), so the app and the CLI open the same file.
import os from 'node:os';
import path from 'node:path';
import { resolveDatabasePath, type PathContext } from '../db/default-path';

/** The value of `--db FILE` or `--db=FILE` in a command line, if any. */
export function dbArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') return argv[i + 1] || undefined;
    if (arg.startsWith('--db=')) return arg.slice('--db='.length) || undefined;
  }
  return undefined;
}

export function resolveDbPath(
  argv: readonly string[],
  ctx: PathContext = { env: process.env, platform: process.platform, home: os.homedir() },
  cwd = process.cwd(),
): string {
  return path.resolve(cwd, resolveDatabasePath(dbArgument(argv), ctx));
}
