// The renderer's only way to the journal: a typed client derived from the
// contract, over whatever bridge the host provides (Electron preload or HTTP).
import type { HostBridge } from '../../db/common/bridge';
import type { MethodName, PileupApi } from '../../db/common/contract';
import type { Envelope, ErrorCode } from '../../db/common/errors';

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

/** The browser host: the same contract over same-origin HTTP (auth by the host's cookie). */
function webBridge(): HostBridge {
  return {
    kind: 'web',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Cannot reach the Pileup host. Is it still running?' } };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `The host answered ${response.status} without a result.` } };
      }
    },
  };
}

export const bridge: HostBridge = window.pileupHost ?? webBridge();

export const api = new Proxy({} as PileupApi, {
  get(_target, method: string) {
    return async (input: unknown) => {
      const envelope = await bridge.invoke(method as MethodName, input);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value;
    };
  },
});
