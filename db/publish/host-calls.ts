// What a host does when the renderer asks to publish: the folder is always the
// remembered target (chosen in the desktop's folder dialog, or typed into the
// browser host's own route), never a path in the page's request; the page
// sets only by day/week, push, language, private entries and force.
import type { CallOptions } from '../common/contract';
import type { Envelope } from '../common/errors';
import { PUBLISH_BY, type PublishTarget } from '../common/publish';

/** What these calls need of the journal core (the runner, or IPC's CoreCalls). */
export interface PublishCore {
  call(method: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
}

/** The fields of a publish request the page may set (the core checks their values). */
export const PUBLISH_REQUEST_KEYS: readonly string[] = ['by', 'push', 'lang', 'includePrivate', 'force'];

export const NO_PUBLISH_TARGET = 'Choose the folder to publish into first: a clone of the team\'s git repository or wiki.';

function isPublishTarget(value: unknown): value is PublishTarget {
  return (
    typeof value === 'object' &&
    value !== null &&
    'dir' in value &&
    typeof value.dir === 'string' &&
    'by' in value &&
    PUBLISH_BY.some((b) => b === value.by) &&
    'push' in value &&
    typeof value.push === 'boolean'
  );
}

/** Only the keys the page may set. */
export function pageRequest(input: unknown, keys: readonly string[] = PUBLISH_REQUEST_KEYS): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null) return request;
  for (const [key, value] of Object.entries(input)) if (keys.includes(key)) request[key] = value;
  return request;
}

/** Publishes to the remembered target, remembering the page's by/push choice with it. */
export async function publishToRememberedTarget(core: PublishCore, input: unknown, options: CallOptions = {}): Promise<Envelope<unknown>> {
  const remembered = await core.call('getPublishTarget', {});
  if (!remembered.ok) return remembered;
  if (!isPublishTarget(remembered.value)) return { ok: false, error: { code: 'not_found', message: NO_PUBLISH_TARGET } };
  const request = pageRequest(input);
  const target = { dir: remembered.value.dir, by: request.by ?? remembered.value.by, push: request.push ?? remembered.value.push };
  const saved = await core.call('savePublishTarget', target);
  if (!saved.ok) return saved;
  return core.call('publishJournal', { ...request, ...target }, options);
}

/** Remembers a target whose folder the host obtained (the desktop's dialog; the browser host's typed path). */
export function rememberTarget(core: PublishCore, dir: string, input: unknown): Promise<Envelope<unknown>> {
  const request = pageRequest(input, ['by', 'push']);
  return core.call('savePublishTarget', { by: 'day', push: false, ...request, dir });
}
