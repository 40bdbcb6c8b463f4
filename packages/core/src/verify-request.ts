import { isRefusal, type Refusal } from './errors.js';
import { claimDelivery, type ReplayOptions } from './replay.js';
import { DEFAULT_MAX_BODY_BYTES, type RequestInput, type VerifiableRequest } from './request.js';
import { normalizeRequest } from './web-request.js';
import type { Verifier, VerifyContext, VerifyResult } from './verifier.js';

export interface VerifyOptions {
  /** The clock, in unix seconds, for every timestamp check. Default: the system clock. */
  now?: number;
  /** Bodies larger than this are refused with `body_too_large` (413). Default: 6 MiB. */
  maxBodyBytes?: number;
  /**
   * Refuse a delivery that was already accepted (`replayed`, 409). `true` uses an
   * in-memory store; pass `{ store }` to share one between instances. Default: off.
   */
  replay?: boolean | ReplayOptions;
}

/**
 * Checks one request against a verifier. Never throws for a bad request: the
 * result says `ok: true` with the scheme, or `ok: false` with a `VerificationError`
 * whose `code` is stable and whose `status` is the HTTP status to answer with.
 */
export function verifyRequest(input: RequestInput, verifier: Verifier, options: VerifyOptions = {}): Promise<VerifyResult> {
  // Not async: the verifier's own promise is returned, one promise fewer per request.
  const verify = (request: VerifiableRequest | Refusal) => (isRefusal(request) ? request : verifyNormalized(request, verifier, options));
  try {
    const normalized = normalizeRequest(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    return normalized instanceof Promise ? normalized.then(verify) : Promise.resolve(verify(normalized));
  } catch (error) {
    return Promise.reject(error); // a wrong argument rejects, as from an async function
  }
}

/**
 * `verifyRequest` for a request already normalized, as the adapters' guard has
 * it. Not async: the verifier's own promise is returned, one fewer per request.
 */
export function verifyNormalized(request: VerifiableRequest, verifier: Verifier, options: VerifyOptions): Promise<VerifyResult> {
  const replay = options.replay === true ? {} : options.replay || undefined;
  const context = new Context(options.now, replay !== undefined);
  const result = verifier.verify(request, context);
  return replay ? result.then((outcome) => (outcome.ok ? claimDelivery(outcome, replay, context.now) : outcome)) : result;
}

/** The clock is read only when a scheme asks: most sign no time, and reading it costs 40 ns. */
class Context implements VerifyContext {
  declare readonly replay: boolean;
  #now: number | undefined;

  constructor(now: number | undefined, replay: boolean) {
    this.#now = now;
    this.replay = replay;
  }

  get now(): number {
    return (this.#now ??= Math.floor(Date.now() / 1000));
  }
}
