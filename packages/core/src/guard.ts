import { isRefusal, type Refusal, type VerificationError } from './errors.js';
import type { ReplayOptions } from './replay.js';
import { DEFAULT_MAX_BODY_BYTES, toVerifiableRequest, VerifiableRequest, type PlainRequest } from './request.js';
import { pathAndQuery } from './public-url.js';
import { sharedSecret } from './schemes/shared-secret.js';
import { verifyNormalized } from './verify-request.js';
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
   * API Gateway stages): an origin such as `https://api.example.com`, which
   * replaces the scheme and host of the URL the adapter rebuilt, or a function
   * given that URL and returning the full public URL.
   */
  publicUrl?: string | ((rebuiltUrl: string) => string) | undefined;
  /** Where configuration problems are reported. Default: `console.error`. */
  log?: (line: string) => void;
}

/** What the wrapped handler can read about the request it is given. */
export interface Verification extends Verified {
  /** The raw body bytes, exactly as verified: a getter, made on first read, so a spread copy leaves it out. */
  readonly body: Uint8Array;
}

export type GuardOutcome =
  | { readonly ok: true; readonly verification: Verification }
  | { readonly ok: false; readonly error: VerificationError; readonly response: RefusalResponse };

/** The response an adapter sends for a refusal: a small JSON body with the code only. */
export interface RefusalResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
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
 * only translate their platform's shapes to and from it.
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
  const coldStartError = verifier.checkConfiguration();
  if (coldStartError) report(coldStartError);
  const verifyOptions = options.replay === undefined ? {} : { replay: options.replay };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  return {
    /** The URL to verify against: the adapter's rebuilt URL, or the configured public one. */
    publicUrl(rebuiltUrl: string): string {
      const { publicUrl } = options;
      if (typeof publicUrl === 'function') return publicUrl(rebuiltUrl);
      if (!publicUrl) return rebuiltUrl;
      return publicUrl.replace(/\/+$/, '') + pathAndQuery(rebuiltUrl);
    },

    /** A refusal found by the adapter itself (a body already read, or too large), reported like any other. */
    reject(error: VerificationError): GuardOutcome {
      if (error.code === 'misconfigured') report(error);
      return { ok: false, error, response: refusalResponse(error) };
    },

    /** The body size limit adapters read up to. */
    maxBodyBytes,

    /**
     * Verifies `input` and remembers the outcome under `key`, the object the
     * handler will receive. `publicUrl` applies to the input's URL, and only
     * when the scheme reads it. A refusal the adapter met while reading (a body
     * too large) is passed through.
     */
    async verify(input: PlainRequest | VerifiableRequest | Refusal, key: object): Promise<GuardOutcome> {
      const normalized = isRefusal(input) ? input : toVerifiableRequest(input, maxBodyBytes);
      if (isRefusal(normalized)) return this.reject(normalized.error);
      const request = options.publicUrl
        ? new VerifiableRequest(normalized.method, () => this.publicUrl(normalized.url), normalized.headers, normalized.bodyAsGiven)
        : normalized;
      const result = await verifyNormalized(request, verifier, verifyOptions);
      if (!result.ok) return this.reject(result.error);
      // Object.assign onto an instance: V8 copies a spread followed by more properties slowly (0.3 µs).
      const verification: Verification = Object.assign(new VerifiedBody(request), result);
      remember(key, verification);
      return { ok: true, verification };
    },
  };
}

export type Guard = ReturnType<typeof createGuard>;
