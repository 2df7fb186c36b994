// The browser host's publish routes against real sockets, a real journal file
// and a real git repository: the typed folder is remembered only through the
// token-guarded host route, and a publish goes only to the remembered folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../db/journal';
import { tempDir } from '../db/test-support/temp';
import { TOKEN_HEADER } from './security';
import { startWebHost, type WebHost } from './server';

const tmp = tempDir('pileup-web-publish-');
const config = tmp.file('gitconfig');
fs.writeFileSync(config, '[user]\n\tname = Web Publisher\n\temail = web@example.com\n[init]\n\tdefaultBranch = main\n');
process.env.GIT_CONFIG_GLOBAL = config;
process.env.GIT_CONFIG_NOSYSTEM = '1';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

let host: WebHost;
const repo = tmp.file('team-wiki');
const elsewhere = tmp.file('elsewhere');

beforeAll(async () => {
  const dbFile = tmp.file('journal.db');
  const journal = Journal.open(dbFile);
  journal.createMany([{ day: '2026-11-30', title: 'Canary rollout', body: 'Start at 5 %.', pillars: ['automation'], tags: [] }]);
  journal.close();
  for (const dir of [repo, elsewhere]) {
    fs.mkdirSync(dir);
    git(dir, 'init', '--quiet');
  }
  host = await startWebHost({ dbFile, distDir: tmp.file('no-renderer') });
});
afterAll(async () => {
  await host.close();
  tmp.cleanup();
});

async function post(route: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${host.baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe('the publish routes', () => {
  it('refuse calls without the token or from another site', async () => {
    const noToken = await fetch(`${host.baseUrl}host/publish-target`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ typedDir: repo }) });
    expect(noToken.status).toBe(401);
    const crossSite = await post('host/publish-target', { typedDir: repo }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await post('api/getPublishTarget', {})).json).toEqual({ ok: true, value: null });
  });

  it('refuse a relative typed folder and a publish before a folder is remembered', async () => {
    const relative = await post('host/publish-target', { typedDir: 'team-wiki' });
    expect(relative.json).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('absolute path') } });
    expect((await post('host/publish', {})).json).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The page cannot reach the host-only methods through the API.
    expect((await post('api/savePublishTarget', { dir: repo, by: 'day', push: false })).status).toBe(404);
    expect((await post('api/publishJournal', { dir: repo })).status).toBe(404);
  });

  it('remember the typed folder, and publish only there whatever the request says', async () => {
    const saved = await post('host/publish-target', { typedDir: repo, by: 'week', push: false, dir: elsewhere });
    expect(saved.json).toEqual({ ok: true, value: { dir: repo, by: 'week', push: false } });
    const published = await post('host/publish', { by: 'day', push: false, lang: 'en', includePrivate: false, dir: elsewhere, folder: '..' });
    expect(published.json).toMatchObject({ ok: true, value: { dir: repo, folder: 'journal', by: 'day', committed: true, files: { added: 1 } } });
    expect(fs.existsSync(path.join(repo, 'journal', '2026', '2026-11-30.md'))).toBe(true);
    expect(fs.readdirSync(elsewhere)).toEqual(['.git']);
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('Pileup: 1 day added');
    // By day was remembered with the folder.
    expect((await post('api/getPublishTarget', {})).json).toEqual({ ok: true, value: { dir: repo, by: 'day', push: false } });
  });
});
