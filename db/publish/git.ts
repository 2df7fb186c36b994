// The system `git`, run with the user's own configuration and credentials:
// execFile (no shell, arguments as an array), prompts switched off so a
// missing credential fails instead of waiting on a terminal nobody sees, and a
// time limit. Git's failures become PileupErrors in plain words, with git's
// own most telling stderr line kept as the detail. None is invalid_input: the
// request was fine, the repository or git was not (the CLI exits 1, not 2).
import { execFile } from 'node:child_process';
import { PileupError, errorCode, type ErrorCode } from '../common/errors';

export interface GitOutput {
  stdout: string;
  stderr: string;
}

/** Why a git command failed: the exit code (null when it was killed) and what it printed. */
export class GitFailure extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
    readonly timedOut: boolean,
    readonly notInstalled: boolean,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim()}`);
    this.name = 'GitFailure';
  }
}

/** Local commands are quick; a push talks to a server. */
export const LOCAL_TIMEOUT_MS = 30_000;
export const PUSH_TIMEOUT_MS = 120_000;

const OUTPUT_LIMIT = 16 * 1024 * 1024;

export function runGit(cwd: string, args: readonly string[], timeoutMs: number = LOCAL_TIMEOUT_MS): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        timeout: timeoutMs,
        maxBuffer: OUTPUT_LIMIT,
        windowsHide: true,
        // English messages, so the failures below can be told apart; no prompt for a password or a host key.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', LANGUAGE: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr });
          return;
        }
        const code = errorCode(error);
        const exit = typeof error.code === 'number' ? error.code : null;
        reject(new GitFailure(args, exit, stderr, error.killed === true && error.signal !== null, code === 'ENOENT'));
      },
    );
  });
}

/** Git's most telling line: the first `fatal:`/`error:`/`!` line, else the last line it printed. */
export function gitDetail(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('hint:'));
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.find((l) => l.startsWith('! ')) ?? lines.at(-1) ?? '';
}

function failed(code: ErrorCode, message: string, stderr: string): PileupError {
  const detail = gitDetail(stderr);
  return new PileupError(code, detail ? `${message} (git: ${detail})` : message);
}

export const GIT_NOT_INSTALLED = 'Publishing needs git, and git is not installed (or not on the PATH). Install git and try again.';

/** The failure of any git command, worded for the person who asked to publish. */
export function gitError(error: unknown, dir: string): PileupError {
  if (!(error instanceof GitFailure)) return error instanceof PileupError ? error : new PileupError('internal', `git could not be run: ${String(error)}`);
  if (error.notInstalled) return new PileupError('not_found', GIT_NOT_INSTALLED);
  const verb = error.args[0] ?? '';
  if (error.timedOut) return new PileupError('internal', `git ${verb} did not finish in time in ${dir}; try again, or run it there yourself to see what it waits for.`);
  const text = error.stderr;
  if (/not a git repository/i.test(text)) {
    return failed('not_found', `${dir} is not inside a git work tree. Clone the team's repository there (git clone …) or run git init, then publish again.`, text);
  }
  if (/Please tell me who you are|Author identity unknown|unable to auto-detect email address|empty ident name/i.test(text)) {
    return failed(
      'internal',
      'git does not know who you are, so it cannot commit. Set your name and e-mail once: git config --global user.name "Your Name" and git config --global user.email you@example.com.',
      text,
    );
  }
  if (/unmerged|merge conflict|you need to resolve your current index first|MERGE_HEAD exists|rebase in progress/i.test(text)) {
    return failed('conflict', `The repository in ${dir} is in the middle of a merge or rebase with unresolved conflicts; finish or abort it there, then publish again.`, text);
  }
  if (verb === 'push') return pushError(text);
  return failed('internal', `git ${verb} failed in ${dir}.`, text);
}

/** Why `git push` failed, in plain words. */
function pushError(text: string): PileupError {
  if (/No configured push destination|does not appear to be a git repository|no such remote/i.test(text)) {
    return failed('not_found', 'The repository has no remote to push to. Add one (git remote add origin URL) or publish without push.', text);
  }
  if (/has no upstream branch|no upstream/i.test(text)) {
    return failed('not_found', 'The current branch has no upstream on the remote. Push it once yourself with git push -u origin <branch>, then publish again.', text);
  }
  if (/\[rejected\]|non-fast-forward|fetch first|failed to push some refs/i.test(text)) {
    return failed('conflict', 'The remote has commits this clone does not have, so the push was rejected. Pull them (git pull --rebase) in the repository, then publish again.', text);
  }
  if (/Authentication failed|could not read (Username|Password)|terminal prompts disabled|Permission denied|403|401|access denied|invalid credentials/i.test(text)) {
    return failed('internal', 'The remote refused your credentials. Check that git push works in a terminal (sign in, or set up your SSH key or credential helper), then publish again.', text);
  }
  if (/Could not resolve host|unable to access|Connection refused|timed out|Network is unreachable|Could not read from remote repository/i.test(text)) {
    return failed('internal', 'The remote could not be reached. Check the network and the remote address (git remote -v), then publish again.', text);
  }
  return failed('internal', 'git push failed.', text);
}
