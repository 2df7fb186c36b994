// The browser host against real sockets and a real journal file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../db/common/contract';
import type { Entry, EntryPage } from '../db/common/model';
import Database from 'better-sqlite3';
import { tempDir } from '../db/test-support/temp';
import { MAX_BODY_BYTES, sessionCookieName } from './security';
import { startWebHost, type WebHost } from './server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so tests control Host, Origin and the body exactly. */
function request(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    // The server may answer (413) and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let tmp: ReturnType<typeof tempDir>;
let host: WebHost;
let cookie: string;

async function signIn(): Promise<string> {
  const reply = await request(host.port, { path: `/?token=${encodeURIComponent(host.token)}` });
  expect(reply.status).toBe(303);
  expect(reply.headers.location).toBe('/');
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  return setCookie.split(';')[0] ?? '';
}

function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify(input),
  });
}

beforeEach(async () => {
  tmp = tempDir('pileup-web-');
  const dist = tmp.file('dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Pileup</title><script src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("pileup")');
  fs.writeFileSync(tmp.file('secret.txt'), 'outside the renderer');
  host = await startWebHost({ dbFile: tmp.file('journal.db'), port: 0, distDir: dist, maxBodyBytes: 4096 });
  cookie = await signIn();
});

afterEach(async () => {
  await host.close();
  tmp.cleanup();
});

/** Entries in the host's journal, read through a connection of the test's own. */
function countEntries(): number {
  const db = new Database(tmp.file('journal.db'), { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get() ?? 0;
  } finally {
    db.close();
  }
}

describe('the browser host refuses', () => {
  it('a page without the secret', async () => {
    const reply = await request(host.port, { path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('?token=');
    expect(reply.body).not.toContain('assets/app.js');
  });

  it('static files without the session cookie', async () => {
    const reply = await request(host.port, { path: '/assets/app.js' });
    expect(reply.status).toBe(401);
  });

  it('a wrong secret, without setting a cookie', async () => {
    const reply = await request(host.port, { path: `/?token=${host.token.slice(0, -1)}x` });
    expect(reply.status).toBe(403);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('a forged session cookie', async () => {
    const reply = await api('listEntries', {}, { cookie: `${sessionCookieName(host.port)}=${host.token}` });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
  });

  it('the API without the cookie', async () => {
    const reply = await api('createEntry', { title: 'x', pillars: ['culture'] }, { cookie: '' });
    expect(reply.status).toBe(401);
    expect(countEntries()).toBe(0);
  });

  it('a foreign Origin, even with the cookie', async () => {
    const reply = await api('createEntry', { title: 'x', pillars: ['culture'] }, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const otherPort = await api('listEntries', {}, { origin: `http://127.0.0.1:${host.port + 1}` });
    expect(otherPort.status).toBe(403);
    expect(countEntries()).toBe(0);
  });

  it('a same-site request from another local port (fetch metadata)', async () => {
    const reply = await api('listEntries', {}, { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' });
    expect(reply.status).toBe(403);
  });

  it('a foreign Host header (DNS rebinding)', async () => {
    const reply = await request(host.port, { path: '/', headers: { host: `evil.example:${host.port}`, cookie } });
    expect(reply.status).toBe(403);
    const wrongPort = await request(host.port, { path: `/?token=${host.token}`, headers: { host: `127.0.0.1:${host.port + 1}` } });
    expect(wrongPort.status).toBe(403);
    expect(wrongPort.headers['set-cookie']).toBeUndefined();
  });

  it('GET on the API', async () => {
    const reply = await request(host.port, { path: '/api/listEntries', headers: { cookie } });
    expect(reply.status).toBe(405);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a body that is not declared as JSON', async () => {
    const reply = await api('listEntries', {}, { 'content-type': 'text/plain' });
    expect(reply.status).toBe(415);
  });

  it('an oversized body, declared or streamed, with a JSON error', async () => {
    const big = JSON.stringify({ markdown: '가'.repeat(5000) });
    const declared = await api('importMarkdown', JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });

    const streamed = await request(host.port, {
      method: 'POST',
      path: '/api/importMarkdown',
      headers: { 'content-type': 'application/json', cookie, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('malformed JSON', async () => {
    const reply = await request(host.port, {
      method: 'POST',
      path: '/api/createEntry',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"title": "배포 회고", ',
    });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('an unknown method', async () => {
    const reply = await api('dropDatabase', {});
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown method: dropDatabase' } });
  });

  it('invalid input, with the validation message', async () => {
    const reply = await api('createEntry', { title: '장애 회고', pillars: [] });
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body) as { ok: boolean; error: { message: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.message).toMatch(/at least one pillar/);
  });

  it('paths outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const reply = await request(host.port, { path: p, headers: { cookie } });
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});

describe('the browser host accepts the signed-in browser', () => {
  it('serves the app with strict security headers', async () => {
    const reply = await request(host.port, { path: '/', headers: { cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('assets/app.js');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    const script = await request(host.port, { path: '/assets/app.js', headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('keeps other query parameters when trading the secret for a cookie', async () => {
    const reply = await request(host.port, { path: `/?lang=ko&token=${host.token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/?lang=ko');
  });

  it('round-trips createEntry, getEntry and listEntries in Korean and English', async () => {
    const draft = {
      title: '배포 파이프라인 회고',
      body: '오늘 배포 자동화를 마쳤다. The canary step now waits for metrics.',
      pillars: ['automation', 'measurement'],
      tags: ['ci', '배포'],
      day: '2026-11-20',
    };
    const created = JSON.parse((await api('createEntry', draft, { origin: `http://127.0.0.1:${host.port}` })).body) as {
      ok: true;
      value: Entry;
    };
    expect(created.ok).toBe(true);
    expect(created.value).toMatchObject({ title: draft.title, body: draft.body, day: draft.day, pillars: draft.pillars });

    const fetched = JSON.parse((await api('getEntry', { id: created.value.id })).body) as { ok: true; value: Entry };
    expect(fetched.value.body).toBe(draft.body);

    const listed = JSON.parse((await api('listEntries', { filter: {} })).body) as { ok: true; value: EntryPage };
    expect(listed.ok).toBe(true);
    expect(listed.value.entries.map((e) => e.id)).toEqual([created.value.id]);
  });

  it('answers from localhost too', async () => {
    const reply = await request(host.port, { path: '/', headers: { host: `localhost:${host.port}`, cookie } });
    expect(reply.status).toBe(200);
  });
});

describe('the default body limit', () => {
  it('fits the largest import the contract accepts', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(LIMITS.importBytes);
  });
});

describe('opening the journal', () => {
  it('fails clearly on a file that is not a journal, and leaves it untouched', async () => {
    const bad = tmp.file('notes.txt');
    fs.writeFileSync(bad, 'just some notes, not SQLite at all');
    await expect(startWebHost({ dbFile: bad, port: 0, distDir: tmp.dir })).rejects.toThrow(/not a Pileup journal/);
    expect(fs.readFileSync(bad, 'utf8')).toBe('just some notes, not SQLite at all');
  });

  it('fails clearly when the port is taken', async () => {
    await expect(startWebHost({ dbFile: tmp.file('other.db'), port: host.port, distDir: tmp.dir })).rejects.toThrow(/already in use/);
  });
});
