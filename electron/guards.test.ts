import { EventEmitter } from 'node:events';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from './app-url';
import { decideNavigation, handleWindowOpen, installGuards, isPermissionAllowed, MAILTO_MAX_LENGTH, openExternalUrl, type GuardedContents } from './guards';

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

  it('opens plain mailto: links in the mail client', () => {
    const { opened, open } = recorder();
    for (const value of [
      'mailto:a@b.c',
      'mailto:a@b.c?subject=x',
      'mailto:someone@example.com,other@example.com?cc=third@example.com&subject=Deploy%20notes&body=See%20below',
      'mailto:%EB%B0%B0%ED%8F%AC@example.com?subject=%ED%9A%8C%EA%B3%A0',
      'mailto:?to=a@b.c&subject=x',
    ]) {
      expect(openExternalUrl(value, open), value).toBe(true);
    }
    expect(opened).toEqual([
      'mailto:a@b.c',
      'mailto:a@b.c?subject=x',
      'mailto:someone@example.com,other@example.com?cc=third@example.com&subject=Deploy%20notes&body=See%20below',
      'mailto:%EB%B0%B0%ED%8F%AC@example.com?subject=%ED%9A%8C%EA%B3%A0',
      'mailto:?to=a@b.c&subject=x',
    ]);
  });

  it('takes a mailto: link up to MAILTO_MAX_LENGTH characters', () => {
    const { opened, open } = recorder();
    const prefix = 'mailto:a@b.c?body=';
    const longest = prefix + 'x'.repeat(MAILTO_MAX_LENGTH - prefix.length);
    expect(openExternalUrl(longest, open)).toBe(true);
    expect(openExternalUrl(`${longest}x`, open)).toBe(false);
    expect(opened).toEqual([longest]);
  });

  it('refuses mailto: links with control characters, odd fields or no bounds', () => {
    const { opened, open } = recorder();
    for (const value of [
      'mailto:\njavascript:',
      'mailto:a@b.c\n?subject=x',
      'mailto:a@b.c?subject=x\r\nBcc:evil@example.com',
      'mailto:a@b.c%0a',
      'mailto:a@b.c?subject=x%0ABcc:%20evil@example.com',
      'mailto:a@b.c?body=line%0D%0Aline',
      'mailto:a@b.c?subject=%00',
      'mailto:a@b.c?subject=%E2%80%A8',
      'mailto:a@b.c?subject=%E0%A4%A',
      `mailto:a@b.c?body=${'x'.repeat(10 * 1024)}`,
      `mailto:a@b.c?body=${'x'.repeat(MAILTO_MAX_LENGTH)}`,
      'mailto:a@b.c?attach=/etc/passwd',
      'mailto:a@b.c?attachment=file:///home/me/.ssh/id_rsa',
      'mailto:a@b.c?bcc=not%20an%20address',
      'mailto:not-an-address',
      'mailto:a b@c.d',
      'mailto://evil.example/a@b.c',
      'mailto:a@b.c#fragment',
      'mailto:',
    ]) {
      expect(openExternalUrl(value, open), value).toBe(false);
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
    expect(decideNavigation('mailto:a@b.c?subject=x')).toBe('open-externally');
    expect(decideNavigation('mailto:a@b.c?subject=x%0Abcc:e@f.g')).toBe('block');
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
    // Markdown links to mailto: open in a new window (target=_blank), so they arrive here.
    expect(handleWindowOpen({ url: 'mailto:a@b.c' }, open)).toEqual({ action: 'deny' });
    expect(handleWindowOpen({ url: 'mailto:a@b.c?subject=%0A' }, open)).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/a', 'mailto:a@b.c']);
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
