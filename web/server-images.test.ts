// Stored images through the browser host: a real socket and a real journal file.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import { TOKEN_HEADER } from './security';
import { startWebHost, type WebHost } from './server';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

let tmp: ReturnType<typeof tempDir>;
let host: WebHost;

const post = (pathname: string, input: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: host.token }) =>
  request(host.port, { method: 'POST', path: pathname, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(input) });

function json(reply: Reply): unknown {
  return JSON.parse(reply.body.toString('utf8'));
}

async function imageKey(): Promise<string> {
  const value = json(await post('/host/image-key', {}));
  if (typeof value === 'object' && value !== null && 'value' in value && typeof value.value === 'object' && value.value !== null && 'key' in value.value && typeof value.value.key === 'string') {
    return value.value.key;
  }
  throw new Error('no image key');
}

async function addPng(): Promise<string> {
  const reply = json(await post('/api/addImage', { dataBase64: PNG.toString('base64'), mime: 'image/png', name: 'dashboard.png' }));
  expect(reply).toMatchObject({ ok: true, value: { markdown: expect.stringMatching(/^!\[dashboard\]\(pileup-image:[0-9a-f]{64}\.png\)$/) } });
  if (typeof reply === 'object' && reply !== null && 'value' in reply && typeof reply.value === 'object' && reply.value !== null && 'id' in reply.value && typeof reply.value.id === 'string') {
    return reply.value.id;
  }
  throw new Error('no id');
}

beforeEach(async () => {
  tmp = tempDir('pileup-web-images-');
  const dist = tmp.file('dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Pileup</title>');
  host = await startWebHost({ dbFile: tmp.file('journal.db'), port: 0, distDir: dist });
});

afterEach(async () => {
  await host.close();
  tmp.cleanup();
});

describe('stored images on the browser host', () => {
  it('are served to the page with the run image key, with their type, nosniff and the strict CSP', async () => {
    const id = await addPng();
    const key = await imageKey();
    expect(key).not.toBe(host.token);
    const reply = await request(host.port, { path: `/image/${id}?k=${encodeURIComponent(key)}`, headers: { 'sec-fetch-site': 'same-origin', 'sec-fetch-dest': 'image' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toMatch(/img-src 'self'/);
    expect(reply.headers['content-security-policy']).not.toMatch(/img-src[^;]*(https?:|\*)/);
    expect(reply.body.equals(PNG)).toBe(true);
  });

  it('are refused without the key, with the token instead, from another site, for a malformed id, and the key needs the token', async () => {
    const id = await addPng();
    const key = await imageKey();
    expect((await request(host.port, { path: `/image/${id}` })).status).toBe(401);
    expect((await request(host.port, { path: `/image/${id}?k=wrong` })).status).toBe(401);
    expect((await request(host.port, { path: `/image/${id}?k=${encodeURIComponent(host.token)}` })).status).toBe(401);
    expect((await request(host.port, { path: `/image/${id}`, headers: { [TOKEN_HEADER]: host.token } })).status).toBe(401);
    const crossSite = await request(host.port, { path: `/image/${id}?k=${encodeURIComponent(key)}`, headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-dest': 'image', 'sec-fetch-mode': 'no-cors' } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.equals(PNG)).toBe(false);
    const sameSite = await request(host.port, { path: `/image/${id}?k=${encodeURIComponent(key)}`, headers: { 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } });
    expect(sameSite.status).toBe(403);
    expect((await request(host.port, { path: `/image/${id}?k=${encodeURIComponent(key)}`, headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await request(host.port, { path: `/image/${id.toUpperCase()}?k=${encodeURIComponent(key)}` })).status).toBe(404);
    expect((await request(host.port, { path: `/image/${'0'.repeat(64)}?k=${encodeURIComponent(key)}` })).status).toBe(404);
    expect((await request(host.port, { method: 'POST', path: `/image/${id}?k=${encodeURIComponent(key)}` })).status).toBe(405);
    expect((await post('/host/image-key', {}, {})).status).toBe(401);
  });

  it('refuses an upload that is not an image, with a clear message', async () => {
    const reply = json(await post('/api/addImage', { dataBase64: Buffer.from('<svg onload="alert(1)"/>').toString('base64'), mime: 'image/png', name: 'x.png' }));
    expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/not an image Pileup keeps/) } });
  });
});
