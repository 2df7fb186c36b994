// The renderer's only way to the journal: a typed client derived from the
// contract, over whatever bridge the host provides (Electron preload or HTTP).
import type { ExportFileRequest, FollowedCall, HostBridge, PublishRequest, PublishTargetRequest } from '../../db/common/bridge';
import type { CallOptions, PileupApi } from '../../db/common/contract';
import type { Envelope, ErrorCode } from '../../db/common/errors';
import type { JobProgress } from '../../db/common/model';
import type { PublishResult, PublishTarget } from '../../db/common/publish';

declare global {
  interface Window {
    pileupHost?: HostBridge;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode | 'network';
  constructor(code: ErrorCode | 'network', message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const UNREACHABLE: Envelope<never> = { ok: false, error: { code: 'internal', message: 'Cannot reach the Pileup host. Is it still running?' } };
const NDJSON = 'application/x-ndjson';

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

function isProgress(value: unknown): value is JobProgress {
  return typeof value === 'object' && value !== null && 'done' in value && 'total' in value && 'phase' in value;
}

/**
 * Reads a reply: a followed call asks for NDJSON, progress lines and then
 * `{"envelope": …}`; other calls get the envelope as plain JSON.
 */
async function readReply(response: Response, onProgress: ((progress: JobProgress) => void) | undefined): Promise<Envelope<unknown>> {
  const broken: Envelope<never> = { ok: false, error: { code: 'internal', message: `The host answered ${response.status} without a result.` } };
  if (!(response.headers.get('content-type') ?? '').startsWith(NDJSON) || !response.body) {
    const value: unknown = await response.json().catch(() => null);
    return isEnvelope(value) ? value : broken;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line: unknown = JSON.parse(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      if (typeof line !== 'object' || line === null) continue;
      if ('envelope' in line && isEnvelope(line.envelope)) return line.envelope;
      if ('progress' in line && isProgress(line.progress)) onProgress?.(line.progress);
    }
    if (done) return broken;
  }
}

/** Where the page keeps the host's token: per origin and per tab, so a page on another port never sees it. */
const TOKEN_KEY = 'pileup-token';

/**
 * The browser host's per-run token: taken from the address `npm run web`
 * printed (?token=…), kept in sessionStorage so a reload still has it, and
 * removed from the address bar (the hash, which holds the route, stays).
 */
function takeHostToken(): string | null {
  const address = new URL(window.location.href);
  const given = address.searchParams.get('token');
  let stored: string | null = null;
  try {
    if (given !== null) window.sessionStorage.setItem(TOKEN_KEY, given);
    stored = window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage refused (a locked-down profile): the token then lives in this page only.
  }
  if (given !== null) {
    address.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', address.pathname + address.search + address.hash);
  }
  return given ?? stored;
}

/** The browser host: the same contract over same-origin HTTP, authorised by the token header. */
function webBridge(): HostBridge {
  const token = takeHostToken();
  webToken = token;
  // Followed calls carry an id the host can cancel them by; this page's prefix keeps two tabs apart.
  const page = Math.random().toString(36).slice(2, 10);
  const callHeader = (call: FollowedCall): string => `${page}-${call.id}`;
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    'content-type': 'application/json',
    ...(token !== null ? { 'x-pileup-token': token } : {}),
    ...extra,
  });
  const post = async (path: string, body: unknown, call: FollowedCall | undefined): Promise<Envelope<unknown>> => {
    try {
      const response = await fetch(path, {
        method: 'POST',
        headers: headers(call ? { accept: `${NDJSON}, application/json`, 'x-pileup-call': callHeader(call) } : {}),
        // The token is the credential; the host sets no cookies.
        credentials: 'omit',
        body: JSON.stringify(body ?? {}),
      });
      return await readReply(response, call?.onProgress);
    } catch {
      return UNREACHABLE;
    }
  };
  return {
    kind: 'web',
    invoke: (method, input, call) => post(`api/${encodeURIComponent(method)}`, input, call),
    // The call's own reply then says what happened (cancelled, or done if it was too late to stop).
    cancel: (callId) =>
      void fetch('host/cancel', {
        method: 'POST',
        headers: headers(),
        credentials: 'omit',
        body: JSON.stringify({ id: callHeader({ id: callId }) }),
      }).catch(() => undefined),
    // The browser has no folder dialog: the typed folder goes to the host's own route, which remembers it.
    choosePublishTarget: (request) => post('host/publish-target', request, undefined) as Promise<Envelope<PublishTarget | null>>,
    publish: (request, call) => post('host/publish', request, call) as Promise<Envelope<PublishResult>>,
    async exportFile(request, suggestedName, call) {
      const reply = await post('host/export', request, call);
      if (!reply.ok) return reply;
      const value = reply.value;
      const download = typeof value === 'object' && value !== null && 'download' in value && typeof value.download === 'string' ? value.download : null;
      const count = typeof value === 'object' && value !== null && 'count' in value && typeof value.count === 'number' ? value.count : 0;
      if (!download) return { ok: false, error: { code: 'internal', message: 'The host did not offer the export for download.' } };
      const link = document.createElement('a');
      link.href = `${download}?name=${encodeURIComponent(suggestedName)}`;
      link.download = suggestedName;
      link.style.display = 'none';
      document.body.append(link);
      link.click();
      link.remove();
      return { ok: true, value: { savedTo: suggestedName, count, native: false } };
    },
  };
}

/** The browser host's token, for the one call that is not a contract call (the image key). */
let webToken: string | null = null;

export const bridge: HostBridge = window.pileupHost ?? webBridge();

/** How the page addresses a stored image (an <img> cannot send the token header). */
export type ImageAddress = (id: string) => string;

let imageAddress: Promise<ImageAddress | null> | null = null;

/**
 * Where stored images load from: the desktop's own protocol (pileup://app/image/<id>),
 * or the browser host's /image/<id> with the run's image key, asked for once with the token.
 * Null when the host cannot be reached (asked again next time).
 */
export function loadImageAddress(): Promise<ImageAddress | null> {
  if (bridge.kind === 'electron') return Promise.resolve((id) => `image/${id}`);
  imageAddress ??= fetch('host/image-key', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(webToken !== null ? { 'x-pileup-token': webToken } : {}) },
    credentials: 'omit',
    body: '{}',
  })
    .then((response) => response.json())
    .then((reply: unknown): ImageAddress | null => {
      const value = isEnvelope(reply) && reply.ok ? reply.value : null;
      if (typeof value !== 'object' || value === null || !('key' in value) || typeof value.key !== 'string') return null;
      const key = encodeURIComponent(value.key);
      return (id) => `image/${id}?k=${key}`;
    })
    .catch(() => null)
    .then((address) => {
      if (!address) imageAddress = null;
      return address;
    });
  return imageAddress;
}

let nextCallId = 1;

/** Runs a bridge call, following it when the caller asked for progress or may cancel. */
export async function follow<T>(options: CallOptions | undefined, send: (call: FollowedCall | undefined) => Promise<Envelope<T>>): Promise<T> {
  const follows = options?.onProgress !== undefined || options?.signal !== undefined;
  const call: FollowedCall | undefined = follows ? { id: nextCallId++, ...(options?.onProgress ? { onProgress: options.onProgress } : {}) } : undefined;
  const cancel = (): void => {
    if (call) bridge.cancel(call.id);
  };
  options?.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const envelope = await send(call);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.value;
  } finally {
    options?.signal?.removeEventListener('abort', cancel);
  }
}

/** Every contract method the renderer may call, as `api.method(input, { onProgress, signal })`. */
export const api = new Proxy({} as PileupApi, {
  get(_target, method: string) {
    return (input: unknown, options?: CallOptions) => follow(options, (call) => bridge.invoke(method, input, call));
  },
});

/** Exports to a file (save dialog on the desktop, a download in the browser); null when the user cancelled. */
export function exportFile(request: ExportFileRequest, suggestedName: string, options?: CallOptions): Promise<{ savedTo: string; count: number; native: boolean } | null> {
  return follow(options, (call) => bridge.exportFile(request, suggestedName, call));
}

/** True when this host can publish to a git repository. */
export const canPublish = (): boolean => bridge.publish !== undefined && bridge.choosePublishTarget !== undefined;

const CANNOT_PUBLISH: Envelope<never> = { ok: false, error: { code: 'internal', message: 'This host cannot publish to a git repository.' } };

/** Sets the publish folder (the desktop's folder dialog, or the path typed in the browser); null when the dialog was cancelled. */
export function choosePublishTarget(request: PublishTargetRequest): Promise<PublishTarget | null> {
  return follow(undefined, () => bridge.choosePublishTarget?.(request) ?? Promise.resolve(CANNOT_PUBLISH));
}

/** Publishes to the remembered folder, with progress and cancel. */
export function publishJournal(request: PublishRequest, options?: CallOptions): Promise<PublishResult> {
  return follow(options, (call) => bridge.publish?.(request, call) ?? Promise.resolve(CANNOT_PUBLISH));
}
