// pileup publish, in-process against a real journal file and a real git
// repository with a local bare remote: what it prints, the exit codes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal } from '../../db/journal';
import { tempDir } from '../../db/test-support/temp';
import type { Io } from '../io';
import { run } from '../run';

const tmp = tempDir('pileup-cli-publish-');
afterAll(() => tmp.cleanup());

const config = tmp.file('gitconfig');
fs.writeFileSync(config, '[user]\n\tname = CLI Publisher\n\temail = cli@example.com\n[init]\n\tdefaultBranch = main\n');
process.env.GIT_CONFIG_GLOBAL = config;
process.env.GIT_CONFIG_NOSYSTEM = '1';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function fakeIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    readStdin: () => Promise.resolve(null),
    isTTY: false,
    columns: 80,
    color: false,
    env: { LANG: 'en_US.UTF-8' },
  };
  return io;
}

async function pileup(db: string, args: string[]) {
  const io = fakeIo();
  const status = await run([...args, '--db', db], io);
  return { status, out: io.stdout, err: io.stderr };
}

function journalFile(): string {
  const file = tmp.file(`journal-${Math.random().toString(36).slice(2)}.db`);
  const journal = Journal.open(file);
  journal.createMany([
    { day: '2026-11-30', title: 'Canary rollout', body: 'Start at 5 %.', pillars: ['automation'], tags: [] },
    { day: '2026-11-24', title: '회고', body: '팀 회고', pillars: ['culture'], tags: [] },
    { day: '2026-11-25', title: 'Private', body: 'SECRET', pillars: ['culture'], tags: ['private'] },
  ]);
  journal.close();
  return file;
}

describe('pileup publish', () => {
  it('publishes, pushes, and then says nothing changed', async () => {
    const remote = tmp.file('remote.git');
    git(tmp.dir, 'init', '--quiet', '--bare', remote);
    const dir = tmp.file('clone');
    git(tmp.dir, 'clone', '--quiet', remote, dir);
    fs.writeFileSync(path.join(dir, 'TEAM.md'), 'team\n');
    git(dir, 'add', 'TEAM.md');
    git(dir, 'commit', '--quiet', '-m', 'team');
    git(dir, 'push', '--quiet', '-u', 'origin', 'main');
    const db = journalFile();

    const first = await pileup(db, ['publish', dir, '--by', 'week', '--push']);
    expect(first.err).toBe('');
    expect(first.status).toBe(0);
    expect(first.out).toMatch(/^Published to .*journal: 2 weeks added · committed [0-9a-f]{7} · pushed\ncommit [0-9a-f]{40}\n$/);
    expect(git(remote, 'log', '-1', '--format=%s').trim()).toBe('Pileup: 2 weeks added');
    expect(git(remote, 'show', 'HEAD:journal/2026/2026-W48.md')).not.toContain('SECRET');

    const again = await pileup(db, ['publish', dir, '--by', 'week']);
    expect(again.status).toBe(0);
    expect(again.out).toContain('Nothing changed since the last publish');
  });

  it('exits 1 with the reason when git refuses, and keeps the commit when only the push failed', async () => {
    const db = journalFile();
    const plain = tmp.file('plain');
    fs.mkdirSync(plain);
    const notRepo = await pileup(db, ['publish', plain]);
    expect(notRepo.status).toBe(1);
    expect(notRepo.err).toContain('is not inside a git work tree');

    const local = tmp.file('local');
    fs.mkdirSync(local);
    git(local, 'init', '--quiet');
    const noRemote = await pileup(db, ['publish', local, '--push']);
    expect(noRemote.status).toBe(1);
    expect(noRemote.out).toContain('committed');
    expect(noRemote.err).toContain('committed, not pushed: The repository has no remote to push to');
    expect(git(local, 'log', '-1', '--format=%s').trim()).toBe('Pileup: 2 days added');
  });

  it('checks its options', async () => {
    const db = journalFile();
    expect((await pileup(db, ['publish'])).status).toBe(2);
    expect((await pileup(db, ['publish', tmp.dir, '--by', 'month'])).err).toContain('--by must be day or week');
    expect((await pileup(db, ['publish', '--help'])).out).toContain('Usage: pileup publish DIR');
  });
});
