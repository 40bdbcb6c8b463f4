import { isRefusal, refuse, VerificationError, type Refusal, type Verified, type Verifier, type VerifyContext, type VerifyResult } from '@hookguard/core';
import { createLocalJWKSet, jwtVerify, type JWTPayload, type JSONWebKeySet } from 'jose';
import { FetchedCache } from './cache.js';
import { fetchText, type FetchOptions } from './fetch-text.js';
import { replayKeyOf } from './replay-key.js';

export interface JwksOptions extends FetchOptions {
  /** The sender's key set, an https URL you configure: never one a request names. */
  url: string;
  /** The `iss` the sender's tokens carry; a list accepts any of them. */
  issuer: string | readonly string[];
  /** The `aud` your endpoint expects; a list accepts any of them. */
  audience: string | readonly string[];
  /** The algorithms accepted, whatever a token's header says. Default: `['RS256']`. */
  algorithms?: readonly string[];
  /** Seconds of clock skew allowed on `exp`, `nbf` and `iat`. Default: 5. */
  clockToleranceSeconds?: number;
  /** The name results and errors report. Default: `jwks`. */
  scheme?: string;
}

type Getter = ReturnType<typeof createLocalJWKSet>;
interface KeySet {
  readonly keys: Getter;
  /** Unix seconds it was fetched: a token with an unknown `kid` refetches it only after a cooldown. */
  readonly fetchedAt: number;
}

// One cache for every verifier in the process: key sets are public, and shared by URL.
const keySets = new FetchedCache<KeySet>(32);
/** How long a key set is kept without a Cache-Control max-age, and the bounds put on one. */
const DEFAULT_MAX_AGE = 3600;
const MIN_MAX_AGE = 60;
const MAX_MAX_AGE = 86_400;
/** An unknown `kid` refetches at most this often: a flood of made-up ones must not become a flood of fetches. */
const REFETCH_COOLDOWN = 30;

/**
 * `Authorization: Bearer <JWT>` checked against a sender's published key set
 * (JWKS), with `jose`: the signature under a key the set holds (algorithms
 * pinned), `iss`, `aud`, `exp`, `nbf`. The set is fetched from the configured URL
 * only, kept for its Cache-Control max-age (one hour without, within a minute
 * and a day), refetched when a token names a key it lacks (at most every 30 s).
 * A set that cannot be fetched is a 503 `key_unavailable`, never an accept.
 */
export function jwks(options: JwksOptions, check?: (claims: JWTPayload) => string | undefined): Verifier {
  const scheme = options.scheme ?? 'jwks';
  const problem = optionsProblem(scheme, options);
  const algorithms = [...(options.algorithms ?? ['RS256'])];
  const tolerance = options.clockToleranceSeconds ?? 5;
  const load = (now: number) =>
    keySets.load(options.url, now, async () => {
      const fetched = await fetchText(scheme, options.url, options);
      if (isRefusal(fetched)) return fetched;
      const keys = localKeySet(parseKeySet(fetched.text));
      if (!keys) return refuse('key_unavailable', scheme, `${options.url} did not answer a JSON Web Key Set`);
      const maxAge = Math.min(MAX_MAX_AGE, Math.max(MIN_MAX_AGE, fetched.maxAge ?? DEFAULT_MAX_AGE));
      return { value: { keys, fetchedAt: now }, expiresAt: now + maxAge };
    });
  const verifyWith = async (token: string, keySet: KeySet, context: VerifyContext) =>
    jwtVerify(token, keySet.keys, {
      issuer: options.issuer as string | string[],
      audience: options.audience as string | string[],
      algorithms,
      clockTolerance: tolerance,
      // jose checks exp only when present; a token without one would never expire.
      requiredClaims: ['exp'],
      currentDate: new Date(context.now * 1000),
    });
  return {
    scheme,
    checkConfiguration: () => problem?.error,
    async verify(request, context): Promise<VerifyResult> {
      if (problem) return problem;
      const token = bearerToken(request.headers.get('authorization'), scheme);
      if (isRefusal(token)) return token;
      const keySet = await load(context.now);
      if (isRefusal(keySet)) return keySet;
      let payload: JWTPayload;
      try {
        payload = (await verifyWith(token, keySet, context)).payload;
      } catch (error) {
        // A key the set lacks may be a new one: fetch the set again, once, unless just fetched.
        if (code(error) !== 'ERR_JWKS_NO_MATCHING_KEY' || context.now - keySet.fetchedAt < REFETCH_COOLDOWN) return refusal(scheme, error);
        keySets.forget(options.url, keySet);
        const fresh = await load(context.now);
        if (isRefusal(fresh)) return fresh;
        try {
          payload = (await verifyWith(token, fresh, context)).payload;
        } catch (again) {
          return refusal(scheme, again);
        }
      }
      const wrong = check?.(payload);
      if (wrong) return refuse('invalid_signature', scheme, wrong);
      const result: { -readonly [K in keyof Verified]: Verified[K] } = { ok: true, scheme, claims: payload };
      if (typeof payload.jti === 'string') result.deliveryId = payload.jti;
      if (typeof payload.exp === 'number') result.expiresAt = payload.exp + tolerance;
      // The signed part, not the token: an ECDSA signature can be re-spelled without the key.
      if (context.replay) result.replayKey = await replayKeyOf(token.slice(0, token.lastIndexOf('.')));
      return result;
    },
  };
}

function optionsProblem(scheme: string, { url, issuer, audience }: JwksOptions): Refusal | undefined {
  const nonEmpty = (value: unknown) => (typeof value === 'string' ? value !== '' : Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v !== ''));
  if (typeof url !== 'string' || !/^https:\/\/[^/?#]+\//.test(url)) return refuse('misconfigured', scheme, 'option "url" must be the https URL of the key set');
  if (!nonEmpty(issuer)) return refuse('misconfigured', scheme, 'option "issuer" must name the issuer');
  if (!nonEmpty(audience)) return refuse('misconfigured', scheme, 'option "audience" must name your endpoint');
  return undefined;
}

/** jose's key set over the parsed keys; undefined when jose refuses them (say, `{"keys":[1]}`), which it does by throwing. */
function localKeySet(keys: JSONWebKeySet | undefined): Getter | undefined {
  try {
    return keys && createLocalJWKSet(keys);
  } catch {
    return undefined;
  }
}

function parseKeySet(text: string): JSONWebKeySet | undefined {
  try {
    const value = JSON.parse(text) as JSONWebKeySet;
    return Array.isArray(value?.keys) ? value : undefined;
  } catch {
    return undefined;
  }
}

function bearerToken(header: string | undefined, scheme: string): string | Refusal {
  if (!header?.trim()) return refuse('missing_credentials', scheme, 'header authorization is missing');
  const match = /^Bearer +([A-Za-z0-9_.-]{1,8192})$/i.exec(header.trim());
  return match ? match[1]! : refuse('malformed', scheme, 'header authorization is not Bearer <JWT>');
}

const code = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** jose's verdict as a refusal: a time out of bounds, a claim or key that does not fit, or no JWT at all. */
function refusal(scheme: string, error: unknown): Refusal {
  const claim = (error as { claim?: unknown }).claim;
  switch (code(error)) {
    case 'ERR_JWT_EXPIRED':
      return refuse('timestamp_out_of_tolerance', scheme, 'the token has expired');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return claim === 'nbf' || claim === 'iat'
        ? refuse('timestamp_out_of_tolerance', scheme, `the token's ${String(claim)} is not yet valid`)
        : refuse('invalid_signature', scheme, `the token's ${String(claim)} claim is not accepted`);
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return refuse('invalid_signature', scheme, 'the token is not signed by a key of the set');
    default:
      return { ok: false, error: new VerificationError('malformed', scheme, 'the token is not a JWT signed with an accepted algorithm') };
  }
}
