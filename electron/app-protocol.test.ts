import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import { appResponse } from './app-protocol';

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
