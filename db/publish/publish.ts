// Publish to a git repository: the journal's share-format files (layout.ts)
// written into a folder of a git work tree, committed with a message saying
// what changed, and pushed if asked. Only files in the manifest (manifest.ts)
// are ever written or removed; one that someone edited since is a conflict.
// Nothing here writes to the journal: a publish only reads it (one snapshot).
//
// Order: every check that can refuse (git, the work tree, identity, staged
// changes, conflicts) runs before the first file is written, so a refusal
// leaves the repository as it was.
import fs from 'node:fs';
import path from 'node:path';
import { PileupError } from '../common/errors';
import type { Entry } from '../common/model';
import { DEFAULT_PUBLISH_FOLDER, NOTHING_CHANGED, publishCommitMessage, describeChanges, type PublishBy, type PublishFileCounts, type PublishResult } from '../common/publish';
import { isPrivate, type ShareLang } from '../common/share-labels';
import { writeTextFileAtomic } from '../files';
import { betweenChunks, UNFOLLOWED_JOB, type JobContext } from '../job';
import { readImage } from '../images';
import { journalPages } from '../markdown/export';
import type { ReadSide } from '../read-side';
import { GitFailure, gitError, PUSH_TIMEOUT_MS, runGit } from './git';
import { PeriodFiles, renderIndex, type PlannedFile } from './layout';
import { contentHash, hashOnDisk, isSafeRelativePath, manifestText, MANIFEST_FILE, readManifest, type Manifest } from './manifest';

export interface PublishOptions {
  /** A folder inside a git work tree. */
  dir: string;
  /** Where in `dir` the files go (default `journal`; '' or '.' for `dir` itself). */
  folder?: string;
  by?: PublishBy;
  lang?: ShareLang;
  /** Entries tagged private are published only when this is true, for this one call. */
  includePrivate?: boolean;
  push?: boolean;
  /** The commit message instead of "Pileup: 3 days updated, 1 added". */
  message?: string;
  /** Overwrite (or remove) files of the manifest that someone edited since. Never a file Pileup did not write. */
  force?: boolean;
}

/** Paths per git command: well under the command-line limits of every system. */
const PATHS_PER_COMMAND = 200;
const CANCELLED_BEFORE_WRITING = 'Publishing was cancelled; nothing was written.';

/** The folder option checked: relative, inside `dir`, forward slashes; '' for `dir` itself. */
export function publishFolder(folder: string | undefined): string {
  const given = (folder ?? DEFAULT_PUBLISH_FOLDER).replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
  if (given === '') return '';
  if (!isSafeRelativePath(given)) {
    throw new PileupError('invalid_input', `The folder "${folder ?? ''}" must be a plain relative path inside the repository (letters, digits, - _ . and /; no ..).`);
  }
  return given;
}

async function git(dir: string, args: readonly string[], timeoutMs?: number): Promise<string> {
  try {
    return (await runGit(dir, args, timeoutMs)).stdout;
  } catch (error) {
    throw gitError(error, dir);
  }
}

/** Runs git on paths in batches; `--literal-pathspecs` so a name is never read as a pattern. */
async function gitOnPaths(dir: string, args: readonly string[], paths: readonly string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += PATHS_PER_COMMAND) {
    await git(dir, ['--literal-pathspecs', ...args, '--', ...paths.slice(i, i + PATHS_PER_COMMAND)]);
  }
}

/** True when the index holds changes against HEAD (or anything at all on a branch with no commit yet). */
async function hasStagedChanges(dir: string): Promise<boolean> {
  try {
    await runGit(dir, ['diff', '--cached', '--quiet']);
    return false;
  } catch (error) {
    if (error instanceof GitFailure && error.exitCode === 1) return true;
    throw gitError(error, dir);
  }
}

/** The checks before anything is read or written: git, the work tree, who commits, nothing else staged. */
async function checkRepository(dir: string): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(dir);
  } catch {
    throw new PileupError('not_found', `The folder ${dir} does not exist. Clone the team's repository there first (git clone …).`);
  }
  if (!stat.isDirectory()) throw new PileupError('not_found', `${dir} is a file, not a folder; publish into a clone of the team's repository.`);
  let top: string;
  try {
    top = (await runGit(dir, ['rev-parse', '--show-toplevel'])).stdout.trim();
  } catch (error) {
    if (error instanceof GitFailure && !error.notInstalled && !error.timedOut) {
      throw new PileupError('not_found', `${dir} is not inside a git work tree. Clone the team's repository there (git clone …) or run git init, then publish again.`);
    }
    throw gitError(error, dir);
  }
  if (!top) throw new PileupError('not_found', `${dir} is not inside a git work tree (a bare repository has no files to publish into); publish into a clone of it.`);
  // The author is the user's own git identity; without one the commit would fail after the files were written.
  await git(dir, ['var', 'GIT_AUTHOR_IDENT']);
  const staged = (await git(dir, ['diff', '--cached', '--name-only'])).trim();
  if (staged) {
    const first = staged.split('\n').slice(0, 3).join(', ');
    throw new PileupError('conflict', `Other changes are staged in ${dir} (${first}); commit or unstage them first, so that the publish commit holds only Pileup's files.`);
  }
}

/** The entries to publish, newest first, from one snapshot; progress after each page. */
async function readPeriods(side: ReadSide, files: PeriodFiles, keep: (entry: Entry) => boolean, job: JobContext): Promise<void> {
  for await (const entries of journalPages(side, {}, job, CANCELLED_BEFORE_WRITING)) files.add(entries.filter(keep));
}

interface Plan {
  /** Files to write now (their bytes differ from what is on disk). */
  write: PlannedFile[];
  /** Paths (relative to the folder) to stage: written now, or written by an earlier publish that did not commit them. */
  stage: string[];
  remove: string[];
  counts: PublishFileCounts;
  conflicts: string[];
  foreign: string[];
  manifest: Manifest;
}

/** Compares what the journal gives with the manifest and the disk; changes nothing. */
async function plan(folderAbs: string, planned: readonly PlannedFile[], periodPaths: ReadonlySet<string>, manifest: Manifest, force: boolean): Promise<Plan> {
  const result: Plan = { write: [], stage: [], remove: [], counts: { added: 0, updated: 0, removed: 0 }, conflicts: [], foreign: [], manifest: { files: new Map() } };
  const count = (relative: string, kind: keyof PublishFileCounts): void => {
    if (periodPaths.has(relative)) result.counts[kind]++;
  };
  for (const file of planned) {
    const want = contentHash(file.content);
    const known = manifest.files.get(file.path);
    const onDisk = await hashOnDisk(path.join(folderAbs, file.path));
    result.manifest.files.set(file.path, want);
    if (known === undefined && onDisk !== null && onDisk !== want) {
      result.foreign.push(file.path);
      continue;
    }
    if (known !== undefined && onDisk !== null && onDisk !== known && onDisk !== want && !force) {
      result.conflicts.push(file.path);
      continue;
    }
    if (onDisk !== want) result.write.push(file);
    // A file already as wanted but not in the manifest as such was written by a publish that stopped before its commit.
    if (known === want && onDisk === want) continue;
    result.stage.push(file.path);
    count(file.path, known === undefined ? 'added' : 'updated');
  }
  for (const [relative, known] of manifest.files) {
    if (result.manifest.files.has(relative)) continue;
    const onDisk = await hashOnDisk(path.join(folderAbs, relative));
    // A file already gone (deleted by hand) is removed too: its deletion may still need staging.
    if (onDisk !== null && onDisk !== known && !force) {
      result.conflicts.push(relative);
      result.manifest.files.set(relative, known);
      continue;
    }
    result.remove.push(relative);
    count(relative, 'removed');
  }
  return result;
}

function conflictError(plan: Plan, folderAbs: string): PileupError {
  const lines: string[] = [];
  if (plan.conflicts.length) {
    lines.push(`These files were edited outside Pileup since the last publish: ${plan.conflicts.join(', ')}. Keep the edits in the journal instead, or publish with --force (in the app: "Overwrite edited files") to replace them.`);
  }
  if (plan.foreign.length) {
    lines.push(`These files are not Pileup's (not in its manifest) and Pileup will not overwrite them: ${plan.foreign.join(', ')}. Move them, or publish into another folder.`);
  }
  return new PileupError('conflict', `Nothing was published in ${folderAbs}. ${lines.join(' ')}`);
}

async function writeFile(file: string, content: string | Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  if (typeof content === 'string') {
    await writeTextFileAtomic(file, content);
    return;
  }
  const temp = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temp, content);
  await fs.promises.rename(temp, file);
}

/** Removes `file`, and its folder when that leaves it empty (a year with nothing left). */
async function removeFile(file: string, folderAbs: string): Promise<void> {
  await fs.promises.rm(file, { force: true });
  const parent = path.dirname(file);
  if (parent !== folderAbs) await fs.promises.rmdir(parent).catch(() => undefined);
}

const short = (sha: string): string => sha.slice(0, 7);

export async function publish(side: ReadSide, options: PublishOptions, job: JobContext = UNFOLLOWED_JOB): Promise<PublishResult> {
  const dir = path.resolve(options.dir);
  const by = options.by ?? 'day';
  const lang = options.lang ?? 'en';
  const folder = publishFolder(options.folder);
  const folderAbs = folder ? path.join(dir, folder) : dir;
  await checkRepository(dir);
  const manifest = await readManifest(folderAbs);

  const periods = new PeriodFiles(by, lang, (id) => readImage(side.db, id)?.bytes ?? null);
  await readPeriods(side, periods, options.includePrivate ? () => true : (entry) => !isPrivate(entry), job);
  const files = periods.finish();
  if (files.length === 0 && manifest.files.size === 0) {
    throw new PileupError('not_found', options.includePrivate ? 'Nothing to publish: the journal has no entries.' : 'Nothing to publish: the journal has no entries to share (private entries stay home).');
  }
  const planned: PlannedFile[] = [...files, ...periods.assets, renderIndex(files, by, lang)];
  const periodPaths = new Set(files.map((f) => f.path));
  // A day file of the other layout (by week after by day) is still a period file for counting its removal.
  for (const relative of manifest.files.keys()) if (/^\d{4}\/\d{4}-(W\d{2}|\d{2}-\d{2})\.md$/.test(relative)) periodPaths.add(relative);
  const changes = await plan(folderAbs, planned, periodPaths, manifest, options.force === true);
  if (changes.conflicts.length || changes.foreign.length) throw conflictError(changes, folderAbs);
  await betweenChunks(job, CANCELLED_BEFORE_WRITING);

  // From here on files change; a cancel stops between files, and the next publish finishes the job.
  const total = changes.write.length + changes.remove.length;
  let done = 0;
  const step = async (): Promise<void> => {
    done++;
    job.progress({ phase: 'saving', done, total });
    if (done < total) await betweenChunks(job, `Publishing was cancelled after ${done} of ${total} files; nothing was committed. Publish again to finish.`);
  };
  for (const file of changes.write) {
    await writeFile(path.join(folderAbs, file.path), file.content);
    await step();
  }
  for (const relative of changes.remove) {
    await removeFile(path.join(folderAbs, relative), folderAbs);
    await step();
  }
  const manifestPath = path.join(folderAbs, MANIFEST_FILE);
  const text = manifestText(changes.manifest);
  if ((await hashOnDisk(manifestPath)) !== contentHash(text)) await writeTextFileAtomic(manifestPath, text);

  // Paths for git are relative to `dir`, where git runs.
  const inRepo = (relative: string): string => (folder ? `${folder}/${relative}` : relative);
  await gitOnPaths(dir, ['add'], [...changes.stage.map(inRepo), inRepo(MANIFEST_FILE)]);
  if (changes.remove.length) await gitOnPaths(dir, ['rm', '--cached', '--quiet', '--ignore-unmatch'], changes.remove.map(inRepo));

  const result: PublishResult = { dir, folder, by, files: changes.counts, committed: false, pushed: false, message: '' };
  let said: string;
  if (await hasStagedChanges(dir)) {
    const message = options.message?.trim() || publishCommitMessage(changes.counts, by);
    await git(dir, ['commit', '--quiet', '--message', message]);
    const sha = (await git(dir, ['rev-parse', 'HEAD'])).trim();
    result.committed = true;
    result.commit = sha;
    said = `${describeChanges(changes.counts, by) || 'index updated'} · committed ${short(sha)}`;
  } else {
    said = NOTHING_CHANGED;
  }

  if (options.push) {
    try {
      // Pushes the current branch to its upstream even when nothing changed: an earlier publish's commit may still be unpushed.
      await runGit(dir, ['push', '--quiet'], PUSH_TIMEOUT_MS);
      result.pushed = true;
      said += ' · pushed';
    } catch (error) {
      // The commit stays; only the push is reported as failed.
      result.pushError = gitError(error, dir).message;
      said += result.committed ? `, not pushed: ${result.pushError}` : ` · not pushed: ${result.pushError}`;
    }
  }
  result.message = said;
  return result;
}
