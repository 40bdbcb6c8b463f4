import { singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { seconds, timestampWithin } from '../timestamp.js';
import { isRefusal, refuse } from '../errors.js';
import { invalidNumber } from '../options.js';
import type { SecretInput } from '../secrets.js';
import { hmacMatches, isEncodedDigest, listedValues, MAX_LISTED_ENTRIES, tooManyEntries } from '../signature.js';
import { hmacText, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier } from '../verifier.js';

export interface StripeOptions {
  /** The endpoint's signing secret (`whsec_…`), used as is; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed timestamp may be from now, either way. Default: 300, as stripe-node. */
  toleranceSeconds?: number;
}

const HEADER = 'stripe-signature';

/**
 * Stripe: `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>…]`, where each `v1` is
 * HMAC-SHA256(secret, `${t}.${raw body}`). Accepted when any `v1` matches and `t`
 * is within the tolerance; `v0` and unknown schemes are ignored, as stripe-node does.
 */
export function stripe(options: StripeOptions): Verifier {
  const scheme = 'stripe';
  const tolerance = options.toleranceSeconds ?? 300;
  const toleranceProblem = invalidNumber(scheme, 'toleranceSeconds', tolerance);
  const malformed = (problem: string) => refuse('malformed', scheme, `header ${HEADER} ${problem}`);
  return defineVerifier(scheme, { secret: options.secret }, async (request, context, { secret }) => {
    const header = singleHeader(request, HEADER, scheme);
    if (isRefusal(header)) return header;
    if (tooManyEntries(header, ',')) return malformed(`lists more than ${MAX_LISTED_ENTRIES} entries`);
    const timestamps = listedValues(header, 't', ',', '=');
    const presented = listedValues(header, 'v1', ',', '=');
    if (timestamps.length !== 1) return malformed('needs exactly one t= timestamp');
    if (presented.length === 0) return malformed('has no v1= signature');
    const pending = hmacMatches('sha256', secret, stripeContent(timestamps[0]!, request.bodyAsGiven), presented, 'hex');
    const matched = typeof pending === 'object' ? await pending : pending;
    // Shapes are checked only on a mismatch (a match has one), yet still before the
    // timestamp: a stale header with no well-formed v1 is refused as malformed.
    if (!matched && !presented.some((value) => isEncodedDigest(value, 'sha256', 'hex'))) return malformed('has no v1= signature of 64 hex digits');
    const timestamp = timestampWithin(scheme, `the ${HEADER} timestamp`, timestamps[0]!, seconds, context, { tolerance });
    if (isRefusal(timestamp)) return timestamp;
    if (!matched) return refuse('invalid_signature', scheme, `no v1 signature in ${HEADER} matches the timestamp and body`);
    return verifiedDelivery(scheme, request, context, matched, { expiresAt: timestamp + tolerance });
  }, () => toleranceProblem);
}

const stripeContent = (timestamp: string | number, body: SignBody) => [`${timestamp}.`, body];

/** The `Stripe-Signature` header Stripe would send with this body, signed at `timestamp` (default: now). */
export async function signStripe({ secret, body, timestamp = unixNow() }: { secret: string; body: SignBody; timestamp?: number }): Promise<SignedParts> {
  const signature = await hmacText('sha256', requireSecret('stripe', 'secret', secret), stripeContent(timestamp, body), 'hex');
  return { headers: { [HEADER]: `t=${timestamp},v1=${signature}` } };
}
