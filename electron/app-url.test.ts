import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, isTrustedSender } from './app-url';

describe('isAppUrl', () => {
  it('knows the app’s own pages', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('pileup://app/assets/index.js')).toBe(true);
    expect(isAppUrl('pileup://app')).toBe(true);
  });

  it('rejects everything else, lookalikes included', () => {
    for (const value of [
      'file:///work/main/dist-renderer/index.html',
      'https://app/index.html',
      'pileup://app.evil.example/index.html',
      'pileup://evil/index.html',
      'pileup://user@app/index.html',
      'pileup:app/index.html',
      'about:blank',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(value)).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the app’s top-level frame', () => {
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: { url: APP_INDEX_URL } })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
