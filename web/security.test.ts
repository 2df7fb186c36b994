import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import {
  credentialFor,
  hasToken,
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  secretsEqual,
} from './security';
import { resolveStaticFile } from './static-files';

describe('host and origin checks', () => {
  it('accepts only our own address and port in Host', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });

  it('accepts no Origin or our own, nothing else', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('null', 4000)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4000', 4000)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', 4000)).toBe(false);
  });

  it('lets only same-origin requests reach the API, top-level navigations the pages', () => {
    expect(isAllowedFetchSite({}, true)).toBe(true);
    expect(isAllowedFetchSite({ site: 'same-origin', mode: 'cors', dest: 'empty' }, true)).toBe(true);
    expect(isAllowedFetchSite({ site: 'none', mode: 'navigate', dest: 'document' }, false)).toBe(true);
    expect(isAllowedFetchSite({ site: 'same-site', mode: 'cors', dest: 'empty' }, true)).toBe(false);
    expect(isAllowedFetchSite({ site: 'cross-site', mode: 'navigate', dest: 'document' }, true)).toBe(false);
    expect(isAllowedFetchSite({ site: 'cross-site', mode: 'navigate', dest: 'document' }, false)).toBe(true);
    expect(isAllowedFetchSite({ site: 'same-site', mode: 'navigate', dest: 'iframe' }, false)).toBe(false);
    expect(isAllowedFetchSite({ site: 'same-site', mode: 'no-cors', dest: 'script' }, false)).toBe(false);
  });
});

describe('secrets and the token', () => {
  it('compares secrets exactly', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
    expect(secretsEqual(undefined, 'abc')).toBe(false);
    expect(secretsEqual(null, 'abc')).toBe(false);
  });

  it('takes the token from its header value only, exactly', () => {
    const token = 'q7Yf0sVn3kL2';
    expect(hasToken(token, token)).toBe(true);
    expect(hasToken(`${token} `, token)).toBe(false);
    expect(hasToken(token.slice(1), token)).toBe(false);
    expect(hasToken('', token)).toBe(false);
    expect(hasToken(undefined, token)).toBe(false);
    // A header repeated is not a token.
    expect(hasToken([token, token], token)).toBe(false);
  });

  it('asks the token of every API and host path, a one-time id of downloads, nothing of the app files', () => {
    expect(credentialFor('/api/listEntries')).toBe('token');
    expect(credentialFor('/api/')).toBe('token');
    expect(credentialFor('/host/export')).toBe('token');
    expect(credentialFor('/host/anything')).toBe('token');
    expect(credentialFor('/host/download/abc')).toBe('capability');
    expect(credentialFor('/')).toBe('nothing');
    expect(credentialFor('/assets/app.js')).toBe('nothing');
    expect(credentialFor('/journal')).toBe('nothing');
  });

  it('recognises a JSON content type', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});

describe('static files', () => {
  const tmp = tempDir('pileup-static-');
  afterAll(() => tmp.cleanup());
  const root = tmp.file('dist');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), 'index');
  fs.writeFileSync(path.join(root, 'assets', 'a.js'), 'a');
  fs.writeFileSync(tmp.file('secret'), 'secret');

  it('serves files inside the root and index.html for app paths', () => {
    expect(resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
    expect(resolveStaticFile(root, '/journal')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticFile(root, '/assets/missing.js')).toBeNull();
  });

  it('never leaves the root', () => {
    for (const attempt of ['/../secret', '/%2e%2e/secret', '/..%2fsecret', '/assets/../../secret', '/%00', '/%E0%A4%A']) {
      const file = resolveStaticFile(root, attempt);
      expect(file === null || file.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveStaticFile(root, '/%00')).toBeNull();
  });
});
