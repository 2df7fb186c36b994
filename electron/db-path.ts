// Which journal the desktop app opens: `--db FILE`, else PILEUP_DB, else
// pileup.db in the user-data folder.
import path from 'node:path';

/** The value of `--db FILE` or `--db=FILE` in a command line, if any. */
export function dbArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') return argv[i + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

export function resolveDbPath(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string, cwd = process.cwd()): string {
  const chosen = dbArgument(argv) || env.PILEUP_DB;
  if (chosen) return path.resolve(cwd, chosen);
  return path.join(userDataDir, 'pileup.db');
}
