// The browser host's security decisions as small pure functions, so each one
// is unit-tested without a socket. The server (server.ts) only wires them up.
import { timingSafeEqual } from 'node:crypto';
import { LIMITS } from '../db/common/contract';

/**
 * Largest request body the API reads. An import carries up to
 * LIMITS.importBytes of markdown, and JSON escaping (\n, \", \\) makes the
 * request somewhat larger than the file, so allow a quarter more.
 */
export const MAX_BODY_BYTES = Math.round(LIMITS.importBytes * 1.25);

/**
 * Bytes of request bodies the host buffers at once, over all requests: two of
 * the largest imports. Without it, a dozen concurrent large bodies each under
 * the per-request limit would still take a gigabyte.
 */
export const MAX_BODY_BYTES_IN_FLIGHT = 2 * MAX_BODY_BYTES;

/** The Content-Security-Policy of every response: only our own scripts, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** The Host header values a request to us may carry; anything else is DNS rebinding or a mistake. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return allowedHosts(port).includes(host.toLowerCase());
}

/** An absent Origin is fine (same-origin GETs and non-browser clients); a present one must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`);
}

/**
 * Fetch metadata: a browser says where a request comes from. Another port on
 * 127.0.0.1 is "same-site" (sites ignore ports), so only "same-origin" (or no
 * metadata: a non-browser client, which still needs the token) reaches the API. Only a top-level
 * navigation may come from elsewhere (someone following a link to the app):
 * it shows the page, whose data comes from the same-origin-only API.
 */
export interface FetchMetadata {
  site?: string;
  mode?: string;
  dest?: string;
}

export function isAllowedFetchSite({ site, mode, dest }: FetchMetadata, isApi: boolean): boolean {
  if (site === undefined || site === 'same-origin' || site === 'none') return true;
  return !isApi && mode === 'navigate' && (dest === undefined || dest === 'document');
}

/** Compares secrets in constant time. */
export function secretsEqual(given: string | null | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The request header that carries the per-run token. The page holds the token
 * in sessionStorage (per origin, so a page on another port never sees it) and
 * sends it on every call; a cookie would go to every port of 127.0.0.1.
 */
export const TOKEN_HEADER = 'x-pileup-token';

/** True when the request carries the run's token in its header (a query string or cookie never counts). */
export function hasToken(headerValue: string | string[] | undefined, token: string): boolean {
  return typeof headerValue === 'string' && secretsEqual(headerValue, token);
}

/**
 * What a path needs before it is served: the app's static files hold no data
 * ("nothing"); a download is addressed by its one-time id, because an
 * <a download> click cannot send headers ("capability"); every other /api/ and
 * /host/ path needs the token ("token").
 */
export type Credential = 'nothing' | 'capability' | 'token';

export const DOWNLOAD_PREFIX = '/host/download/';

export function credentialFor(pathname: string): Credential {
  if (pathname.startsWith(DOWNLOAD_PREFIX)) return 'capability';
  if (pathname.startsWith('/api/') || pathname.startsWith('/host/')) return 'token';
  return 'nothing';
}

/** True when the API body is declared as JSON (a charset parameter is allowed). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
