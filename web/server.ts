// The browser host: serves the built renderer and the contract over HTTP on
// 127.0.0.1 only, behind a per-run secret. Started by web.ts (the command) and
// in-process by tests and the Playwright fixtures.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isUiMethodName } from '../db/common/contract';
import type { ErrorBody, Envelope } from '../db/common/errors';
import type { JobProgress } from '../db/common/model';
import { startRunner, type CoreRunner, type CoreStatus } from '../db/runner/runner';
import { createDownloads, type Downloads } from './downloads';
import {
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  MAX_BODY_BYTES,
  parseCookies,
  secretsEqual,
  SECURITY_HEADERS,
  sessionCookie,
  sessionCookieName,
} from './security';
import { contentTypeOf, resolveStaticFile } from './static-files';

export interface WebHostOptions {
  dbFile: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (dist-renderer). */
  distDir: string;
  /** Fixes the secret (scripted runs); random otherwise. */
  token?: string;
  /** Request body limit in bytes; tests lower it. */
  maxBodyBytes?: number;
  /** Told when the journal core restarts a thread (it prints this in `npm run web`). */
  onCoreStatus?: (status: CoreStatus) => void;
}

export interface WebHost {
  /** Open this: it carries the secret. */
  url: string;
  /** The app's address without the secret. */
  baseUrl: string;
  token: string;
  port: number;
  /** The journal core this host serves (the same runner the desktop app uses). */
  core: CoreRunner;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
/** Host-only calls: an export streamed to a file the browser then downloads. */
const EXPORT_PATH = '/host/export';
const DOWNLOAD_PREFIX = '/host/download/';
/** A reply that streams progress lines before its envelope (the renderer asks for it on long calls). */
const NDJSON = 'application/x-ndjson';

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function send(res: http.ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array = ''): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  send(res, status, { 'content-type': 'text/plain; charset=utf-8' }, text + '\n');
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope<unknown>, extra: Record<string, string> = {}): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8', ...extra }, JSON.stringify(envelope));
}

function sendApiError(res: http.ServerResponse, status: number, error: ErrorBody, extra: Record<string, string> = {}): void {
  sendEnvelope(res, status, { ok: false, error }, extra);
}

const NEEDS_SECRET_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pileup</title></head>
<body><h1>Pileup needs its secret</h1>
<p>Open the address that <code>npm run web</code> printed: it ends with <code>?token=…</code>.
Every run has a new secret, so an address from an earlier run no longer works.</p></body></html>
`;

/** Reads a request body up to `limit` bytes; null when it was larger (the rest is drained). */
function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return component;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();
/** Request bodies up to this size are checked on the host's thread (a few milliseconds); larger ones only on the core's. */
const PARSE_HERE_MAX_BYTES = 256 * 1024;

function isJsonText(body: Buffer): boolean {
  if (body.length === 0) return true;
  try {
    JSON.parse(utf8.decode(body));
    return true;
  } catch {
    return false;
  }
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newSecret();
  const session = newSecret();
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const core = await startRunner({ file: options.dbFile, ...(options.onCoreStatus ? { onStatus: options.onCoreStatus } : {}) });
  const downloads: Downloads = createDownloads(path.join(os.tmpdir(), `pileup-web-${process.pid}-${newSecret().slice(0, 8)}`));
  let port = options.port ?? 0;

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') {
      sendApiError(res, 405, { code: 'invalid_input', message: 'The API takes POST requests only.' }, { allow: 'POST' });
      return;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendApiError(res, 415, { code: 'invalid_input', message: 'The API takes a JSON body (content-type: application/json).' });
      return;
    }
    const tooLarge: ErrorBody = {
      code: 'too_large',
      message: `The request is too large (the limit is ${formatBytes(maxBodyBytes)}).`,
    };
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) {
      req.resume();
      sendApiError(res, 413, tooLarge, { connection: 'close' });
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === null) {
      sendApiError(res, 413, tooLarge, { connection: 'close' });
      return;
    }
    if (!isUiMethodName(method)) {
      sendApiError(res, 404, { code: 'invalid_input', message: `Unknown method: ${method.slice(0, 100)}` });
      return;
    }
    // A small body is checked here so a malformed one gets a 400; a big one (an import) is parsed only on the core's thread.
    if (body.length <= PARSE_HERE_MAX_BYTES && !isJsonText(body)) {
      sendApiError(res, 400, { code: 'invalid_input', message: 'The request body is not valid JSON in UTF-8.' });
      return;
    }
    // The reply is written on the core's thread too: an export of everything is tens of megabytes of JSON.
    await callCore(req, res, (options) => core.callJson(method, body, options));
  }

  /**
   * Runs a core call for a request. A client that accepts NDJSON gets the
   * call's progress as lines before the envelope; a client that goes away
   * cancels the call (an import then leaves nothing behind).
   */
  async function callCore(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    run: (options: { onProgress?: (progress: JobProgress) => void; signal: AbortSignal }) => Promise<Uint8Array>,
  ): Promise<void> {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    if (!(req.headers.accept ?? '').includes(NDJSON)) {
      const json = await run({ signal: controller.signal });
      send(res, 200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(json.byteLength) }, json);
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': `${NDJSON}; charset=utf-8` });
    const json = await run({ signal: controller.signal, onProgress: (progress) => res.write(JSON.stringify({ progress }) + '\n') });
    // The envelope's JSON as the core wrote it, never parsed or copied into a string here.
    res.write('{"envelope":');
    res.write(json);
    res.end('}\n');
  }

  async function handleExport(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = req.method === 'POST' && isJsonContentType(req.headers['content-type']) ? await readBody(req, 64 * 1024) : null;
    let input: unknown;
    try {
      input = body === null ? null : body.length === 0 ? {} : JSON.parse(utf8.decode(body));
    } catch {
      input = null;
    }
    if (typeof input !== 'object' || input === null) {
      sendApiError(res, 400, { code: 'invalid_input', message: 'POST a JSON body: {"filter": {…}}.' });
      return;
    }
    const filter = 'filter' in input ? input.filter : {};
    await callCore(req, res, async (options) => {
      const file = downloads.reserve();
      const envelope = await core.call('exportMarkdownFile', { filter, path: file.path }, options);
      if (!envelope.ok) {
        file.discard();
        return utf8Encoder.encode(JSON.stringify(envelope));
      }
      const download = `${DOWNLOAD_PREFIX.slice(1)}${file.id}`;
      const value = typeof envelope.value === 'object' && envelope.value !== null ? { ...envelope.value, download } : { download };
      return utf8Encoder.encode(JSON.stringify({ ok: true, value }));
    });
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    if (!fs.existsSync(options.distDir)) {
      sendText(res, 503, `The renderer is not built (${options.distDir} is missing). Run \`npm run build\`.`);
      return;
    }
    const file = resolveStaticFile(options.distDir, pathname);
    if (!file) {
      sendText(res, 404, 'Not found');
      return;
    }
    const content = fs.readFileSync(file);
    send(res, 200, { 'content-type': contentTypeOf(file), 'content-length': String(content.length) }, req.method === 'HEAD' ? '' : content);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) {
      sendText(res, 403, 'Forbidden: this host answers only to 127.0.0.1 and localhost.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    // /host/ calls are API calls too: JSON answers, and never from another site.
    const isApi = url.pathname.startsWith(API_PREFIX) || url.pathname.startsWith('/host/');
    const header = (name: string): string | undefined => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const fetchMetadata = { site: header('sec-fetch-site'), mode: header('sec-fetch-mode'), dest: header('sec-fetch-dest') };
    if (
      !isAllowedOrigin(header('origin'), port) ||
      !isAllowedFetchSite(fetchMetadata, isApi)
    ) {
      if (isApi) sendApiError(res, 403, { code: 'invalid_input', message: 'Requests from other sites are refused.' });
      else sendText(res, 403, 'Forbidden: requests from other sites are refused.');
      return;
    }

    const givenToken = url.searchParams.get('token');
    if (givenToken !== null && !isApi && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!secretsEqual(givenToken, token)) {
        send(res, 403, { 'content-type': 'text/html; charset=utf-8' }, NEEDS_SECRET_PAGE);
        return;
      }
      // Trade the secret for an HttpOnly cookie and drop it from the address bar.
      url.searchParams.delete('token');
      send(res, 303, { location: url.pathname + url.search, 'set-cookie': sessionCookie(port, session) });
      return;
    }

    const cookie = parseCookies(req.headers.cookie).get(sessionCookieName(port));
    if (!secretsEqual(cookie, session)) {
      if (isApi) {
        req.resume();
        sendApiError(res, 401, { code: 'invalid_input', message: 'Not signed in: open the address that `npm run web` printed.' });
      } else {
        send(res, 401, { 'content-type': 'text/html; charset=utf-8' }, NEEDS_SECRET_PAGE);
      }
      return;
    }

    if (url.pathname.startsWith(API_PREFIX)) await handleApi(req, res, safeDecode(url.pathname.slice(API_PREFIX.length)));
    else if (url.pathname === EXPORT_PATH) await handleExport(req, res);
    else if (url.pathname.startsWith(DOWNLOAD_PREFIX)) downloads.send(req, res, url.pathname.slice(DOWNLOAD_PREFIX.length), url.searchParams.get('name'));
    else handleStatic(req, res, url.pathname);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (process.env.PILEUP_DEBUG) console.error(error);
      if (!res.headersSent) sendApiError(res, 500, { code: 'internal', message: 'Something went wrong inside the Pileup host.' });
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await core.close();
    downloads.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new Error(`Port ${port} is already in use; pick another with --port N (0 picks a free one).`);
    if (code === 'EACCES') throw new Error(`Not allowed to listen on port ${port}; pick a port above 1024 with --port N.`);
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}/`;

  return {
    url: `${baseUrl}?token=${encodeURIComponent(token)}`,
    baseUrl,
    token,
    port,
    core,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await core.close();
      downloads.close();
    },
  };
}
