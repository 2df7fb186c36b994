// Where the app's own pages live. The renderer is served from a privileged
// custom scheme (not file://), so its origin is distinct from the file system
// and a real Content-Security-Policy header can be set on every response.
export const APP_SCHEME = 'pileup';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app's own pages, and nothing else (no file://, no lookalike hosts). */
export function isAppUrl(value: string | undefined | null): boolean {
  if (!value) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** The frame an IPC message came from, as far as main needs to judge it. */
export interface SenderFrame {
  url: string;
  /** Null for a top-level frame. */
  parent: unknown;
}

/** IPC is answered only for the app's own top-level page, never for an iframe or a page that navigated away. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
