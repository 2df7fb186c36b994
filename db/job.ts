// What a long call (an import, an export, a backup) gets from whoever runs it:
// a way to report progress and a signal that the caller cancelled.
import { PileupError } from './common/errors';
import type { JobProgress } from './common/model';

export interface JobContext {
  progress(progress: JobProgress): void;
  readonly signal: AbortSignal;
}

/** For calls nobody follows (tests, the CLI without a terminal). */
export const UNFOLLOWED_JOB: JobContext = { progress: () => undefined, signal: new AbortController().signal };

/** Lets other work run (and a cancel arrive) between chunks of a job; throws once the job was cancelled. */
export async function betweenChunks(job: JobContext, cancelledMessage: string): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (job.signal.aborted) throw new PileupError('cancelled', cancelledMessage);
}
