// Security decisions for every web contents, as small functions that take the
// Electron effect (shell.openExternal, the contents) as a parameter, so they
// are unit-tested in plain Node. main.ts only passes the real objects in.
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-url';

/** Opens a link in the system browser only when it is http(s); says whether it did. */
export function openExternalUrl(value: string, open: (url: string) => Promise<void> | void): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username !== '' || url.password !== '') return false;
  void Promise.resolve(open(url.href)).catch(() => undefined);
  return true;
}

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

/** The window never leaves the app: links go to the system browser, everything else is refused. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? 'open-externally' : 'block';
  } catch {
    return 'block';
  }
}

/** New windows are never created; an http(s) link opens in the system browser instead. */
export function handleWindowOpen(details: Pick<HandlerDetails, 'url'>, open: (url: string) => Promise<void> | void): WindowOpenHandlerResponse {
  openExternalUrl(details.url, open);
  return { action: 'deny' };
}

/**
 * The app needs only the clipboard (Copy as markdown); camera, microphone,
 * notifications, geolocation, HID and the rest are refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

type NavigationEvent = { preventDefault(): void; url?: string };

/** The part of a web contents the guards touch. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/** Installs the navigation, redirect, new-window and webview guards on one web contents. */
export function installGuards(contents: GuardedContents, open: (url: string) => Promise<void> | void): void {
  // A top-level navigation to a web link becomes "open in the system browser".
  contents.on('will-navigate', (event) => {
    const url = event.url ?? '';
    const decision = decideNavigation(url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openExternalUrl(url, open);
  });
  // Redirects and sub-frame navigations are only ever refused: will-navigate
  // already opened the link once when the user asked for it.
  const refuseForeign = (event: NavigationEvent) => {
    if (decideNavigation(event.url ?? '') !== 'allow') event.preventDefault();
  };
  contents.on('will-redirect', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, open));
}
