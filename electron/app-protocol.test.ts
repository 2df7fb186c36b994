import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import { appResponse, imageResponse } from './app-protocol';

describe('the pileup://app protocol', () => {
  const tmp = tempDir('pileup-protocol-');
  afterAll(() => tmp.cleanup());
  const dist = tmp.file('dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Pileup</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'index.js'), 'export {}');
  fs.writeFileSync(tmp.file('private.md'), 'my diary');

  it('serves the renderer with the CSP header', async () => {
    const index = appResponse(dist, { url: 'pileup://app/index.html', method: 'GET' });
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Pileup</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).toContain("object-src 'none'");
    const script = appResponse(dist, { url: 'pileup://app/assets/index.js', method: 'GET' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves files outside the renderer or for other hosts and methods', async () => {
    for (const url of ['pileup://app/../private.md', 'pileup://app/%2e%2e/private.md', 'pileup://app/..%2fprivate.md']) {
      const reply = appResponse(dist, { url, method: 'GET' });
      expect(await reply.text()).not.toContain('my diary');
    }
    expect(appResponse(dist, { url: 'pileup://other/index.html', method: 'GET' }).status).toBe(404);
    expect(appResponse(dist, { url: 'pileup://app/index.html', method: 'POST' }).status).toBe(405);
    expect(appResponse(dist, { url: 'pileup://app/missing.js', method: 'GET' }).status).toBe(404);
  });
});

describe('stored images on pileup://app/image/<id>', () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const id = 'ab'.repeat(32);
  const asked: string[] = [];
  const readImage = async (wanted: string) => {
    asked.push(wanted);
    return wanted === id ? { mime: 'image/png', bytes: new Uint8Array(png) } : null;
  };

  it('serves an image read-only, with its type and nosniff', async () => {
    const reply = await imageResponse(readImage, { url: `pileup://app/image/${id}`, method: 'GET' });
    expect(reply?.status).toBe(200);
    expect(reply?.headers.get('content-type')).toBe('image/png');
    expect(reply?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply?.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(Buffer.from(await (reply ?? new Response()).arrayBuffer()).equals(png)).toBe(true);
    expect((await imageResponse(readImage, { url: `pileup://app/image/${id}`, method: 'POST' }))?.status).toBe(405);
  });

  it('answers 404 without asking the core for an id that is not 64 hex digits, and leaves other paths to the renderer', async () => {
    asked.length = 0;
    for (const url of [`pileup://app/image/${id.toUpperCase()}`, 'pileup://app/image/%2e%2e%2findex.html', `pileup://app/image/${id}.png`, 'pileup://app/image/']) {
      expect((await imageResponse(readImage, { url, method: 'GET' }))?.status, url).toBe(404);
    }
    expect(asked).toEqual([]);
    expect((await imageResponse(readImage, { url: `pileup://app/image/${'cd'.repeat(32)}`, method: 'GET' }))?.status).toBe(404);
    expect(await imageResponse(readImage, { url: 'pileup://app/index.html', method: 'GET' })).toBeNull();
    expect(await imageResponse(readImage, { url: `pileup://other/image/${id}`, method: 'GET' })).toBeNull();
  });

  it('refuses a stored type it does not serve', async () => {
    const svg = async () => ({ mime: 'image/svg+xml', bytes: new Uint8Array([0x3c]) });
    expect((await imageResponse(svg, { url: `pileup://app/image/${id}`, method: 'GET' }))?.status).toBe(404);
  });
});
