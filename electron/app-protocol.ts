// Serves the built renderer on pileup://app/ with the same security headers as
// the browser host. A custom scheme instead of file:// keeps the page from
// reading other local files and lets main set a real CSP header.
import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../web/security';
import { contentTypeOf, resolveStaticFile } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  // standard + secure: a normal origin for module scripts and localStorage (drafts), treated like https.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

// electronegativity: CSP_GLOBAL_CHECK — the policy is a real HTTP header on every pileup://app response (below), which the scanner only looks for in onHeadersReceived or meta tags; app-protocol.test.ts checks it is there.
const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The answer to one request for pileup://app/…: a file of the renderer, or an error status. */
export function appResponse(distDir: string, request: { url: string; method: string }): Response {
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const file = resolveStaticFile(distDir, url.pathname);
  if (!file) return plain(404, 'Not found');
  const body = request.method === 'HEAD' ? null : fs.readFileSync(file);
  return new Response(body, { status: 200, headers: { ...BASE_HEADERS, 'content-type': contentTypeOf(file) } });
}

export function registerAppProtocol(protocol: { handle(scheme: string, handler: (request: Request) => Response): void }, distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(distDir, request));
}
