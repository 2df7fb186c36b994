// The browser host against real sockets and a real journal file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../db/common/contract';
import type { Entry, EntryPage } from '../db/common/model';
import { countEntriesIn } from '../db/test-support/count';
import { tempDir } from '../db/test-support/temp';
import { MAX_BODY_BYTES, MAX_BODY_BYTES_IN_FLIGHT, TOKEN_HEADER } from './security';
import { startWebHost, type WebHost } from './server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
}

/** A raw HTTP request left open, so a test writes its body when it likes. */
function openRequest(port: number, options: RequestOptions): { req: http.ClientRequest; reply: Promise<Reply> } {
  let req: http.ClientRequest | undefined;
  const reply = new Promise<Reply>((resolve, reject) => {
    req = http.request(
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
    // The server may answer (413, 503) and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
  });
  if (!req) throw new Error('http.request returned nothing');
  return { req, reply };
}

/** A raw HTTP request, so tests control Host, Origin and the body exactly. */
function request(port: number, options: RequestOptions & { body?: string | Buffer }): Promise<Reply> {
  const { req, reply } = openRequest(port, options);
  if (options.body !== undefined) req.write(options.body);
  req.end();
  return reply;
}

let tmp: ReturnType<typeof tempDir>;
let host: WebHost;
/** What the page sends: the run's token in its header. */
let auth: Record<string, string>;

/** An API call as curl would make it: no Origin, no token unless given. */
function call(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

/** An API call with the token, as the page makes it. */
function api(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call(method, input, { ...auth, ...headers });
}

beforeEach(async () => {
  tmp = tempDir('pileup-web-');
  const dist = tmp.file('dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Pileup</title><script src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("pileup")');
  fs.writeFileSync(tmp.file('secret.txt'), 'outside the renderer');
  host = await startWebHost({ dbFile: tmp.file('journal.db'), port: 0, distDir: dist, maxBodyBytes: 4096, maxBodyBytesInFlight: 8192, downloadKeepMs: 200 });
  auth = { [TOKEN_HEADER]: host.token };
});

afterEach(async () => {
  await host.close();
  tmp.cleanup();
});

/** Entries in the host's journal, read through a connection of the test's own. */
const countEntries = (): number => countEntriesIn(tmp.file('journal.db'));

describe('the browser host refuses', () => {
  it('an API call with no token, even with whatever cookie the address with the token gave', async () => {
    const opened = await request(host.port, { path: `/?token=${encodeURIComponent(host.token)}` });
    const cookie = (opened.headers['set-cookie']?.[0] ?? `pileup_session_${host.port}=${host.token}`).split(';')[0] ?? '';
    const reply = await call('createEntry', { title: 'x', pillars: ['culture'] }, { cookie });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('?token=') as unknown } });
    expect(countEntries()).toBe(0);
    // Nothing for other local servers to pick up: the host sets no cookie at all.
    expect(opened.headers['set-cookie']).toBeUndefined();
  });

  it('a wrong or missing token without an Origin (curl)', async () => {
    for (const wrong of [`${host.token.slice(0, -1)}x`, `${host.token}x`, host.token.slice(1), '']) {
      const reply = await call('createEntry', { title: 'x', pillars: ['culture'] }, { [TOKEN_HEADER]: wrong });
      expect(reply.status).toBe(401);
    }
    expect((await call('listEntries', {})).status).toBe(401);
    expect(countEntries()).toBe(0);
  });

  it('the token in the query string instead of the header', async () => {
    const reply = await request(host.port, {
      method: 'POST',
      path: `/api/listEntries?token=${encodeURIComponent(host.token)}`,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
  });

  it('an export without the token', async () => {
    const reply = await request(host.port, { method: 'POST', path: '/host/export', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('a request from another local port, even with the token', async () => {
    const reply = await api('createEntry', { title: 'x', pillars: ['culture'] }, { origin: `http://127.0.0.1:${host.port + 1}` });
    expect(reply.status).toBe(403);
    const localhost = await api('listEntries', {}, { origin: `http://localhost:${host.port + 1}` });
    expect(localhost.status).toBe(403);
    expect(countEntries()).toBe(0);
  });

  it('a foreign Origin, even with the token', async () => {
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
    const reply = await request(host.port, { path: '/', headers: { host: `evil.example:${host.port}` } });
    expect(reply.status).toBe(403);
    const wrongPort = await api('listEntries', {}, { host: `127.0.0.1:${host.port + 1}` });
    expect(wrongPort.status).toBe(403);
  });

  it('GET on the API', async () => {
    const reply = await request(host.port, { path: '/api/listEntries', headers: auth });
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
      headers: { 'content-type': 'application/json', ...auth, 'transfer-encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('malformed JSON', async () => {
    const reply = await request(host.port, {
      method: 'POST',
      path: '/api/createEntry',
      headers: { 'content-type': 'application/json', ...auth },
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
      const reply = await request(host.port, { path: p });
      expect(reply.body).not.toContain('outside the renderer');
    }
  });
});

describe('the browser host accepts', () => {
  it('the app files without any secret (they hold no data), with strict security headers', async () => {
    const reply = await request(host.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.body).toContain('assets/app.js');
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    const script = await request(host.port, { path: '/assets/app.js', headers: { 'sec-fetch-site': 'same-origin' } });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('the printed address with its token as is: the page takes the token from it', async () => {
    const reply = await request(host.port, { path: `/?lang=ko&token=${encodeURIComponent(host.token)}` });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('assets/app.js');
    expect(host.url).toBe(`${host.baseUrl}?token=${encodeURIComponent(host.token)}`);
  });

  it('an API call with the token and no cookie', async () => {
    const reply = await api('createEntry', { title: '토큰만으로', pillars: ['sharing'] });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { title: '토큰만으로' } });
    expect(countEntries()).toBe(1);
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
    const reply = await api('listEntries', {}, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` });
    expect(reply.status).toBe(200);
  });
});

describe('exports to download', () => {
  async function exportAll(): Promise<string> {
    expect((await api('createEntry', { title: '내보내기 회고', pillars: ['sharing'] })).status).toBe(200);
    const reply = await request(host.port, { method: 'POST', path: '/host/export', headers: { 'content-type': 'application/json', ...auth }, body: '{"filter":{}}' });
    expect(reply.status).toBe(200);
    const envelope = JSON.parse(reply.body) as { ok: boolean; value: { download: string; count: number } };
    expect(envelope).toMatchObject({ ok: true, value: { count: 1 } });
    expect(envelope.value.download).toMatch(/^host\/download\/[\w-]{32}$/);
    return `/${envelope.value.download}?name=${encodeURIComponent('회고.md')}`;
  }

  it('are fetched by their one-time address alone (a link click sends no headers), once', async () => {
    const address = await exportAll();
    const [first, second] = await Promise.all([request(host.port, { path: address }), request(host.port, { path: address })]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 404]);
    const fetched = first.status === 200 ? first : second;
    expect(fetched.body).toContain('### 내보내기 회고');
    expect(fetched.headers['content-disposition']).toMatch(/^attachment;/);
    const again = await request(host.port, { path: address });
    expect(again.status).toBe(404);
  });

  it('are gone when not fetched in time', async () => {
    const address = await exportAll();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await request(host.port, { path: address })).status).toBe(404);
  });

  it('are refused to another site and to a guessed address', async () => {
    const address = await exportAll();
    expect((await request(host.port, { path: address, headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'empty' } })).status).toBe(403);
    expect((await request(host.port, { path: '/host/download/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' })).status).toBe(404);
    expect((await request(host.port, { path: address })).status).toBe(200);
  });
});

describe('request bodies read at the same time', () => {
  /** A listEntries body of exactly `bytes` bytes. */
  function paddedBody(bytes: number): Buffer {
    const frame = JSON.stringify({ filter: {}, pad: '' });
    return Buffer.from(JSON.stringify({ filter: {}, pad: 'x'.repeat(bytes - frame.length) }));
  }

  function openApiRequest(bytes: number): ReturnType<typeof openRequest> {
    return openRequest(host.port, {
      method: 'POST',
      path: '/api/listEntries',
      headers: { 'content-type': 'application/json', 'content-length': String(bytes), ...auth },
    });
  }

  it('stop at the total: the one past it gets 503 with a JSON error, the others go through', async () => {
    // Any two bodies of 4000 bytes fit the 8192-byte total; three 3000-byte starts do not.
    const body = paddedBody(4000);
    const requests = [openApiRequest(4000), openApiRequest(4000), openApiRequest(4000)];
    for (const { req } of requests) req.write(body.subarray(0, 3000));
    const refused = await Promise.race(requests.map(({ reply }, index) => reply.then((r) => ({ index, reply: r }))));
    expect(refused.reply.status).toBe(503);
    expect(JSON.parse(refused.reply.body)).toMatchObject({
      ok: false,
      error: { message: 'The host is busy reading other large requests; try again in a moment.' },
    });
    requests[refused.index]?.req.destroy();
    const others = requests.filter((_, index) => index !== refused.index);
    for (const { req } of others) req.end(body.subarray(3000));
    for (const { reply } of others) {
      const done = await reply;
      expect(done.status).toBe(200);
      expect(JSON.parse(done.body)).toMatchObject({ ok: expect.any(Boolean) as unknown });
    }
  });

  it('give their share back when the client goes away mid-body', async () => {
    const started = [openApiRequest(4000), openApiRequest(4000)];
    for (const { req } of started) req.write(paddedBody(4000).subarray(0, 3000));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const { req } of started) req.destroy();
    // Were the 6000 bytes still counted, a 4000-byte body would not fit the 8192-byte total.
    await expect.poll(async () => (await request(host.port, {
      method: 'POST',
      path: '/api/listEntries',
      headers: { 'content-type': 'application/json', ...auth },
      body: paddedBody(4000),
    })).status).toBe(200);
  });
});

describe('the default body limit', () => {
  it('fits the largest import the contract accepts', () => {
    expect(MAX_BODY_BYTES).toBeGreaterThan(LIMITS.importBytes);
  });

  it('lets two of the largest bodies be read at once, not more', () => {
    expect(MAX_BODY_BYTES_IN_FLIGHT).toBe(2 * MAX_BODY_BYTES);
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
