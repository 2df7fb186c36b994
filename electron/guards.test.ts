import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './app-url';
import { decideNavigation, handleWindowOpen, installGuards, isPermissionAllowed, openExternalUrl, type GuardedContents } from './guards';

function recorder() {
  const opened: string[] = [];
  return { opened, open: (url: string) => void opened.push(url) };
}

describe('openExternalUrl', () => {
  it('opens http and https links in the system browser', () => {
    const { opened, open } = recorder();
    expect(openExternalUrl('https://github.com/actualbudget/actual', open)).toBe(true);
    expect(openExternalUrl('http://example.com/배포?q=회고', open)).toBe(true);
    expect(opened).toEqual(['https://github.com/actualbudget/actual', 'http://example.com/%EB%B0%B0%ED%8F%AC?q=%ED%9A%8C%EA%B3%A0']);
  });

  it('refuses every other scheme and anything that is not a URL', () => {
    const { opened, open } = recorder();
    for (const value of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:someone@example.com',
      'data:text/html,<script>alert(1)</script>',
      'pileup://app/index.html',
      'not a url',
      '',
      'https://user:secret@example.com/',
    ]) {
      expect(openExternalUrl(value, open)).toBe(false);
    }
    expect(opened).toEqual([]);
  });

  it('survives an opener that rejects', async () => {
    expect(openExternalUrl('https://example.com', () => Promise.reject(new Error('no browser')))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('decideNavigation', () => {
  it('keeps the window on the app', () => {
    expect(decideNavigation(APP_INDEX_URL)).toBe('allow');
    expect(decideNavigation('pileup://app/index.html#/trash')).toBe('allow');
    expect(decideNavigation('https://example.com/')).toBe('open-externally');
    expect(decideNavigation('file:///home/me/secret.md')).toBe('block');
    expect(decideNavigation('pileup://elsewhere/index.html')).toBe('block');
    expect(decideNavigation('chrome://settings')).toBe('block');
    expect(decideNavigation('garbage')).toBe('block');
  });
});

describe('window.open and permissions', () => {
  it('denies every new window, opening web links externally', () => {
    const { opened, open } = recorder();
    expect(handleWindowOpen({ url: 'https://example.com/a' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: APP_INDEX_URL }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'file:///etc/hosts' }, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/a']);
  });

  it('grants only clipboard writes, only to the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', APP_INDEX_URL)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'fullscreen']) {
      expect(isPermissionAllowed(permission, APP_INDEX_URL)).toBe(false);
    }
  });
});

/** A stand-in web contents: an event emitter plus the window-open hook. */
class FakeContents extends EventEmitter implements GuardedContents {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('installGuards', () => {
  it('blocks navigation away from the app and opens web links once, externally', () => {
    const contents = new FakeContents();
    const { opened, open } = recorder();
    installGuards(contents, open);

    expect(contents.navigate('will-navigate', 'pileup://app/index.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://example.com/docs')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'https://example.com/docs')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(opened).toEqual(['https://example.com/docs']);
  });

  it('refuses webviews and new windows', () => {
    const contents = new FakeContents();
    const { opened, open } = recorder();
    installGuards(contents, open);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/x' } as HandlerDetails)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/x']);
  });
});
