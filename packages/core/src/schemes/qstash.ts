import { requireAbsoluteUrl, singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { withReplayKey, type VerifiedDraft } from '../delivery.js';
import { encode, utf8 } from '../encoding.js';
import { isRefusal, refuse, type Refusal } from '../errors.js';
import { invalidNumber } from '../options.js';
import { parseCompactJws, parseJsonObject } from '../jwt.js';
import type { VerifiableRequest } from '../request.js';
import { readEnv, usable, type SecretInput } from '../secrets.js';
import { digestMatches, hmacMatches, isEncodedDigest } from '../signature.js';
import { digestText, hmacText, randomId, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier, VerifyContext } from '../verifier.js';

export interface QstashOptions {
  /** Default: `{ env: 'QSTASH_CURRENT_SIGNING_KEY' }`. */
  currentSigningKey?: SecretInput;
  /** Default: `{ env: 'QSTASH_NEXT_SIGNING_KEY' }`. Tried when the current key does not match. */
  nextSigningKey?: SecretInput;
  /** Seconds of clock skew allowed on `exp` and `nbf`. Default: 5. */
  clockToleranceSeconds?: number;
  /**
   * Whether the token's `sub` must equal the request URL, so a message signed for
   * one endpoint cannot be replayed to another. Default: true; the URL must then
   * be the public one QStash called.
   */
  checkUrl?: boolean;
}

const HEADER = 'upstash-signature';
const scheme = 'qstash';
const notJwt = () => refuse('malformed', scheme, `header ${HEADER} is not a compact JWT`);

/**
 * Upstash QStash's `Upstash-Signature`: a JWT signed HS256 with the current or
 * next signing key, issued by `Upstash`, for this URL (`sub`), carrying the
 * base64url SHA-256 of the raw body (`body`). `claims` holds the JWT payload;
 * its `jti` is the message's unique, signed id. With the keys from the
 * environment (the default), QStash's regional keys are used as its SDK does.
 */
export function qstash(options: QstashOptions = {}): Verifier {
  const keys = {
    currentSigningKey: options.currentSigningKey ?? { env: 'QSTASH_CURRENT_SIGNING_KEY' },
    nextSigningKey: options.nextSigningKey ?? { env: 'QSTASH_NEXT_SIGNING_KEY' },
  };
  const tolerance = options.clockToleranceSeconds ?? 5;
  const toleranceProblem = invalidNumber(scheme, 'clockToleranceSeconds', tolerance);
  const checkUrl = options.checkUrl ?? true;
  // Both keys in one list, made once: the resolved secrets never change.
  let signingKeys: readonly string[] | undefined;
  const regional = options.currentSigningKey === undefined && options.nextSigningKey === undefined ? regionalKeys() : undefined;
  return defineVerifier(scheme, keys, async (request, context, { currentSigningKey, nextSigningKey }) => {
    const token = singleHeader(request, HEADER, scheme);
    if (isRefusal(token)) return token;
    const jws = parseCompactJws(token);
    if (!jws) return notJwt();
    // Only HS256: `none`, asymmetric algorithms and critical extensions are refused before any key is used.
    if (jws.header['alg'] !== 'HS256' || 'crit' in jws.header) {
      return refuse('malformed', scheme, 'the JWT is not signed with HS256');
    }
    signingKeys ??= [...currentSigningKey, ...nextSigningKey];
    const hmac = hmacMatches('sha256', regional?.pick(request) ?? signingKeys, jws.signingInput, jws.signature, 'base64url');
    const matched = typeof hmac === 'object' ? await hmac : hmac;
    if (!matched) {
      // The signature's shape is checked only now, as in hmac(): a matching one has it.
      if (!isEncodedDigest(jws.signature, 'sha256', 'base64url')) return notJwt();
      return refuse('invalid_signature', scheme, 'the JWT signature matches neither signing key');
    }
    const claims = parseJsonObject(jws.encodedPayload);
    if (!claims) return refuse('malformed', scheme, 'the JWT payload is not a JSON object');
    const pending = checkTime(claims, context, tolerance) ?? checkClaims(claims, request, checkUrl);
    // A promise only with WebCrypto: with node:crypto this path has no await.
    const refusal = pending instanceof Promise ? await pending : pending;
    return refusal ?? accept(claims, context, matched, tolerance);
  }, () => {
    regional?.load();
    return toleranceProblem;
  });
}

const REGIONS = ['EU_CENTRAL_1', 'US_EAST_1'];
const regionName = (text: string | undefined) => {
  const name = text?.trim().replaceAll('-', '_').toUpperCase();
  return name !== undefined && REGIONS.includes(name) ? name : undefined;
};

/**
 * QStash's multi-region keys, read as `@upstash/qstash` reads them when its
 * keys come from the environment: with `QSTASH_REGION` set, a delivery's
 * `Upstash-Region` header picks `<REGION>_QSTASH_CURRENT_SIGNING_KEY` and
 * `_NEXT_`; a region without both falls back to the default keys. The header
 * only chooses among the account's own keys, so a client gains nothing by it.
 * `load` reads them all when the default keys are resolved, so on a Worker
 * they come from the same env binding as those keys.
 */
function regionalKeys() {
  const keys = new Map<string, readonly string[]>();
  return {
    load(): void {
      if (regionName(readEnv('QSTASH_REGION')) === undefined) return;
      for (const region of REGIONS) {
        const pair = [readEnv(`${region}_QSTASH_CURRENT_SIGNING_KEY`), readEnv(`${region}_QSTASH_NEXT_SIGNING_KEY`)];
        if (pair.every(usable)) keys.set(region, pair as string[]);
      }
    },
    pick: (request: VerifiableRequest): readonly string[] | undefined => (keys.size ? keys.get(regionName(request.headers.get('upstash-region')) ?? '') : undefined),
  };
}

/**
 * The result for a verified token: its claims, its `jti` as the delivery id
 * (signed, so better than any header), when it expires, and its replay key
 * from `signature`, the token's canonical HMAC.
 */
function accept(claims: Record<string, unknown>, context: VerifyContext, signature: string, tolerance: number) {
  const result: VerifiedDraft = { ok: true, scheme, claims, expiresAt: (claims['exp'] as number) + tolerance };
  if (typeof claims['jti'] === 'string') result.deliveryId = claims['jti'];
  return withReplayKey(result, context, signature);
}

function checkTime(claims: Record<string, unknown>, { now }: VerifyContext, tolerance: number): Refusal | undefined {
  const { exp, nbf } = claims;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return refuse('malformed', scheme, 'the JWT has no numeric exp claim');
  if (now > exp + tolerance) return refuse('timestamp_out_of_tolerance', scheme, 'the JWT has expired');
  if (nbf !== undefined && (typeof nbf !== 'number' || now < nbf - tolerance)) {
    return refuse('timestamp_out_of_tolerance', scheme, 'the JWT is not valid yet');
  }
  return undefined;
}

function checkClaims(
  claims: Record<string, unknown>,
  request: VerifiableRequest,
  checkUrl: boolean,
): Refusal | undefined | Promise<Refusal | undefined> {
  if (claims['iss'] !== 'Upstash') return refuse('invalid_signature', scheme, 'the JWT was not issued by Upstash');
  if (checkUrl) {
    const url = requireAbsoluteUrl(request, scheme);
    if (url) return url;
    if (claims['sub'] !== request.url) return refuse('invalid_signature', scheme, 'the JWT was signed for another URL');
  }
  const body = claims['body'];
  // Upstash pads the hash; a regular expression runs only when there is padding to drop.
  const signedHash = typeof body !== 'string' ? '' : body.endsWith('=') ? body.replace(/=+$/, '') : body;
  const bodyRefusal = (matches: boolean) => (matches ? undefined : refuse('invalid_signature', scheme, 'the body does not match the JWT body claim'));
  const matched = digestMatches('sha256', request.bodyAsGiven, signedHash, 'base64url');
  return typeof matched === 'boolean' ? bodyRefusal(matched) : matched.then(bodyRefusal);
}

export interface SignQstashOptions {
  /** The current (or next) signing key. */
  signingKey: string;
  /** The destination URL QStash calls (the token's `sub`). */
  url: string;
  body: SignBody;
  /** When the token is issued, unix seconds. Default: now. */
  timestamp?: number;
  /** Seconds until `exp`. Default: 300. */
  lifetimeSeconds?: number;
  /** The token's `jti`. Default: a random `msg_` id. */
  messageId?: string;
}

/** The `Upstash-Signature` header QStash would send: an HS256 JWT for this URL and body. */
export async function signQstash(options: SignQstashOptions): Promise<SignedParts> {
  const { url, body, timestamp = unixNow(), lifetimeSeconds = 300, messageId = randomId('msg_') } = options;
  const key = requireSecret(scheme, 'signingKey', options.signingKey);
  const bodyHash = await digestText('sha256', body, 'base64url');
  const claims = { iss: 'Upstash', sub: url, exp: timestamp + lifetimeSeconds, nbf: timestamp, iat: timestamp, jti: messageId, body: bodyHash };
  const part = (value: object) => encode(utf8(JSON.stringify(value)), 'base64url');
  const signingInput = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return { headers: { [HEADER]: `${signingInput}.${await hmacText('sha256', key, signingInput, 'base64url')}` } };
}
