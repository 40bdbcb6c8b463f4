import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { isRefusal, refuse, type Refusal } from '../errors.js';
import { invalidNumber } from '../options.js';
import type { VerifiableRequest } from '../request.js';
import type { SecretInput } from '../secrets.js';
import { jsonObject } from '../json-body.js';
import { hmacMatches, isEncodedDigest } from '../signature.js';
import { hmacText, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import { seconds, timestampWithin } from '../timestamp.js';
import type { Verifier } from '../verifier.js';

export interface MailgunOptions {
  /** The account's HTTP webhook signing key (not the API key); a list accepts any of them. */
  signingKey: SecretInput;
  /** Seconds the signed timestamp may be from now, either way. Default: 300. */
  toleranceSeconds?: number;
}

const scheme = 'mailgun';

interface Signed {
  readonly timestamp: string;
  readonly token: string;
  readonly signature: string;
}

/**
 * Mailgun: the JSON body's `signature` object, `{ timestamp, token, signature }`,
 * where `signature` is the hex HMAC-SHA256(signing key, timestamp ‖ token).
 * Mailgun signs the token, not the event: a captured signature fits any body
 * until its timestamp is stale, so turn replay protection on (each token is
 * then accepted once) or keep the tolerance short.
 */
export function mailgun(options: MailgunOptions): Verifier {
  const tolerance = options.toleranceSeconds ?? 300;
  const toleranceProblem = invalidNumber(scheme, 'toleranceSeconds', tolerance);
  return defineVerifier(scheme, { signingKey: options.signingKey }, async (request, context, { signingKey }) => {
    const signed = signatureObject(request);
    if (isRefusal(signed)) return signed;
    const pending = hmacMatches('sha256', signingKey, signed.timestamp + signed.token, signed.signature, 'hex');
    const matched = typeof pending === 'object' ? await pending : pending;
    if (!matched && !isEncodedDigest(signed.signature, 'sha256', 'hex')) return refuse('malformed', scheme, 'signature.signature is not a hex HMAC-SHA256');
    const timestamp = timestampWithin(scheme, 'signature.timestamp', signed.timestamp, seconds, context, { tolerance });
    if (isRefusal(timestamp)) return timestamp;
    if (!matched) return refuse('invalid_signature', scheme, 'signature.signature does not match the timestamp and token');
    return verifiedDelivery(scheme, request, context, matched, { deliveryId: signed.token, expiresAt: timestamp + tolerance });
  }, () => toleranceProblem);
}

/** The body's `signature` object; missing (401) when the body has none, malformed (403) when its fields are not text. */
function signatureObject(request: VerifiableRequest): Signed | Refusal {
  const signature = jsonObject(request)?.['signature'];
  if (signature === undefined || signature === null) return refuse('missing_credentials', scheme, 'the body is no JSON object with a signature object');
  const { timestamp, token, signature: value } = signature as Record<string, unknown>;
  // The timestamp is text in Mailgun's examples; a whole number is read as the same text.
  const time = Number.isSafeInteger(timestamp) ? String(timestamp) : timestamp;
  if (typeof time !== 'string' || typeof token !== 'string' || typeof value !== 'string') {
    return refuse('malformed', scheme, 'signature needs timestamp, token and signature, each a string');
  }
  return { timestamp: time, token, signature: value };
}

/**
 * A JSON body as Mailgun posts it: `body`'s fields (an empty object by
 * default) with the `signature` object made at `timestamp` (default: now).
 */
export async function signMailgun({ signingKey, body = '{}', timestamp = unixNow(), token = crypto.randomUUID().replace(/-/g, '') }: {
  signingKey: string;
  body?: SignBody;
  timestamp?: number;
  token?: string;
}): Promise<SignedParts> {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse((typeof body === 'string' ? body : new TextDecoder().decode(body)) || '{}') as Record<string, unknown>;
  } catch {
    throw new TypeError(`${scheme}: signs inside a JSON body; the body to sign must be a JSON object`);
  }
  const signature = await hmacText('sha256', requireSecret(scheme, 'signingKey', signingKey), `${timestamp}${token}`, 'hex');
  return { headers: {}, body: JSON.stringify({ ...fields, signature: { timestamp: String(timestamp), token, signature } }) };
}
