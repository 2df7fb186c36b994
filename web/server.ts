// The browser host: serves the built renderer and the contract over HTTP on
// 127.0.0.1 only; the contract needs a per-run token in a request header. Started by web.ts (the command) and
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
import { publishToRememberedTarget, rememberTarget } from '../db/publish/host-calls';
import { startRunner, type CoreRunner, type CoreStatus } from '../db/runner/runner';
import { isStoredImage, SERVABLE_IMAGE_TYPES } from '../db/common/images';
import { createDownloads, DOWNLOAD_KEEP_MS, type Downloads } from './downloads';
import { createBodyBudget, readBody, type BodyRead } from './request-body';
import {
  credentialFor,
  DOWNLOAD_PREFIX,
  hasToken,
  isAllowedFetchSite,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  MAX_BODY_BYTES,
  MAX_BODY_BYTES_IN_FLIGHT,
  secretsEqual,
  SECURITY_HEADERS,
  TOKEN_HEADER,
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
  /** Limit on the bytes of all request bodies being read at once; tests lower it. */
  maxBodyBytesInFlight?: number;
  /** How long an export stays downloadable after it is offered; tests lower it. */
  downloadKeepMs?: number;
  /** Told when the journal core restarts a thread (it prints this in `npm run web`). */
  onCoreStatus?: (status: CoreStatus) => void;
}

export interface WebHost {
  /** Open this: it carries the token, which the page keeps and then drops from the address bar. */
  url: string;
  /** The app's address without the token. */
  baseUrl: string;
  /** The per-run token API calls send in the x-pileup-token header. */
  token: string;
  port: number;
  /** The journal core this host serves (the same runner the desktop app uses). */
  core: CoreRunner;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
/** Host-only calls: an export streamed to a file the browser then downloads. */
const EXPORT_PATH = '/host/export';
const CANCEL_PATH = '/host/cancel';
/**
 * Publishing to a git repository: the browser has no folder dialog, so the
 * folder is typed into the page and remembered through this host-only route
 * (token and Origin checked like every /host/ call); a publish then always
 * goes to the remembered folder, never to a path in its request.
 */
const PUBLISH_TARGET_PATH = '/host/publish-target';
const PUBLISH_PATH = '/host/publish';
/** A publish or target request is a few small fields. */
const PUBLISH_BODY_BYTES = 8 * 1024;
/** Gives the page (which has the token) the run's key for loading stored images. */
const IMAGE_KEY_PATH = '/host/image-key';
/** Stored images: GET /image/<sha256>?k=<image key>. */
const IMAGE_PREFIX = '/image/';
const IMAGE_PATH_RE = /^\/image\/([0-9a-f]{64})$/;
/** The query parameter that carries the image key: an <img> cannot send the token header. */
const IMAGE_KEY_PARAM = 'k';
/** The fields of an export request the page may set (the core checks their values). */
const EXPORT_REQUEST_KEYS: readonly string[] = ['filter', 'format', 'lang', 'includePrivate'];
/** The page's id for a call it follows, so that it can cancel it. */
const CALL_HEADER = 'x-pileup-call';
/** A reply that streams progress lines before its envelope (the renderer asks for it on long calls). */
const NDJSON = 'application/x-ndjson';
/** An export request carries only a filter. */
const EXPORT_BODY_BYTES = 64 * 1024;

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

/** Why a call without the token is refused, worded for the person who sees it in the app's banner. */
const NEEDS_TOKEN_MESSAGE =
  'This page has no access to the journal. Open the address that `npm run web` printed (it ends with ?token=…); every run has a new one.';

const BUSY_MESSAGE = 'The host is busy reading other large requests; try again in a moment.';

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
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const bodyBudget = createBodyBudget(options.maxBodyBytesInFlight ?? MAX_BODY_BYTES_IN_FLIGHT);
  const core = await startRunner({ file: options.dbFile, ...(options.onCoreStatus ? { onStatus: options.onCoreStatus } : {}) });
  const downloads: Downloads = createDownloads(
    path.join(os.tmpdir(), `pileup-web-${process.pid}-${newSecret().slice(0, 8)}`),
    options.downloadKeepMs ?? DOWNLOAD_KEEP_MS,
  );

  /** Answers a body that could not be read; true when it did (the caller stops). */
  function refuseBody(res: http.ServerResponse, read: BodyRead, tooLarge: ErrorBody): read is Exclude<BodyRead, { kind: 'body' }> {
    if (read.kind === 'too_large') sendApiError(res, 413, tooLarge, { connection: 'close' });
    else if (read.kind === 'busy') sendApiError(res, 503, { code: 'internal', message: BUSY_MESSAGE }, { connection: 'close', 'retry-after': '1' });
    else if (read.kind === 'gone') res.destroy();
    return read.kind !== 'body';
  }
  // A capability for <img> loads only, apart from the token: it reads images and nothing else, so an image
  // address copied out of the page gives no access to the journal. Per run, like the token.
  const imageKey = newSecret();
  let port = options.port ?? 0;
  /** Calls the page follows, by the id it gave them. */
  const followedCalls = new Map<string, AbortController>();

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
    const read = await readBody(req, maxBodyBytes, bodyBudget);
    if (refuseBody(res, read, tooLarge)) return;
    const body = read.body;
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
    // A call the page follows can be cancelled by its id (POST /host/cancel); the reply then still says what happened.
    const callId = req.headers[CALL_HEADER];
    const followed = typeof callId === 'string' && /^[\w-]{1,40}$/.test(callId) ? callId : null;
    if (followed) followedCalls.set(followed, controller);
    res.on('close', () => {
      if (followed && followedCalls.get(followed) === controller) followedCalls.delete(followed);
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

  /** Cancels a followed call (an import: it then leaves nothing behind, and its own reply says so). */
  async function handleCancel(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const read = req.method === 'POST' ? await readBody(req, 1024, bodyBudget) : null;
    if (read && refuseBody(res, read, { code: 'too_large', message: 'A cancel request is a small JSON body.' })) return;
    let id: unknown = null;
    try {
      const parsed: unknown = read ? JSON.parse(utf8.decode(read.body)) : null;
      id = typeof parsed === 'object' && parsed !== null && 'id' in parsed ? parsed.id : null;
    } catch {
      id = null;
    }
    if (typeof id !== 'string') {
      sendApiError(res, 400, { code: 'invalid_input', message: 'POST a JSON body: {"id": "<call id>"}.' });
      return;
    }
    followedCalls.get(id)?.abort();
    sendEnvelope(res, 200, { ok: true, value: null });
  }

  async function handleExport(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let input: unknown = null;
    if (req.method === 'POST' && isJsonContentType(req.headers['content-type'])) {
      const read = await readBody(req, EXPORT_BODY_BYTES, bodyBudget);
      if (refuseBody(res, read, { code: 'too_large', message: `The export request is too large (the limit is ${formatBytes(EXPORT_BODY_BYTES)}).` })) return;
      try {
        input = read.body.length === 0 ? {} : JSON.parse(utf8.decode(read.body));
      } catch {
        input = null;
      }
    }
    if (typeof input !== 'object' || input === null) {
      sendApiError(res, 400, { code: 'invalid_input', message: 'POST a JSON body: {"filter": {…}}.' });
      return;
    }
    // What to export comes from the page; where to write it, never: the host picks the file.
    const request: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) if (EXPORT_REQUEST_KEYS.includes(key)) request[key] = value;
    await callCore(req, res, async (options) => {
      const file = downloads.reserve();
      let envelope: Envelope<unknown>;
      try {
        envelope = await core.call('exportMarkdownFile', { ...request, path: file.path }, options);
      } catch (error) {
        file.discard();
        throw error;
      }
      if (!envelope.ok) {
        file.discard();
        return utf8Encoder.encode(JSON.stringify(envelope));
      }
      const download = `${DOWNLOAD_PREFIX.slice(1)}${file.offer()}`;
      const value = typeof envelope.value === 'object' && envelope.value !== null ? { ...envelope.value, download } : { download };
      return utf8Encoder.encode(JSON.stringify({ ok: true, value }));
    });
  }

  /** A small JSON object body, or null after answering why not. */
  async function readSmallJson(req: http.IncomingMessage, res: http.ServerResponse, limit: number, example: string): Promise<object | null> {
    let input: unknown = null;
    if (req.method === 'POST' && isJsonContentType(req.headers['content-type'])) {
      const read = await readBody(req, limit, bodyBudget);
      if (refuseBody(res, read, { code: 'too_large', message: `The request is too large (the limit is ${formatBytes(limit)}).` })) return null;
      try {
        input = read.body.length === 0 ? {} : JSON.parse(utf8.decode(read.body));
      } catch {
        input = null;
      }
    } else req.resume();
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      sendApiError(res, 400, { code: 'invalid_input', message: `POST a JSON body: ${example}.` });
      return null;
    }
    return input;
  }

  /** Remembers the folder the user typed (an absolute path; ~ is the home folder); the core checks it. */
  async function handlePublishTarget(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const input = await readSmallJson(req, res, PUBLISH_BODY_BYTES, '{"typedDir": "/path/to/clone", "by": "day", "push": false}');
    if (!input) return;
    const typed = 'typedDir' in input && typeof input.typedDir === 'string' ? input.typedDir.trim() : '';
    if (!typed) {
      sendApiError(res, 400, { code: 'invalid_input', message: 'Type the folder of a clone of the team\'s git repository.' });
      return;
    }
    const dir = typed === '~' || typed.startsWith('~/') ? path.join(os.homedir(), typed.slice(1)) : typed;
    sendEnvelope(res, 200, await rememberTarget(core, dir, input));
  }

  async function handlePublish(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const input = await readSmallJson(req, res, PUBLISH_BODY_BYTES, '{"by": "day", "push": false, "lang": "en", "includePrivate": false}');
    if (!input) return;
    await callCore(req, res, async (options) => utf8Encoder.encode(JSON.stringify(await publishToRememberedTarget(core, input, options))));
  }

  /** A stored image, read-only; the id must be 64 hex digits and the request must carry the run's image key. */
  async function handleImage(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    if (!secretsEqual(url.searchParams.get(IMAGE_KEY_PARAM), imageKey)) {
      sendText(res, 401, 'This image address has no valid key; images load from inside the app.');
      return;
    }
    const id = IMAGE_PATH_RE.exec(url.pathname)?.[1];
    const reply = id ? await core.call('readImage', { id }) : null;
    const image = reply?.ok && isStoredImage(reply.value) && SERVABLE_IMAGE_TYPES.includes(reply.value.mime) ? reply.value : null;
    if (!image) {
      sendText(res, 404, 'Not found');
      return;
    }
    // Content-addressed: the bytes under an id never change, so the page may keep them.
    const headers = { 'content-type': image.mime, 'content-length': String(image.bytes.byteLength), 'cache-control': 'private, max-age=31536000, immutable' };
    send(res, 200, headers, req.method === 'HEAD' ? '' : image.bytes);
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
    const credential = credentialFor(url.pathname);
    const isImage = url.pathname.startsWith(IMAGE_PREFIX);
    // /host/ calls are API calls too: JSON answers, and never from another site. Images load only into our own page.
    const isApi = credential !== 'nothing' || isImage;
    const header = (name: string): string | undefined => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const fetchMetadata = { site: header('sec-fetch-site'), mode: header('sec-fetch-mode'), dest: header('sec-fetch-dest') };
    if (
      !isAllowedOrigin(header('origin'), port) ||
      !isAllowedFetchSite(fetchMetadata, isApi)
    ) {
      req.resume();
      if (isApi && !isImage) sendApiError(res, 403, { code: 'invalid_input', message: 'Requests from other sites are refused.' });
      else sendText(res, 403, 'Forbidden: requests from other sites are refused.');
      return;
    }

    // Only the header counts: cookies reach every port of 127.0.0.1, and a
    // token in the address would end up in the history.
    if (credential === 'token' && !hasToken(req.headers[TOKEN_HEADER], token)) {
      req.resume();
      sendApiError(res, 401, { code: 'invalid_input', message: NEEDS_TOKEN_MESSAGE });
      return;
    }

    if (url.pathname.startsWith(API_PREFIX)) await handleApi(req, res, safeDecode(url.pathname.slice(API_PREFIX.length)));
    else if (url.pathname === EXPORT_PATH) await handleExport(req, res);
    else if (url.pathname === CANCEL_PATH) await handleCancel(req, res);
    else if (url.pathname === PUBLISH_TARGET_PATH) await handlePublishTarget(req, res);
    else if (url.pathname === PUBLISH_PATH) await handlePublish(req, res);
    else if (url.pathname === IMAGE_KEY_PATH) sendEnvelope(res, 200, { ok: true, value: { key: imageKey, param: IMAGE_KEY_PARAM } });
    else if (isImage) await handleImage(req, res, url);
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
