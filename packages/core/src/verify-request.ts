import { isRefusal, refuse, type Refusal } from './errors.js';
import { invalidNumber } from './options.js';
import { claimDelivery, replayOptionsProblem, type ReplayOptions } from './replay.js';
import { DEFAULT_MAX_BODY_BYTES, type RequestInput, type VerifiableRequest } from './request.js';
import { unexpected } from './unexpected.js';
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
 * Checks one request against a verifier. Never throws and never rejects: the
 * result says `ok: true` with the scheme, or `ok: false` with a `VerificationError`
 * whose `code` is stable and whose `status` is the HTTP status to answer with.
 * Nonsense arguments are `misconfigured` (500); an exception no rule foresaw is
 * `internal_error` (500), logged once.
 */
export function verifyRequest(input: RequestInput, verifier: Verifier, options: VerifyOptions = {}): Promise<VerifyResult> {
  const verify = (request: VerifiableRequest | Refusal) => (isRefusal(request) ? request : verifyNormalized(request, verifier, options));
  try {
    const problem = verifyOptionsProblem(verifier, options);
    if (problem) return Promise.resolve(problem);
    const normalized = normalizeRequest(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    const result = normalized instanceof Promise ? normalized.then(verify) : verify(normalized);
    return Promise.resolve(result).then(checkedResult, (error: unknown) => unexpected(error));
  } catch (error) {
    return Promise.resolve(unexpected(error));
  }
}

/**
 * A verifier's answer, when it is one: a custom verifier answering anything
 * else (`{ ok: 1 }`, undefined) is refused, never taken for an accept.
 */
export function checkedResult(result: VerifyResult, log?: (line: string) => void): VerifyResult {
  if (result?.ok === true && typeof result.scheme === 'string') return result;
  // By shape: a verifier built with another copy of core (ESM beside CJS) makes its own VerificationError class.
  if (result?.ok === false && typeof result.error?.code === 'string' && typeof result.error.status === 'number') return result;
  return unexpected(new TypeError('a verifier answered neither { ok: true, scheme } nor { ok: false, error }'), log);
}

/** What makes a verifier or the options unusable, as the misconfiguration every request gets. */
export function verifyOptionsProblem(verifier: Verifier, options: VerifyOptions): Refusal | undefined {
  if (typeof verifier?.verify !== 'function' || typeof verifier.checkConfiguration !== 'function') {
    return refuse('misconfigured', 'request', 'no verifier was given: pass one a scheme factory made');
  }
  const { maxBodyBytes, now, replay } = options;
  return (
    invalidNumber('request', 'maxBodyBytes', maxBodyBytes) ??
    invalidNumber('request', 'now', now) ??
    (typeof replay === 'object' && replay !== null ? replayOptionsProblem(replay) : undefined)
  );
}

/**
 * `verifyRequest` for a request already normalized and options already
 * checked, as the adapters' guard has them. Not async: the verifier's own
 * promise is returned, one fewer per request.
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
