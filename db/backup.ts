// A consistent copy of the live journal with SQLite's online backup. It copies
// a few megabytes per turn of the event loop, so the thread that runs it
// keeps answering reads, and reports its progress in pages.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import { errorCode, PileupError } from './common/errors';
import type { JobContext } from './job';

/** Pages copied per step: 8 MB at SQLite's default page size. */
const PAGES_PER_STEP = 2_048;

export async function backupDatabase(db: Database, file: string, job: JobContext): Promise<{ path: string }> {
  try {
    await db.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        job.progress({ phase: 'copying', done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
  } catch (error) {
    fs.rmSync(file, { force: true });
    const code = errorCode(error);
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new PileupError('internal', `The disk is full; the backup ${file} was not written.`);
    if (code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'SQLITE_READONLY') {
      throw new PileupError('invalid_input', `Cannot write the backup to ${file}: check the folder and its permissions.`);
    }
    throw error;
  }
  return { path: file };
}
