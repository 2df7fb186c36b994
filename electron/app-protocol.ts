// Serves the built renderer on pileup://app/ with the same security headers as
// the browser host, and the journal's stored images on pileup://app/image/<id>. A custom scheme instead of file:// keeps the page from
// reading other local files and lets main set a real CSP header.
import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { SERVABLE_IMAGE_TYPES } from '../db/common/images';
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

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });

/** Stored images are served read-only under pileup://app/image/<sha256> (the renderer rewrites pileup-image: references to it). */
export const IMAGE_PATH_PREFIX = '/image/';
const IMAGE_PATH_RE = /^\/image\/([0-9a-f]{64})$/;

/** Reads a stored image from the journal core (the runner's readImage). */
export type ReadImage = (id: string) => Promise<{ mime: string; bytes: Uint8Array } | null>;

/** The answer to one request for pileup://app/…: a file of the renderer, or an error status. */
export function appResponse(distDir: string, request: { url: string; method: string }): Response {
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

/**
 * The answer to a request for a stored image, pileup://app/image/<id>, or null
 * when the request is for something else (a file of the renderer). The id must
 * be 64 hex digits; nothing is ever written through this path.
 */
export async function imageResponse(readImage: ReadImage, request: { url: string; method: string }): Promise<Response | null> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || !url.pathname.startsWith(IMAGE_PATH_PREFIX)) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  const id = IMAGE_PATH_RE.exec(url.pathname)?.[1];
  if (!id) return plain(404, 'Not found');
  const image = await readImage(id).catch(() => null);
  if (!image || !SERVABLE_IMAGE_TYPES.includes(image.mime)) return plain(404, 'Not found');
  // Content-addressed: the bytes under an id never change, so the page may keep them.
  const headers = { ...BASE_HEADERS, 'content-type': image.mime, 'content-length': String(image.bytes.byteLength), 'cache-control': 'private, max-age=31536000, immutable' };
  // A copy in a buffer of its own: Response takes only an ArrayBuffer-backed view.
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(image.bytes), { status: 200, headers });
}

export function registerAppProtocol(
  protocol: { handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void },
  distDir: string,
  readImage?: ReadImage,
): void {
  protocol.handle(APP_SCHEME, async (request) => (readImage ? await imageResponse(readImage, request) : null) ?? appResponse(distDir, request));
}

