// A second launch of the app hands its command line to the one already
// running (Electron's single-instance lock): the same journal, or none named,
// focuses the window; another journal is opened in its place once the user
// agrees, and only once it has opened, so a journal that cannot be opened
// leaves the current one as it was.
import path from 'node:path';
import { PileupError } from '../db/common/errors';
import type { PathContext } from '../db/default-path';
import { dbArgument, resolveDbPath } from './db-path';

export type SecondLaunch = { action: 'focus' } | { action: 'switch'; file: string } | { action: 'error'; message: string };

/** What the second instance sends with requestSingleInstanceLock: its argv exactly as it was given. */
export interface LaunchData {
  argv: string[];
}

export function launchData(argv: readonly string[]): LaunchData {
  return { argv: [...argv] };
}

/**
 * The second instance's arguments: its own list when it sent one, else the
 * argv Electron passes, which may be reordered and carry Chromium's additions.
 */
export function launchArguments(argv: readonly string[], additionalData: unknown): readonly string[] {
  if (typeof additionalData === 'object' && additionalData !== null && 'argv' in additionalData) {
    const sent: unknown = additionalData.argv;
    if (Array.isArray(sent) && sent.every((arg): arg is string => typeof arg === 'string')) return sent;
  }
  return argv;
}

/** Whether the command line names a journal at all (`--db`, `--db FILE`, `--db=FILE`). */
function namesJournal(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--db' || arg.startsWith('--db='));
}

/**
 * What a second launch asks of the app that has `runningFile` open. `--db`
 * paths are relative to the second instance's working directory; without
 * `--db` the second launch only wants the window (PILEUP_DB and the default
 * journal are what the running app already chose from). `sameFile` compares
 * two absolute paths (main.ts resolves symbolic links).
 */
export function decideSecondLaunch(
  runningFile: string,
  argv: readonly string[],
  workingDirectory: string,
  sameFile: (a: string, b: string) => boolean = (a, b) => a === b,
  ctx?: PathContext,
): SecondLaunch {
  if (!namesJournal(argv)) return { action: 'focus' };
  const flag = dbArgument(argv);
  if (flag === undefined) return { action: 'error', message: `--db needs a journal file after it. Pileup keeps ${runningFile} open.` };
  if (!path.isAbsolute(flag) && !path.isAbsolute(workingDirectory)) {
    return { action: 'error', message: `Pileup cannot tell which folder ${flag} is in. Give the journal's full path; Pileup keeps ${runningFile} open.` };
  }
  const file = resolveDbPath(argv, ctx, workingDirectory);
  return sameFile(file, path.resolve(runningFile)) ? { action: 'focus' } : { action: 'switch', file };
}

/** The native question before switching journals; `response` 0 is Open. */
export function switchPrompt(runningFile: string, file: string) {
  return {
    type: 'question' as const,
    message: `Pileup has ${runningFile} open. Open ${file} instead?`,
    buttons: ['Open', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
  };
}

/** Why a journal could not be opened, for a person. */
export function openFailureMessage(file: string, error: unknown): string {
  return error instanceof PileupError ? error.message : `${file} could not be opened: ${String(error)}`;
}

/** The native notice when the other journal could not be opened. */
export function switchFailedNotice(runningFile: string, file: string, reason: string) {
  return {
    type: 'error' as const,
    message: `Pileup could not open ${file}.`,
    detail: `${reason}\n\n${runningFile} stays open.`,
    buttons: ['OK'],
  };
}

export interface ClosableCore {
  readonly file: string;
  close(): Promise<void>;
}

export type SwitchResult<R> = { ok: true; runner: R } | { ok: false; message: string };

/**
 * Opens `file` with `start`, hands the new core to `use` (calls from then on
 * go to it) and only then closes `current`. If `file` cannot be opened,
 * `current` is neither closed nor replaced.
 */
export async function switchJournal<R extends ClosableCore>(
  current: R,
  file: string,
  start: (file: string) => Promise<R>,
  use: (runner: R) => void,
): Promise<SwitchResult<R>> {
  let next: R;
  try {
    next = await start(file);
  } catch (error) {
    return { ok: false, message: openFailureMessage(file, error) };
  }
  use(next);
  // The old journal finishes what it is writing; a failure to close it must not undo the switch.
  await current.close().catch(() => undefined);
  return { ok: true, runner: next };
}
