import { isRefusal, refuse, type HandshakeAnswer, type Refusal, type VerificationError } from './errors.js';
import { invalidNumber } from './options.js';
import type { ReplayOptions } from './replay.js';
import { DEFAULT_MAX_BODY_BYTES, toVerifiableRequest, VerifiableRequest, type PlainRequest } from './request.js';
import { pathAndQuery } from './public-url.js';
import { sharedSecret } from './schemes/shared-secret.js';
import { unexpected } from './unexpected.js';
import { checkedResult, verifyNormalized, verifyOptionsProblem } from './verify-request.js';
import type { Verified, Verifier } from './verifier.js';

/** What every adapter's `withVerification(handler, options)` accepts, besides its platform's own `onFailure`. */
export interface GuardOptions {
  /** Default: the Hasura pattern, `sharedSecret` on header `verification_key` with the secret from `VERIFICATION_KEY`. */
  verifier?: Verifier;
  /** Refuse deliveries already accepted; see `verifyRequest`. Default: off. */
  replay?: boolean | ReplayOptions;
  /** Default: 6 MiB. */
  maxBodyBytes?: number;
  /**
   * The URL the sender signed, when the platform cannot tell it (proxies, rewrites,
   * API Gateway stages): an origin such as `https://api.example.com` (a path
   * prefix allowed), put before the path and query of the request line, with no
   * header read; or a function given the URL the adapter rebuilt and returning
   * the full public URL.
   */
  publicUrl?: string | ((rebuiltUrl: string) => string) | undefined;
  /** Where configuration problems are reported. Default: `console.error`. */
  log?: (line: string) => void;
  /**
   * Believe `X-Forwarded-Proto` and `X-Forwarded-Host` when rebuilding the URL
   * that URL-signing schemes check (Twilio, QStash, query secrets), on a server
   * you run behind a proxy that overwrites them. Anywhere else they are the
   * client's: a request signed for another of your URLs would be accepted here.
   * Default: false, except in `@hookguard/vercel` on Vercel (where the platform
   * writes them). Adapters whose platform gives the URL ignore it.
   */
  trustProxy?: boolean;
}

/** What the wrapped handler can read about the request it is given. */
export interface Verification extends Verified {
  /** The raw body bytes, exactly as verified: a getter, made on first read, so a spread copy leaves it out. */
  readonly body: Uint8Array;
}

export type GuardOutcome =
  | { readonly ok: true; readonly verification: Verification }
  | {
      readonly ok: false;
      readonly error: VerificationError;
      readonly response: RefusalResponse;
      /** A sender's handshake, answered by `response`: a user's `onFailure` is not for it. */
      readonly handshake: boolean;
    };

/** The response an adapter sends for a refusal (a small JSON body with the code only) or a handshake. */
export interface RefusalResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export function refusalResponse(error: VerificationError): RefusalResponse {
  return { status: error.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: error.code }) };
}

// Kept on the request object itself under a registered symbol: a WeakMap entry
// costs about a microsecond per request, and every copy of core finds the symbol.
// Assigned, not defined: defineProperty costs 0.1 µs more, and a symbol stays out
// of JSON and Object.keys either way. Frozen objects fall back to the WeakMap.
const VERIFICATION = Symbol.for('hookguard.verification');
const frozenRequests = new WeakMap<object, Verification>();

function remember(request: object, verification: Verification): void {
  if (Object.isExtensible(request)) (request as { [VERIFICATION]?: Verification })[VERIFICATION] = verification;
  else frozenRequests.set(request, verification);
}

/**
 * Gives a verification its `body`, read from the request when first asked for:
 * a text body (Lambda, Netlify) becomes bytes only if the handler wants them.
 * A class, as an object literal's own getter costs 0.25 µs to make.
 */
class VerifiedBody {
  readonly #request: VerifiableRequest;

  constructor(request: VerifiableRequest) {
    this.#request = request;
  }

  get body(): Uint8Array {
    return this.#request.body;
  }
}

/**
 * The verification of the request a wrapped handler was given: pass the object
 * the handler received (a `Request`, Node's `req`, a Lambda or Netlify `event`).
 */
export function getVerification(request: object): Verification | undefined {
  return (request as { [VERIFICATION]?: Verification })[VERIFICATION] ?? frozenRequests.get(request);
}

/**
 * The one pipeline every adapter runs: check the configuration once at cold
 * start, normalize, verify, remember the verification for the handler. Adapters
 * only translate their platform's shapes to and from it. It never throws: an
 * exception no rule foresaw is refused as `internal_error` and logged once.
 */
export function createGuard(options: GuardOptions = {}) {
  const verifier = options.verifier ?? sharedSecret({ secret: { env: 'VERIFICATION_KEY' } });
  const log = options.log ?? ((line: string) => console.error(line));
  let reported = false;
  const report = (error: VerificationError) => {
    if (reported) return;
    reported = true;
    log(`[hookguard] ${error.message}. Every request is refused with 500 until this is fixed.`);
  };
  const verifyOptions = options.replay === undefined ? {} : { replay: options.replay };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // What adapters read up to: the default while the option makes no sense (every request is refused then anyway).
  const readLimit = invalidNumber('request', 'maxBodyBytes', maxBodyBytes) ? DEFAULT_MAX_BODY_BYTES : maxBodyBytes;
  const fixedOrigin = typeof options.publicUrl === 'string' ? options.publicUrl.replace(/\/+$/, '') : undefined;
  // Options that make no sense refuse every request, like a missing secret: never a throw, never an accept.
  const optionsProblem = verifyOptionsProblem(verifier, { ...verifyOptions, maxBodyBytes }) ?? publicUrlProblem(options.publicUrl);
  const coldStartError = optionsProblem?.error ?? configurationError(verifier, log);
  if (coldStartError) report(coldStartError);

  const reject = (error: VerificationError, answer?: HandshakeAnswer): GuardOutcome => {
    if (error.code === 'misconfigured') report(error);
    return { ok: false, error, response: answer ?? refusalResponse(error), handshake: !!answer };
  };

  /** The input with the configured public URL, when its own is given as text. */
  const withPublicUrl = <I extends PlainRequest | VerifiableRequest>(input: I): I => {
    const rewrite = options.publicUrl;
    if (!rewrite || input instanceof VerifiableRequest || typeof input.url !== 'string') return input;
    return { ...input, url: typeof rewrite === 'function' ? rewrite(input.url) : fixedOrigin + pathAndQuery(input.url) };
  };

  return {
    /**
     * The URL an adapter hands the guard, built only when a scheme reads it:
     * the configured `publicUrl` (an origin, before the path the request line
     * gave; no header is read) or, without one, `origin()` (what the platform
     * vouches for, a refusal when the client's headers form no origin) and `path`.
     */
    url(origin: () => string | Refusal, path: () => string): () => string | Refusal {
      const rewrite = options.publicUrl;
      return () => {
        const target = path();
        // A request line may hold an absolute URL (a proxy's form) or `*`: only a path can follow an origin.
        if (!target.startsWith('/')) return refuse('malformed', 'request', 'the request target is not a path');
        if (fixedOrigin !== undefined) return fixedOrigin + target;
        const found = origin();
        if (isRefusal(found)) return found;
        return typeof rewrite === 'function' ? rewrite(found + target) : found + target;
      };
    },

    /** A refusal found by the adapter itself (a body already read, or too large), reported like any other. */
    reject,

    /** The body size limit adapters read up to. */
    maxBodyBytes: readLimit,

    /** Whether adapters on a server the user runs may believe X-Forwarded-Proto and X-Forwarded-Host. */
    trustProxy: options.trustProxy,

    /**
     * Verifies `input` and remembers the outcome under `key`, the object the
     * handler will receive. `publicUrl` applies to an input URL given as text
     * (a URL given as a function is used as is: build it with `url`). A refusal
     * the adapter met while reading (a body too large) is passed through. The
     * input may be a function that builds it, so that translating a platform's
     * shape runs inside the guard's last line of defence too.
     */
    async verify(input: GuardInput | (() => GuardInput), key: object): Promise<GuardOutcome> {
      if (optionsProblem) return reject(optionsProblem.error);
      try {
        const given = typeof input === 'function' ? input() : input;
        const request = isRefusal(given) ? given : toVerifiableRequest(withPublicUrl(given), readLimit);
        if (isRefusal(request)) return reject(request.error);
        const result = checkedResult(await verifyNormalized(request, verifier, verifyOptions), log);
        if (!result.ok) return reject(result.error, result.answer);
        // Object.assign onto an instance: V8 copies a spread followed by more properties slowly (0.3 µs).
        const verification: Verification = Object.assign(new VerifiedBody(request), result);
        remember(key, verification);
        return { ok: true, verification };
      } catch (error) {
        return reject(unexpected(error, log).error);
      }
    },
  };
}

export type Guard = ReturnType<typeof createGuard>;

/** What adapters hand the guard: a request, or the refusal they met reading it. */
export type GuardInput = PlainRequest | VerifiableRequest | Refusal;

/** The verifier's own configuration error; a custom verifier whose check throws is misconfigured too. */
function configurationError(verifier: Verifier, log: (line: string) => void): VerificationError | undefined {
  try {
    return verifier.checkConfiguration();
  } catch (error) {
    return unexpected(error, log).error;
  }
}

/** A `publicUrl` text must be an http(s) origin, optionally with a path prefix: a query or fragment could not be followed by the path. */
function publicUrlProblem(publicUrl: GuardOptions['publicUrl']): Refusal | undefined {
  if (publicUrl === undefined || typeof publicUrl === 'function') return undefined;
  const problem = refuse('misconfigured', 'request', 'option "publicUrl" must be an http(s) origin (https://host[/prefix]) or a function');
  if (typeof publicUrl !== 'string') return problem;
  try {
    const url = new URL(publicUrl);
    // The text, not the parsed URL, is checked for `?` and `#`: `https://x?` parses with an empty search.
    return /^https?:$/.test(url.protocol) && !url.username && !url.password && !publicUrl.includes('?') && !publicUrl.includes('#') ? undefined : problem;
  } catch {
    return problem;
  }
}

/** A handler's answer that is a failure the sender should retry: a 5xx status. */
const failed = (status: unknown) => typeof status === 'number' && status >= 500;

/**
 * Runs the handler of a verified request. When it throws or answers 5xx, the
 * replay claim is released (awaited, bounded by the store's timeout) so the
 * sender's retry of this delivery is accepted; a throw is then rethrown.
 * `status` reads the status from the handler's answer, when it has one.
 */
export function runVerified<T>(verification: Verification, handle: () => T, status: (answer: Awaited<T>) => unknown): T | Promise<Awaited<T>> {
  const release = verification.release;
  return release ? releasingOnFailure(release, handle, status) : handle();
}

async function releasingOnFailure<T>(release: () => Promise<void>, handle: () => T, status: (answer: Awaited<T>) => unknown): Promise<Awaited<T>> {
  let answer: Awaited<T>;
  try {
    answer = await handle();
  } catch (error) {
    await release();
    throw error;
  }
  if (failed(status(answer))) await release();
  return answer;
}

/** Releases the replay claim of a request whose answer, known only later (Node's `res`), was a 5xx. */
export function releaseIfFailed(verification: Verification, status: unknown): Promise<void> | undefined {
  return failed(status) ? verification.release?.() : undefined;
}
