// Publishing into real git repositories in temporary folders (no network: the
// remotes are local bare repositories): the files per day and week, the index,
// the manifest across publishes, commit messages, pushes and their failures,
// and private entries kept out of every file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { describeChanges, publishCommitMessage } from '../common/publish';
import type { Journal, NewEntry } from '../journal';
import { addImage } from '../images';
import { countEntries, listEntries } from '../list/index';
import { sameConnection } from '../read-side';
import { freshJournal } from '../test-support/journal';
import { tempDir } from '../test-support/temp';
import { INDEX_FILE, MANIFEST_FILE, publish, readPublishTarget, savePublishTarget, type PublishOptions } from './index';

const ENTRIES: NewEntry[] = [
  { day: '2026-11-30', title: 'Canary rollout', body: '## 배운 것\n\nStart at 5 %.', pillars: ['automation'], tags: ['deploy'] },
  { day: '2026-11-30', title: '회고 진행', body: '팀 회고를 진행했다.', pillars: ['culture', 'sharing'], tags: [] },
  { day: '2026-11-26', title: 'SLO review', body: 'Error budget 1,234 min.', pillars: ['measurement'], tags: ['slo'] },
  { day: '2026-11-23', title: 'Runbook for failover', body: 'Wrote it down.', pillars: ['sharing'], tags: [] },
  { day: '2026-11-25', title: 'Salary talk notes', body: 'SECRET-SALARY not for the team', pillars: ['culture'], tags: ['private'] },
  { day: '2026-11-19', title: 'Only private that day', body: 'SECRET-DAY', pillars: ['culture'], tags: ['private'] },
];

const scratch = tempDir('pileup-publish-');
let previousEnv: Record<string, string | undefined> = {};

/** Git with a known identity and no system or user config of this machine. */
beforeAll(() => {
  const config = path.join(scratch.dir, 'gitconfig');
  fs.writeFileSync(config, '[user]\n\tname = Test Publisher\n\temail = publisher@example.com\n[init]\n\tdefaultBranch = main\n');
  const env = { GIT_CONFIG_GLOBAL: config, GIT_CONFIG_NOSYSTEM: '1', EMAIL: undefined, GIT_AUTHOR_NAME: undefined, GIT_AUTHOR_EMAIL: undefined, GIT_COMMITTER_NAME: undefined, GIT_COMMITTER_EMAIL: undefined };
  previousEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});
afterAll(() => {
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  scratch.cleanup();
});

let counter = 0;
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
/** A fresh folder name under the scratch folder. */
function freshPath(name: string): string {
  return path.join(scratch.dir, `${name}-${++counter}`);
}
/** A work tree with one commit of someone else's file, optionally cloned from a new bare remote. */
function repo(options: { remote?: boolean } = {}): { dir: string; remote?: string } {
  const dir = freshPath('repo');
  const remote = options.remote ? freshPath('remote.git') : undefined;
  if (remote) {
    git(scratch.dir, 'init', '--quiet', '--bare', remote);
    git(scratch.dir, 'clone', '--quiet', remote, dir);
  } else {
    fs.mkdirSync(dir);
    git(dir, 'init', '--quiet');
  }
  fs.writeFileSync(path.join(dir, 'TEAM.md'), '# Team wiki\n');
  git(dir, 'add', 'TEAM.md');
  git(dir, 'commit', '--quiet', '-m', 'Team wiki');
  if (remote) git(dir, 'push', '--quiet', '-u', 'origin', 'main');
  return remote ? { dir, remote } : { dir };
}

function journalWith(entries: NewEntry[] = ENTRIES): Journal {
  const journal = freshJournal('pileup-publish-journal-');
  journal.createMany(entries);
  return journal;
}

const findEntry = (journal: Journal, title: string) => listEntries(journal.db, { filter: { query: title }, limit: 10 }).entries[0];
const run = (journal: Journal, options: PublishOptions) => publish(sameConnection(journal.db), options);
const read = (dir: string, relative: string): string => fs.readFileSync(path.join(dir, 'journal', relative), 'utf8');
const lastMessage = (dir: string): string => git(dir, 'log', '-1', '--format=%s').trim();
const commitCount = (dir: string): number => Number(git(dir, 'rev-list', '--count', 'HEAD').trim());

async function refusal(promise: Promise<unknown>): Promise<PileupError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PileupError) return error;
    throw error;
  }
  throw new Error('expected the publish to be refused');
}

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('.git'));
}

describe('layout', () => {
  it('writes one share-format file per day under a year folder, an index newest first, and a manifest', async () => {
    const { dir } = repo();
    const journal = journalWith();
    const result = await run(journal, { dir });
    expect(result.files).toEqual({ added: 3, updated: 0, removed: 0 });
    expect(result.committed).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'journal', '2026')).sort()).toEqual(['2026-11-23.md', '2026-11-26.md', '2026-11-30.md']);
    const day = read(dir, '2026/2026-11-30.md');
    expect(day.split('\n')[0]).toBe('# Pileup journal · Monday, November 30, 2026');
    expect(day).toContain('> 2 entries');
    expect(day).toContain('### Canary rollout');
    expect(day).toContain('##### 배운 것'); // the body's heading under the entry title, as in the share export
    expect(day).toContain('Pillars: Automation · Tags: #deploy');
    expect(day).not.toContain('<!--');
    const index = read(dir, INDEX_FILE);
    const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(links).toEqual(['2026/2026-11-30.md', '2026/2026-11-26.md', '2026/2026-11-23.md']);
    expect(index).toContain('- [Monday, November 30, 2026](2026/2026-11-30.md) · 2 entries');
    expect(index).toContain('4 entries in 3 days');
    const manifest: unknown = JSON.parse(read(dir, MANIFEST_FILE));
    expect(Object.keys(typeof manifest === 'object' && manifest !== null && 'files' in manifest && typeof manifest.files === 'object' && manifest.files !== null ? manifest.files : {})).toEqual([
      '2026/2026-11-23.md',
      '2026/2026-11-26.md',
      '2026/2026-11-30.md',
      'README.md',
    ]);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  it('writes one file per ISO week by week, in the folder of the week\'s year, in Korean when asked', async () => {
    const { dir } = repo();
    const journal = journalWith([...ENTRIES, { day: '2025-12-29', title: '새해 준비', body: '', pillars: ['culture'], tags: [] }]);
    const result = await run(journal, { dir, by: 'week', lang: 'ko' });
    expect(result.files.added).toBe(3);
    expect(lastMessage(dir)).toBe('Pileup: 3 weeks added');
    // 2025-12-29 is the Monday of 2026-W01.
    expect(allFiles(path.join(dir, 'journal')).filter((f) => f.endsWith('.md')).sort()).toEqual(['2026/2026-W01.md', '2026/2026-W48.md', '2026/2026-W49.md', 'README.md']);
    const week = read(dir, '2026/2026-W48.md');
    expect(week.split('\n')[0]).toBe('# Pileup 저널 · 2026-W48 · 2026년 11월 23일 – 2026년 11월 29일');
    expect(week).toContain('> 기록 2개 · 2026-11-23 – 2026-11-26');
    expect(week).toContain('## 2026년 11월 26일 (목)');
    expect(week).toContain('기둥: 측정 · 태그: #slo');
    const index = read(dir, INDEX_FILE);
    expect(index).toContain('# Pileup 저널');
    expect(index).toContain('- [2026-W49](2026/2026-W49.md) · 기록 2개');
    expect(index.indexOf('2026-W49')).toBeLessThan(index.indexOf('2026-W48'));
  });

  it('writes into the folder given, or into the work tree itself', async () => {
    const { dir } = repo();
    await run(journalWith(), { dir, folder: 'pileup/notes' });
    expect(fs.existsSync(path.join(dir, 'pileup', 'notes', '2026', '2026-11-30.md'))).toBe(true);
    const root = repo();
    await run(journalWith(), { dir: root.dir, folder: '.' });
    expect(fs.existsSync(path.join(root.dir, '2026', '2026-11-30.md'))).toBe(true);
    expect(fs.existsSync(path.join(root.dir, MANIFEST_FILE))).toBe(true);
    expect((await refusal(run(journalWith(), { dir, folder: '../outside' }))).code).toBe('invalid_input');
  });
});

describe('images', () => {
  it('writes the images a published day shows beside it once, links them relatively, and tracks them in the manifest', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const journal = freshJournal('pileup-publish-images-');
    const image = addImage(journal.db, { bytes: new Uint8Array(png), mime: 'image/png', name: 'dashboard.png' });
    journal.createMany([
      { day: '2026-11-30', title: 'Dashboard', body: `p99 after the fix:\n\n${image.markdown}`, pillars: ['measurement'] },
      { day: '2026-11-29', title: 'Same graph again', body: image.markdown, pillars: ['sharing'] },
    ]);
    const { dir } = repo();
    const result = await run(journal, { dir });
    const file = `images/${image.id}.png`;
    expect(fs.readFileSync(path.join(dir, 'journal', file))).toEqual(png);
    expect(read(dir, '2026/2026-11-30.md')).toContain(`![dashboard](../${file})`);
    expect(read(dir, '2026/2026-11-29.md')).toContain(`(../${file})`);
    expect(read(dir, '2026/2026-11-30.md')).not.toContain('pileup-image:');
    expect(result.files.added).toBe(2);
    expect(JSON.stringify(JSON.parse(read(dir, MANIFEST_FILE)))).toContain(file);
    expect(git(dir, 'ls-files', 'journal/images')).toContain(`${image.id}.png`);
    // Nothing changed: the image is not written or committed again.
    const commits = commitCount(dir);
    expect((await run(journal, { dir })).committed).toBe(false);
    expect(commitCount(dir)).toBe(commits);
  });
});

describe('private entries', () => {
  it('never appear in any published file unless included for that one publish', async () => {
    const { dir } = repo();
    const journal = journalWith();
    await run(journal, { dir });
    const published = allFiles(dir)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(published).not.toContain('SECRET');
    expect(published).not.toContain('Salary');
    expect(fs.existsSync(path.join(dir, 'journal', '2026', '2026-11-19.md'))).toBe(false);
    expect(git(dir, 'log', '-p', '--all')).not.toContain('SECRET');

    const included = await run(journal, { dir, includePrivate: true });
    expect(included.files).toEqual({ added: 2, updated: 0, removed: 0 });
    expect(read(dir, '2026/2026-11-25.md')).toContain('SECRET-SALARY');
    // The next publish without it takes them out again.
    const again = await run(journal, { dir });
    expect(again.files.removed).toBe(2);
    expect(fs.existsSync(path.join(dir, 'journal', '2026', '2026-11-25.md'))).toBe(false);
  });
});

describe('the manifest across publishes', () => {
  it('makes no commit when nothing changed', async () => {
    const { dir } = repo();
    const journal = journalWith();
    await run(journal, { dir });
    const commits = commitCount(dir);
    const again = await run(journal, { dir });
    expect(again.committed).toBe(false);
    expect(again.commit).toBeUndefined();
    expect(again.files).toEqual({ added: 0, updated: 0, removed: 0 });
    expect(again.message).toBe('Nothing changed since the last publish');
    expect(commitCount(dir)).toBe(commits);
  });

  it('updates the file of an edited entry, removes the file of a deleted one, adds new days, and says so in the commit', async () => {
    const { dir } = repo();
    const journal = journalWith();
    await run(journal, { dir });
    const canary = findEntry(journal, 'Canary');
    const slo = findEntry(journal, 'SLO');
    if (!canary || !slo) throw new Error('entries missing');
    journal.updateEntry(canary.id, { day: canary.day, title: 'Canary rollout, second try', body: canary.body, pillars: canary.pillars, tags: canary.tags });
    journal.deleteEntry(slo.id);
    journal.createEntry({ day: '2026-12-01', title: 'December', body: '', pillars: ['culture'], tags: [] });
    const result = await run(journal, { dir });
    expect(result.files).toEqual({ added: 1, updated: 1, removed: 1 });
    expect(lastMessage(dir)).toBe('Pileup: 1 day updated, 1 added, 1 removed');
    expect(result.message).toMatch(/^1 day updated, 1 added, 1 removed · committed [0-9a-f]{7}$/);
    expect(result.commit).toBe(git(dir, 'rev-parse', 'HEAD').trim());
    expect(read(dir, '2026/2026-11-30.md')).toContain('Canary rollout, second try');
    expect(fs.existsSync(path.join(dir, 'journal', '2026', '2026-11-26.md'))).toBe(false);
    expect(git(dir, 'ls-files', 'journal/2026/2026-11-26.md')).toBe('');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    // The author is the user's own git identity.
    expect(git(dir, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Test Publisher <publisher@example.com>');
  });

  it('never touches a file it did not write, and refuses to overwrite one in its way', async () => {
    const { dir } = repo();
    fs.mkdirSync(path.join(dir, 'journal', '2026'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'journal', 'notes.md'), 'ours\n');
    git(dir, 'add', 'journal/notes.md');
    git(dir, 'commit', '--quiet', '-m', 'notes');
    const journal = journalWith();
    await run(journal, { dir });
    expect(fs.readFileSync(path.join(dir, 'journal', 'notes.md'), 'utf8')).toBe('ours\n');
    expect(fs.readFileSync(path.join(dir, 'TEAM.md'), 'utf8')).toBe('# Team wiki\n');

    // Someone else's file where a new day's file would go.
    fs.writeFileSync(path.join(dir, 'journal', '2026', '2026-12-01.md'), 'theirs\n');
    journal.createEntry({ day: '2026-12-01', title: 'December', body: '', pillars: ['culture'], tags: [] });
    const error = await refusal(run(journal, { dir, force: true }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('2026/2026-12-01.md');
    expect(error.message).toContain('not Pileup');
    expect(fs.readFileSync(path.join(dir, 'journal', '2026', '2026-12-01.md'), 'utf8')).toBe('theirs\n');
  });

  it('reports a file someone edited since the last publish as a conflict, and overwrites it only with force', async () => {
    const { dir } = repo();
    const journal = journalWith();
    await run(journal, { dir });
    const file = path.join(dir, 'journal', '2026', '2026-11-30.md');
    fs.appendFileSync(file, '\nA teammate added this.\n');
    git(dir, 'commit', '--quiet', '-am', 'teammate edit');
    const canary = findEntry(journal, 'Canary');
    if (!canary) throw new Error('entry missing');
    journal.updateEntry(canary.id, { day: canary.day, title: 'Canary, edited in Pileup', body: canary.body, pillars: canary.pillars, tags: canary.tags });
    const commits = commitCount(dir);

    const error = await refusal(run(journal, { dir }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('edited outside Pileup');
    expect(error.message).toContain('2026/2026-11-30.md');
    expect(fs.readFileSync(file, 'utf8')).toContain('A teammate added this.');
    expect(commitCount(dir)).toBe(commits);

    // With force, Pileup's version replaces the edit.
    const result = await run(journal, { dir, force: true });
    expect(result.files.updated).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('A teammate added this.');
  });

  it('refuses when other changes are staged, and when the folder is not a git work tree', async () => {
    const { dir } = repo();
    fs.writeFileSync(path.join(dir, 'staged.md'), 'wip\n');
    git(dir, 'add', 'staged.md');
    const staged = await refusal(run(journalWith(), { dir }));
    expect(staged.message).toContain('Other changes are staged');
    expect(fs.existsSync(path.join(dir, 'journal'))).toBe(false);

    const plain = freshPath('plain');
    fs.mkdirSync(plain);
    const notRepo = await refusal(run(journalWith(), { dir: plain }));
    expect(notRepo.code).toBe('not_found');
    expect(notRepo.message).toContain('is not inside a git work tree');
    expect(fs.readdirSync(plain)).toEqual([]);
    expect((await refusal(run(journalWith(), { dir: freshPath('missing') }))).message).toContain('does not exist');
  });

  it('refuses before writing anything when git does not know who commits', async () => {
    const { dir } = repo();
    git(dir, 'config', 'user.useConfigOnly', 'true');
    const config = process.env.GIT_CONFIG_GLOBAL;
    process.env.GIT_CONFIG_GLOBAL = path.join(scratch.dir, 'no-such-config');
    try {
      const error = await refusal(run(journalWith(), { dir }));
      expect(error.message).toContain('git does not know who you are');
      expect(error.message).toContain('git config --global user.email');
      expect(fs.existsSync(path.join(dir, 'journal'))).toBe(false);
    } finally {
      process.env.GIT_CONFIG_GLOBAL = config;
    }
  });

  it('uses the message given instead of its own', async () => {
    const { dir } = repo();
    await run(journalWith(), { dir, message: 'Weekly notes from Kim' });
    expect(lastMessage(dir)).toBe('Weekly notes from Kim');
  });
});

describe('commit messages', () => {
  it('say what changed, in days or weeks', () => {
    expect(publishCommitMessage({ added: 1, updated: 3, removed: 1 }, 'day')).toBe('Pileup: 3 days updated, 1 added, 1 removed');
    expect(publishCommitMessage({ added: 2, updated: 0, removed: 0 }, 'week')).toBe('Pileup: 2 weeks added');
    expect(publishCommitMessage({ added: 0, updated: 1, removed: 0 }, 'week')).toBe('Pileup: 1 week updated');
    expect(publishCommitMessage({ added: 0, updated: 0, removed: 1 }, 'day')).toBe('Pileup: 1 day removed');
    expect(describeChanges({ added: 0, updated: 0, removed: 0 }, 'day')).toBe('');
  });
});

describe('push', () => {
  it('pushes the commit to the upstream, where a fresh clone sees it', async () => {
    const { dir, remote } = repo({ remote: true });
    if (!remote) throw new Error('no remote');
    const result = await run(journalWith(), { dir, push: true });
    expect(result.pushed).toBe(true);
    expect(result.message).toMatch(/ · pushed$/);
    const clone = freshPath('clone');
    git(scratch.dir, 'clone', '--quiet', remote, clone);
    expect(git(clone, 'log', '-1', '--format=%s').trim()).toBe('Pileup: 3 days added');
    expect(fs.readFileSync(path.join(clone, 'journal', '2026', '2026-11-30.md'), 'utf8')).toContain('### Canary rollout');
  });

  it('keeps the commit and says why when there is no remote', async () => {
    const { dir } = repo();
    const result = await run(journalWith(), { dir, push: true });
    expect(result.committed).toBe(true);
    expect(result.pushed).toBe(false);
    expect(result.pushError).toContain('no remote to push to');
    expect(result.pushError).toContain('(git: ');
    expect(result.message).toMatch(/committed [0-9a-f]{7}, not pushed: The repository has no remote/);
    expect(lastMessage(dir)).toBe('Pileup: 3 days added');
  });

  it('reports a push rejected because another clone pushed first, and pushes once pulled', async () => {
    const { dir, remote } = repo({ remote: true });
    if (!remote) throw new Error('no remote');
    const other = freshPath('other');
    git(scratch.dir, 'clone', '--quiet', remote, other);
    fs.writeFileSync(path.join(other, 'OTHER.md'), 'someone else\n');
    git(other, 'add', 'OTHER.md');
    git(other, 'commit', '--quiet', '-m', 'other');
    git(other, 'push', '--quiet');

    const journal = journalWith();
    const result = await run(journal, { dir, push: true });
    expect(result.committed).toBe(true);
    expect(result.pushed).toBe(false);
    expect(result.pushError).toContain('rejected');
    expect(result.pushError).toContain('git pull --rebase');
    // The journal is as it was: the same entries publish to the same files.
    expect(countEntries(journal.db, {})).toBe(ENTRIES.length);

    git(dir, 'pull', '--quiet', '--rebase');
    const retry = await run(journal, { dir, push: true });
    expect(retry.committed).toBe(false);
    expect(retry.pushed).toBe(true);
    expect(retry.message).toBe('Nothing changed since the last publish · pushed');
  });
});

describe('the remembered target', () => {
  it('is stored in the settings table and read back checked', () => {
    const journal = freshJournal('pileup-publish-target-');
    expect(readPublishTarget(journal.db)).toBeNull();
    savePublishTarget(journal.db, { dir: '/tmp/team-wiki', by: 'week', push: true });
    expect(readPublishTarget(journal.db)).toEqual({ dir: '/tmp/team-wiki', by: 'week', push: true });
    journal.db.prepare("UPDATE settings SET value = '{\"dir\": 3}' WHERE key = 'publish.target'").run();
    expect(readPublishTarget(journal.db)).toBeNull();
  });
});
