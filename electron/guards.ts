// Security decisions for every web contents, as small functions that take the
// Electron effect (shell.openExternal, the contents) as a parameter, so they
// are unit-tested in plain Node. main.ts only passes the real objects in.
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-url';

/** Longest mailto: link handed to the mail client: an address, a subject and a short body fit well inside. */
export const MAILTO_MAX_LENGTH = 2048;
/** The mailto: fields a link may fill; `attach` and the like have made mail clients send local files. */
const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);
const ADDRESS_FIELDS = new Set(['to', 'cc', 'bcc']);
/** A newline (raw or %0A) would let a link add mail headers; other control characters have no business in a link. */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u;
const MAIL_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/u;

function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function areMailAddresses(decoded: string): boolean {
  return decoded.split(',').every((address) => MAIL_ADDRESS.test(address.trim()));
}

/** A mailto: link that only addresses a message: plain addresses, known fields, no control characters anywhere. */
function isPlainMailto(raw: string, url: URL): boolean {
  // The raw text is checked too: URL parsing silently drops newlines and tabs.
  if (raw.length > MAILTO_MAX_LENGTH || url.href.length > MAILTO_MAX_LENGTH || CONTROL_CHARACTERS.test(raw)) return false;
  if (url.host !== '' || url.hash !== '') return false;
  const recipients = decodeComponent(url.pathname);
  if (recipients === null || CONTROL_CHARACTERS.test(recipients)) return false;
  if (recipients !== '' && !areMailAddresses(recipients)) return false;
  const query = url.search.slice(1);
  if (query === '') return recipients !== '';
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals < 0 ? pair : pair.slice(0, equals))?.toLowerCase();
    const value = decodeComponent(equals < 0 ? '' : pair.slice(equals + 1));
    if (name === undefined || value === null || !MAILTO_FIELDS.has(name) || CONTROL_CHARACTERS.test(value)) return false;
    if (ADDRESS_FIELDS.has(name) && !areMailAddresses(value)) return false;
  }
  return true;
}

/** The URL to hand to the system for a link, or null: http(s) without credentials, or a plain mailto:. */
export function externalLink(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return isPlainMailto(value, url) ? url.href : null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Opens a link in the system browser or mail client only when externalLink allows it; says whether it did. */
export function openExternalUrl(value: string, open: (url: string) => Promise<void> | void): boolean {
  const url = externalLink(value);
  if (url === null) return false;
  void Promise.resolve(open(url)).catch(() => undefined);
  return true;
}

export type NavigationDecision = 'allow' | 'open-externally' | 'block';

/** The window never leaves the app: links go to the system browser or mail client, everything else is refused. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return externalLink(url) === null ? 'block' : 'open-externally';
}

/** New windows are never created; a web or mail link opens in the system browser or mail client instead. */
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
