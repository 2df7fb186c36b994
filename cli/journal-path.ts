import os from 'node:os';
import { resolveDatabasePath } from '../db/default-path';

/** The journal file a command works on: --db, else $PILEUP_DB, else the desktop app's. */
export function journalPath(dbFlag: string | undefined, env: Record<string, string | undefined>): string {
  return resolveDatabasePath(dbFlag, { env, platform: process.platform, home: os.homedir() });
}
