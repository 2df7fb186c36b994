// Runs the real `pileup` binary (cli/bin.mjs → dist-node/cli.mjs) as a child
// process against real SQLite files.
import Database from 'better-sqlite3';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../db/journal';
import type { Entry } from '../db/common/model';
import { tempDir } from '../db/test-support/temp';

const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'cli', 'bin.mjs');
const FIXTURES = path.join(ROOT, 'db', 'markdown', 'fixtures');
const tmp = tempDir('pileup-cli-');
let dbCounter = 0;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);
afterAll(() => tmp.cleanup());

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  out: string;
}

function freshDb(): string {
  return tmp.file(`journal-${++dbCounter}.db`);
}

function pileup(db: string, args: string[], input?: string | Buffer, env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    env: { ...process.env, PILEUP_DB: db, NO_COLOR: '1', ...env },
    cwd: tmp.dir,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8'), out: r.stdout.toString('utf8') };
}

function entries(db: string, extra: string[] = []): Entry[] {
  const r = pileup(db, ['list', '--json', '--limit', '100000', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return (JSON.parse(r.out) as { entries: Entry[] }).entries;
}

describe('help and exit codes', () => {
  it('prints --help for every command with exit 0', () => {
    const db = freshDb();
    for (const command of ['add', 'list', 'search', 'export', 'import', 'backup', 'stats', 'review']) {
      const r = pileup(db, [command, '--help']);
      expect(r.status, command).toBe(0);
      expect(r.out).toContain(`Usage: pileup ${command}`);
    }
    const top = pileup(db, ['--help']);
    expect(top.status).toBe(0);
    expect(top.out).toMatch(/Commands:[\s\S]*import FILE\|DIR/);
    expect(fs.existsSync(db)).toBe(false); // help opens no journal
  });

  it('exits 2 on usage mistakes, with the message on stderr and nothing on stdout', () => {
    const db = freshDb();
    for (const args of [[], ['frobnicate'], ['list', '--bogus'], ['add', 'x'], ['add', 'x', '-p', 'devops'], ['list', '--from', '2026-02-30'], ['review'], ['search']]) {
      const r = pileup(db, args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.stderr.length).toBeGreaterThan(0);
    }
    const noPillar = pileup(db, ['add', '배포했다']);
    expect(noPillar.stderr).toContain('culture, automation, measurement, sharing');
  });

  it('exits 1 on other errors: a file that is not a journal is left untouched', () => {
    const bad = tmp.file('random.db');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    fs.writeFileSync(bad, bytes);
    const r = pileup(bad, ['list']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a Pileup journal/);
    expect(fs.readFileSync(bad).equals(bytes)).toBe(true);
  });
});

describe('add', () => {
  it('keeps Korean in arguments byte for byte', () => {
    const db = freshDb();
    const title = '쿠버네티스 배포 회고';
    const body = '오늘 배포 자동화를 끝냈다. Rollout은 3분 — 🚀 done  ';
    const r = pileup(db, ['add', body, '-p', 'automation', '-p', 'sharing', '-t', 'k8s', '-t', '배포', '--title', title, '--day', '2026-11-25']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`Added to 2026-11-25 [automation, sharing]: ${title}`);
    const [entry] = entries(db);
    expect(entry).toMatchObject({ day: '2026-11-25', title, body, pillars: ['automation', 'sharing'] });
    expect([...entry!.tags].sort()).toEqual(['k8s', '배포']);
    expect(Buffer.from(entry!.body, 'utf8').equals(Buffer.from(body, 'utf8'))).toBe(true);
    // The raw bytes of the JSON output carry the same UTF-8 bytes.
    expect(pileup(db, ['list', '--json']).stdout.includes(Buffer.from(body, 'utf8'))).toBe(true);
  });

  it('reads the body from standard input byte for byte (git log | pileup add)', () => {
    const db = freshDb();
    const message = 'fix: 배포 스크립트의 경쟁 조건 수정\n\n동시에 두 번 실행되면 락 파일이 남았다.\r\nTrailing spaces   \n\n';
    const r = pileup(db, ['add', '-p', 'automation'], Buffer.from(message, 'utf8'));
    expect(r.status).toBe(0);
    const [entry] = entries(db);
    expect(Buffer.from(entry!.body, 'utf8').equals(Buffer.from(message, 'utf8'))).toBe(true);
    expect(entry!.title).toBe('');
  });

  it('adds entries given as JSON lines, defaults from -p and -t', () => {
    const db = freshDb();
    const lines = [
      JSON.stringify({ title: '회고', body: 'a', day: '2026-11-20' }),
      '',
      JSON.stringify({ title: 'b', pillars: ['culture'], tags: ['x'] }),
    ].join('\n');
    const r = pileup(db, ['add', '--jsonl', '-p', 'sharing', '-t', 'batch'], lines);
    expect(r.status).toBe(0);
    const got = entries(db).map((e) => `${e.title} ${e.pillars.join()} ${[...e.tags].sort().join()}`).sort();
    expect(got).toEqual(['b culture batch,x', '회고 sharing batch']);
    const bad = pileup(db, ['add', '--jsonl', '-p', 'sharing'], '{"title":"ok"}\nnot json\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Line 2/);
  });
});

describe('list, search, stats', () => {
  const db = freshDb();
  beforeAll(() => {
    const lines = [
      { title: '팀 회고를 진행했다', body: '배포 실패 원인을 같이 봤다', day: '2026-11-20', pillars: ['culture'], tags: ['retro'] },
      { title: 'Cached Docker layers', body: 'CI went from 9 to 3 minutes', day: '2026-11-21', pillars: ['automation'], tags: ['ci', 'docker'] },
      { title: 'p95 latency dashboard', body: 'Grafana 대시보드', day: '2026-11-22', pillars: ['measurement', 'sharing'], tags: ['grafana'] },
      { title: 'Lightning talk on 배포 자동화', body: 'Slides are in the wiki', day: '2026-11-23', pillars: ['sharing'], tags: ['talk', 'ci'] },
    ];
    const r = pileup(db, ['add', '--jsonl'], lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(r.status).toBe(0);
  });

  it('lists newest day first in aligned columns, with filters that combine', () => {
    const r = pileup(db, ['list']);
    expect(r.status).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^DAY\s+PILLARS\s+TAGS\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.slice(0, 10))).toEqual(['2026-11-23', '2026-11-22', '2026-11-21', '2026-11-20']);
    const titleColumn = lines[0]!.indexOf('TITLE');
    expect(lines[4]!.slice(titleColumn)).toBe('팀 회고를 진행했다');
    expect(entries(db, ['--pillar', 'sharing']).map((e) => e.day)).toEqual(['2026-11-23', '2026-11-22']);
    expect(entries(db, ['--tag', 'ci', '--pillar', 'automation']).map((e) => e.day)).toEqual(['2026-11-21']);
    expect(entries(db, ['--from', '2026-11-21', '--to', '2026-11-22']).map((e) => e.day)).toEqual(['2026-11-22', '2026-11-21']);
    const limited = pileup(db, ['list', '--limit', '2', '--json']);
    expect(JSON.parse(limited.out)).toMatchObject({ total: 4, entries: [{ day: '2026-11-23' }, { day: '2026-11-22' }] });
  });

  it('ends quietly with exit 0 when the reader has gone (pileup list | head)', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'list'], { env: { ...process.env, PILEUP_DB: db }, stdio: ['ignore', 'pipe', 'pipe'] });
      // Closed before the command writes its first line: every write meets EPIPE.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result).toEqual({ code: 0, stderr: '' });
  });

  it('searches with the app query syntax, a two-syllable Korean word included', () => {
    const found = JSON.parse(pileup(db, ['search', '회고', '--json']).out) as { entries: Entry[] };
    expect(found.entries.map((e) => e.title)).toEqual(['팀 회고를 진행했다']);
    const both = JSON.parse(pileup(db, ['search', '배포', '-p', 'sharing', '--json']).out) as { entries: Entry[] };
    expect(both.entries.map((e) => e.title)).toEqual(['Lightning talk on 배포 자동화']);
    const syntax = JSON.parse(pileup(db, ['search', 'tag:ci -docker', '--json']).out) as { entries: Entry[] };
    expect(syntax.entries.map((e) => e.day)).toEqual(['2026-11-23']);
    const readable = pileup(db, ['search', '대시보드']);
    expect(readable.status).toBe(0);
    expect(readable.out).toContain('p95 latency dashboard');
    expect(readable.out).toContain('    Grafana 대시보드');
    expect(pileup(db, ['search', '"unbalanced', '--json']).status).toBe(0);
  });

  it('searches the usable rest of a query, warns on stderr about the rest and exits 0', () => {
    const r = pileup(db, ['search', 'pillar:sharing from:2025-0 pillar:devops', '--json']);
    expect(r.status).toBe(0);
    const page = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(page)).toEqual(['total', 'entries']);
    expect(page.total).toBe(2);
    expect(r.stderr).toContain('from:2025-0 is not a date (write YYYY-MM-DD, YYYY-MM or YYYY); ignored.');
    expect(r.stderr).toContain('pillar:devops is not a pillar');
  });

  it('answers a query typed with the keyboard in English mode with its Korean reading, and says so', () => {
    const r = pileup(db, ['search', 'qovh', '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.out) as { entries: Entry[] }).entries.map((e) => e.title).sort()).toEqual(['Lightning talk on 배포 자동화', '팀 회고를 진행했다']);
    expect(r.stderr).toContain('Showing results for 배포 — search for "qovh" instead');
    const literal = pileup(db, ['search', '"qovh"']);
    expect(literal.status).toBe(0);
    expect(literal.stderr).toContain('Nothing found.');
  });

  it('says what else a glossary word searched', () => {
    const r = pileup(db, ['search', '대시보드', '--json']);
    expect(r.stderr).toMatch(/also: dashboard/);
    expect(pileup(db, ['search', '"대시보드"']).stderr).not.toMatch(/also:/);
  });

  it('prints stats per pillar, days and top tags', () => {
    const r = pileup(db, ['stats', '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.out) as { entries: number; days: number; pillars: Record<string, number>; topTags: { tag: string; count: number }[] };
    expect(s.entries).toBe(4);
    expect(s.days).toBe(4);
    expect(s.pillars).toEqual({ culture: 1, automation: 1, measurement: 1, sharing: 2 });
    expect(s.topTags[0]).toEqual({ tag: 'ci', count: 2 });
    const text = pileup(db, ['stats']).out;
    expect(text).toMatch(/^sharing\s+2 /m);
    expect(text).toContain('Entries: 4 on 4 days (2026-11-20 – 2026-11-23)');
  });

  it('prints a review of a week', () => {
    const r = pileup(db, ['review', '--week', '2026-W47']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('2026-W47');
    expect(pileup(db, ['review', '--week', '2026-47']).status).toBe(2);
  });
});

describe('export, import, backup', () => {
  it('exports to a file that imports into another journal as the same entries, and twice adds nothing', () => {
    const source = freshDb();
    const body = '# 제목\n\n```sh\n---\necho "<!-- pileup:entry {} -->"\n```\n\n---\n\n<!-- /pileup:entry -->\ntrailing  ';
    expect(pileup(source, ['add', body, '-p', 'sharing', '-t', '위키', '--title', '문서화', '--day', '2026-11-01']).status).toBe(0);
    expect(pileup(source, ['add', 'plain', '-p', 'culture', '--day', '2026-10-31']).status).toBe(0);
    const file = tmp.file('export.md');
    const exported = pileup(source, ['export', '-o', file]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain('Exported 2 entries');
    const stdoutExport = pileup(source, ['export', '--pillar', 'sharing']);
    expect(stdoutExport.out).toMatch(/^# Pileup journal/);
    expect(stdoutExport.out).toContain('### 문서화');
    expect(stdoutExport.out).not.toContain('plain');

    const target = freshDb();
    const first = pileup(target, ['import', file]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('Imported 2 entries');
    const strip = (list: Entry[]) => list.map(({ day, title, body, pillars, tags }) => ({ day, title, body, pillars, tags }));
    expect(strip(entries(target))).toEqual(strip(entries(source)));
    const second = pileup(target, ['import', file]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain('Imported 0 entries from');
    expect(second.stderr).toContain('2 entries already in the journal');
    expect(entries(target)).toHaveLength(2);
  });

  it('exports a share for people: no comments, nested headings, Korean from the locale, private entries only when asked', () => {
    const db = freshDb();
    expect(pileup(db, ['add', '# 요약\n\n## 타임라인\n\n```\n# not a heading\n```', '-p', 'automation', '-p', 'sharing', '-t', 'k8s', '--title', '장애 회고', '--day', '2026-11-20']).status).toBe(0);
    expect(pileup(db, ['add', 'salary notes', '-p', 'culture', '-t', 'private', '--title', 'Salary', '--day', '2026-11-20']).status).toBe(0);
    const english = pileup(db, ['export', '--share'], undefined, { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' });
    expect(english.status).toBe(0);
    expect(english.out).not.toContain('<!--');
    expect(english.out).toContain('## Friday, November 20, 2026\n\n### 장애 회고\n\nPillars: Automation, Sharing · Tags: #k8s\n\n#### 요약\n\n##### 타임라인\n\n```\n# not a heading\n```');
    expect(english.out).not.toContain('Salary');
    const korean = pileup(db, ['export', '--share'], undefined, { LC_ALL: '', LC_MESSAGES: '', LANG: 'ko_KR.UTF-8' });
    expect(korean.out).toContain('## 2026년 11월 20일 (금)');
    expect(korean.out).toContain('기둥: 자동화, 공유 · 태그: #k8s');
    expect(pileup(db, ['export', '--share', '--lang', 'en'], undefined, { LC_ALL: 'ko_KR.UTF-8' }).out).toContain('Pillars: Automation');
    expect(pileup(db, ['export', '--share', '--include-private']).out).toContain('### Salary');
    expect(pileup(db, ['export']).out).toContain('Salary'); // a backup keeps everything
    expect(pileup(db, ['export', '--share', '--lang', 'fr']).status).toBe(2);
    expect(pileup(db, ['export', '--lang', 'ko']).status).toBe(2);

    // The share comes back through the import.
    const file = tmp.file('share-ko.md');
    expect(pileup(db, ['export', '--share', '--lang', 'ko', '-o', file]).status).toBe(0);
    const target = freshDb();
    expect(pileup(target, ['import', file]).stderr).toContain('Imported 1 entry');
    expect(entries(target)).toMatchObject([{ day: '2026-11-20', title: '장애 회고', body: '# 요약\n\n## 타임라인\n\n```\n# not a heading\n```', pillars: ['automation', 'sharing'], tags: ['k8s'] }]);
  });

  it('says "Nothing to export" with exit code 1 and writes no file when the filter selects nothing', () => {
    const db = freshDb();
    expect(pileup(db, ['add', 'only private', '-p', 'culture', '-t', 'private']).status).toBe(0);
    const file = tmp.file('nothing.md');
    for (const args of [['export', '--share', '-o', file], ['export', '--share'], ['export', '--tag', 'absent', '-o', file]]) {
      const r = pileup(db, args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Nothing to export');
      expect(r.out).toBe('');
    }
    expect(fs.existsSync(file)).toBe(false);
  });

  it('writes the review in Korean without private entries', () => {
    const db = freshDb();
    expect(pileup(db, ['add', '배포 자동화', '-p', 'automation', '--title', '배포', '--day', '2026-11-24']).status).toBe(0);
    expect(pileup(db, ['add', 'secret', '-p', 'culture', '-t', 'private', '--title', 'Secret', '--day', '2026-11-25']).status).toBe(0);
    const r = pileup(db, ['review', '--week', '2026-W48', '--lang', 'ko']);
    expect(r.status).toBe(0);
    expect(r.out).toContain('# Pileup 회고 — 2026-W48 주간');
    expect(r.out).toContain('7일 중 1일 동안 기록 1개');
    expect(r.out).not.toContain('Secret');
    expect(pileup(db, ['review', '--week', '2026-W48', '--include-private']).out).toContain('Secret');
  });

  it('imports nothing from a broken file and names the file and line', () => {
    const db = freshDb();
    const file = tmp.file('broken-jrnl.txt');
    fs.writeFileSync(file, '[2026-11-01 10:00] Set up alerts #measurement\nok\n\n[2026-11-02 10:00] No pillar here\nbody\n\n[2026-02-30 09:00] Bad day #culture\n');
    const r = pileup(db, ['import', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:4: "No pillar here" (2026-11-02) has no pillar`);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: .*real date`));
    expect(r.stderr).toContain('Nothing was imported');
    expect(entries(db)).toEqual([]);
  });

  it('imports jrnl exports and folders of daily notes, --pillar for entries naming none', () => {
    const db = freshDb();
    expect(pileup(db, ['import', path.join(FIXTURES, 'jrnl-export.txt')]).status).toBe(0);
    const notes = pileup(db, ['import', path.join(FIXTURES, 'daily-notes')]);
    expect(notes.status).toBe(0);
    expect(notes.stderr).toContain('Imported 3 entries from 4 files');
    expect(notes.stderr).toContain('README.md');
    expect(entries(db)).toHaveLength(6);
    const dir = tmp.file('notes');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '2026-11-03.md'), '# 온콜 인수인계\n\n체크리스트를 만들었다.\n');
    expect(pileup(db, ['import', dir]).status).toBe(1);
    const withPillar = pileup(db, ['import', dir, '--pillar', 'culture', '--format', 'daily-notes']);
    expect(withPillar.status).toBe(0);
    expect(entries(db, ['--from', '2026-11-03', '--to', '2026-11-03'])).toMatchObject([{ title: '온콜 인수인계', pillars: ['culture'] }]);
    expect(pileup(db, ['import', dir, '--format', 'word']).status).toBe(2);
  });

  it('backs up the live journal to a file that opens with every entry', () => {
    const db = freshDb();
    expect(pileup(db, ['add', '백업 전 기록', '-p', 'measurement']).status).toBe(0);
    const copy = tmp.file('backup.db');
    const r = pileup(db, ['backup', copy]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Backed up 1 entry');
    const journal = Journal.open(copy);
    try {
      expect(journal.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
      expect(journal.db.prepare('SELECT body FROM entries').pluck().all()).toEqual(['백업 전 기록']);
    } finally {
      journal.close();
    }
    expect(pileup(db, ['backup', copy]).status).toBe(1);
    expect(pileup(db, ['backup', copy, '--force']).status).toBe(0);
  });
});

function spawnPileup(db: string, args: string[], input: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, PILEUP_DB: db }, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(input);
  });
}

describe('living together', () => {
  it('two processes each adding 500 entries at once end with exactly 1,000', async () => {
    const db = freshDb();
    expect(pileup(db, ['stats']).status).toBe(0); // the journal exists, as when the app is open
    const batch = (who: string) =>
      Array.from({ length: 500 }, (_, i) => JSON.stringify({ title: `${who} ${i}`, body: `동시 쓰기 ${who} ${i}` })).join('\n');
    const [a, b] = await Promise.all([
      spawnPileup(db, ['add', '--jsonl', '-p', 'automation'], batch('A')),
      spawnPileup(db, ['add', '--jsonl', '-p', 'automation'], batch('B')),
    ]);
    expect(a).toEqual({ code: 0, stderr: 'Added 500 entries.\n' });
    expect(b).toEqual({ code: 0, stderr: 'Added 500 entries.\n' });
    const all = entries(db);
    expect(all).toHaveLength(1000);
    expect(new Set(all.map((e) => e.title)).size).toBe(1000);
  });

  it('several single adds at once all land, even on a journal file that does not exist yet', async () => {
    const db = freshDb();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => spawnPileup(db, ['add', '-p', 'culture', '--title', `동시 ${i}`], `본문 ${i}`)),
    );
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(entries(db)).toHaveLength(6);
  });
});

describe('the post-commit hook', () => {
  it('records a commit in a temporary git repository as an automation entry', () => {
    const db = freshDb();
    const repo = tmp.file('my-service');
    const bin = tmp.file('bin');
    fs.mkdirSync(repo);
    fs.mkdirSync(bin);
    // `pileup` on PATH, as after `npm link`.
    fs.writeFileSync(path.join(bin, 'pileup'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    const env = {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      PILEUP_DB: db,
      GIT_AUTHOR_NAME: 'Kim',
      GIT_AUTHOR_EMAIL: 'kim@example.com',
      GIT_COMMITTER_NAME: 'Kim',
      GIT_COMMITTER_EMAIL: 'kim@example.com',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q', '-b', 'main');
    fs.copyFileSync(path.join(ROOT, 'cli', 'hooks', 'post-commit'), path.join(repo, '.git', 'hooks', 'post-commit'));
    fs.chmodSync(path.join(repo, '.git', 'hooks', 'post-commit'), 0o755);
    fs.writeFileSync(path.join(repo, 'deploy.sh'), 'echo deploy\n');
    git('add', 'deploy.sh');
    git('commit', '-q', '-m', 'ci: 배포 스크립트 자동화', '-m', 'Runs on every merge to main.\n무중단 배포.');
    const hash = git('rev-parse', '--short', 'HEAD').trim();

    const recorded = entries(db);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      title: 'ci: 배포 스크립트 자동화',
      body: `Runs on every merge to main.\n무중단 배포.\n\nCommit \`${hash}\` on \`main\` in my-service`,
      pillars: ['automation'],
    });
    expect([...recorded[0]!.tags].sort()).toEqual(['commit', 'my-service']);

    git('commit', '-q', '--allow-empty', '-m', 'chore: empty commit');
    expect(entries(db).map((e) => e.title).sort()).toEqual(['chore: empty commit', 'ci: 배포 스크립트 자동화']);
  });
});

describe('hostile input', () => {
  // Escape sequences a terminal obeys: write the clipboard (OSC 52), clear the screen, set the title, hide a link (OSC 8).
  const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
  const CLEAR = '\u001b[2J';
  const WINDOW_TITLE = '\u001b]0;owned\u001b\\';
  const LINK = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('list, search and stats print titles, tags and snippets without escape sequences; --json stays exact', () => {
    const db = freshDb();
    const title = `${CLIPBOARD}Deploy${CLEAR} review${WINDOW_TITLE}`;
    const entry = { title, body: `rollout ${LINK} done\r\u0008ok`, day: '2026-11-25', pillars: ['sharing'], tags: [`k8s${CLEAR}`, `x${CLIPBOARD}`] };
    expect(pileup(db, ['add', '--jsonl'], JSON.stringify(entry)).status).toBe(0);

    const listed = pileup(db, ['list']);
    expect(listed.status).toBe(0);
    expect(listed.out).not.toMatch(CONTROL);
    expect(listed.out).toContain('Deploy review');
    expect(listed.out).toContain('#k8s');
    const found = pileup(db, ['search', 'rollout']);
    expect(found.status).toBe(0);
    expect(found.out).not.toMatch(CONTROL);
    expect(found.out).toContain('rollout click done');
    const stats = pileup(db, ['stats']);
    expect(stats.out).not.toMatch(CONTROL);
    expect(stats.out).toMatch(/Top tags: .*#k8s 1/);

    const json = pileup(db, ['list', '--json']);
    expect(json.out).not.toMatch(CONTROL);
    const [stored] = (JSON.parse(json.out) as { entries: Entry[] }).entries;
    expect(stored?.title).toBe(title);
    expect([...(stored?.tags ?? [])].sort()).toEqual([`k8s${CLEAR}`, `x${CLIPBOARD}`].map((t) => t.toLowerCase())); // tags are saved in lower case
    // Piped, an export is the exact document, escape sequences and all.
    expect(pileup(db, ['export']).out).toContain(title);
  });

  it('messages on stderr quote titles without escape sequences', () => {
    const db = freshDb();
    const r = pileup(db, ['add', 'body', '-p', 'culture', '--title', `${CLEAR}Cleared${CLIPBOARD}`]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(': Cleared\n');
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it('import /dev/zero stops at the 64 MB limit and says so', () => {
    const db = freshDb();
    const r = pileup(db, ['import', '/dev/zero']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/dev/zero: The file is too large (the limit is 64 MB).');
    expect(entries(db)).toEqual([]);
  });

  it('import of a FIFO fed more than the limit stops at the limit', () => {
    const db = freshDb();
    const fifo = tmp.file('feed.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = spawn('sh', ['-c', 'head -c 80000000 /dev/zero > "$1"', 'sh', fifo], { stdio: 'ignore' });
    try {
      const r = pileup(db, ['import', fifo]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('The file is too large (the limit is 64 MB).');
    } finally {
      if (writer.exitCode === null) writer.kill();
    }
  });

  it('add stops reading standard input past the limit (< /dev/zero)', () => {
    const db = freshDb();
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const r = spawnSync(process.execPath, [BIN, 'add', '-p', 'culture'], {
        stdio: [zero, 'pipe', 'pipe'],
        env: { ...process.env, PILEUP_DB: db, NO_COLOR: '1' },
        timeout: 60_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr.toString('utf8')).toContain('Standard input is too large (the limit is 64 MB).');
    } finally {
      fs.closeSync(zero);
    }
  });
});

describe('journals Pileup must not write', () => {
  it('refuses another application\'s SQLite file on a read command, leaving file and folder as they were', () => {
    const dir = tempDir('pileup-cli-other-');
    try {
      const other = dir.file('other.db');
      const app = new Database(other);
      app.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')`);
      app.close();
      const bytes = fs.readFileSync(other);
      for (const command of [['stats'], ['list'], ['add', 'x', '-p', 'culture']]) {
        const r = pileup(other, command);
        expect(r.status, command[0]).toBe(1);
        expect(r.stderr).toBe(
          `pileup ${command[0]}: ${other} is an SQLite database of another application (tables: notes); Pileup opens only its own journals. The file was left untouched.\n`,
        );
        expect(fs.readFileSync(other).equals(bytes)).toBe(true);
        expect(fs.readdirSync(dir.dir)).toEqual(['other.db']);
      }
    } finally {
      dir.cleanup();
    }
  });

  // Root writes through file permissions; an immutable file and folder (chattr +i) it cannot.
  const probe = tmp.file('chattr-probe');
  fs.writeFileSync(probe, '');
  const canChattr = spawnSync('chattr', ['+i', probe]).status === 0;
  spawnSync('chattr', ['-i', probe]);

  it.skipIf(!canChattr)('reads a journal whose file and folder cannot be written, and says so when asked to write', () => {
    const dir = tempDir('pileup-cli-readonly-');
    const db = dir.file('journal.db');
    expect(pileup(db, ['add', '읽기 전용 디스크', '-p', 'measurement', '--day', '2026-04-01']).status).toBe(0);
    expect(fs.readdirSync(dir.dir)).toEqual(['journal.db']);
    execFileSync('chattr', ['+i', db, dir.dir]);
    try {
      const list = pileup(db, ['list']);
      expect(list.stderr).toBe('1 entry.\n');
      expect(list.status).toBe(0);
      expect(list.out).toContain('읽기 전용 디스크');
      const stats = pileup(db, ['stats']);
      expect(stats.status).toBe(0);
      expect(stats.out).toContain('Entries: 1 on 1 day');
      const add = pileup(db, ['add', 'more', '-p', 'culture']);
      expect(add.status).toBe(1);
      expect(add.stderr).toBe(`pileup add: Cannot open ${db} for writing: check the path and its permissions.\n`);
    } finally {
      execFileSync('chattr', ['-i', db, dir.dir]);
    }
    // A file that cannot be written in a folder that can: SQLite opens it read-only, the write says so.
    execFileSync('chattr', ['+i', db]);
    try {
      const add = pileup(db, ['add', 'more', '-p', 'culture']);
      expect(add.status).toBe(1);
      expect(add.stderr).toMatch(/^pileup add: The journal is read-only here \(SQLITE_READONLY.*\); nothing was changed\.\n$/);
      expect(pileup(db, ['list']).status).toBe(0);
    } finally {
      execFileSync('chattr', ['-i', db]);
      dir.cleanup();
    }
  });
});
