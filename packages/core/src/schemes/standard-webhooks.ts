import { singleHeader } from '../credentials.js';
import { verifyEd25519, type HmacKey } from '../crypto/index.js';
import { joinParts } from '../crypto/message.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { seconds, timestampWithin } from '../timestamp.js';
import { decodeBase64 } from '../encoding.js';
import { isRefusal, refuse, type Refusal } from '../errors.js';
import { invalidNumber } from '../options.js';
import type { VerifiableRequest } from '../request.js';
import type { SecretInput } from '../secrets.js';
import { hmacMatches, listedValues, MAX_LISTED_ENTRIES, tooManyEntries } from '../signature.js';
import { hmacText, randomId, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier } from '../verifier.js';

export interface StandardWebhooksOptions {
  /**
   * `whsec_<base64>` secrets (HMAC-SHA256, `v1` signatures) and/or `whpk_<base64>`
   * Ed25519 public keys (`v1a` signatures); a list accepts any of them (rotation).
   */
  secret: SecretInput;
  /** Seconds the signed timestamp may be from now, either way. Default: 300, as the reference libraries. */
  toleranceSeconds?: number;
}

interface Keys {
  readonly symmetric: readonly HmacKey[];
  readonly publicKeys: readonly Uint8Array[];
}

// Decoded once per secret string: the HMAC backends cache imported keys by identity.
const decodedKeys = new Map<string, Keys>();

// Constant names, not built per request: looking a header up by a string made
// on the fly costs V8 a hash of the string every time.
const STANDARD = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' };
const SVIX = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' };

/**
 * Standard Webhooks (Svix, Clerk, Resend, Supabase…): `webhook-id`,
 * `webhook-timestamp` and `webhook-signature` (or Svix's `svix-*` names), signed
 * content `${id}.${timestamp}.${raw body}`, a space-separated list of `v1,<base64>`
 * (HMAC-SHA256) and `v1a,<base64>` (Ed25519) signatures of which one must match.
 * `deliveryId` is `webhook-id`, which the signature covers.
 */
export function standardWebhooks(options: StandardWebhooksOptions, /** The name results report; presets name their sender. */ scheme = 'standard-webhooks'): Verifier {
  const tolerance = options.toleranceSeconds ?? 300;
  const toleranceProblem = invalidNumber(scheme, 'toleranceSeconds', tolerance);
  const validate = ({ secret }: { secret: readonly string[] }) => {
    const keys = decodeKeys(secret, scheme);
    return isRefusal(keys) ? keys : toleranceProblem;
  };
  return defineVerifier(scheme, { secret: options.secret }, async (request, context, { secret }) => {
    const keys = decodeKeys(secret, scheme) as Keys; // validated when the secrets were resolved
    const names = headerNames(request);
    const id = singleHeader(request, names.id, scheme);
    if (isRefusal(id)) return id;
    const timestampText = singleHeader(request, names.timestamp, scheme);
    if (isRefusal(timestampText)) return timestampText;
    const signatures = singleHeader(request, names.signature, scheme);
    if (isRefusal(signatures)) return signatures;
    if (tooManyEntries(signatures, ' ')) return refuse('malformed', scheme, `header ${names.signature} lists more than ${MAX_LISTED_ENTRIES} signatures`);
    const timestamp = timestampWithin(scheme, `header ${names.timestamp}`, timestampText, seconds, context, { tolerance });
    if (isRefusal(timestamp)) return timestamp;
    const content = signedContent(id, timestampText, request.bodyAsGiven);
    const matched = matchesAny(signatures, content, keys);
    if (matched === false || (matched !== true && !(await matched))) {
      return refuse('invalid_signature', scheme, `no signature in ${names.signature} matches the id, timestamp and body`);
    }
    // The replay key comes from the signed id and timestamp: the same for every
    // spelling of the signature list, and for every key that signed it.
    return verifiedDelivery(scheme, request, context, `${id}.${timestampText}`, { deliveryId: id, expiresAt: timestamp + tolerance });
  }, validate);
}

/** The `webhook-*` names when the request carries any of them, else Svix's `svix-*`, so a refusal names the header really missing. */
function headerNames(request: VerifiableRequest): typeof STANDARD {
  const { headers } = request;
  const standard = headers.get(STANDARD.signature) ?? headers.get(STANDARD.id) ?? headers.get(STANDARD.timestamp);
  return standard === undefined ? SVIX : STANDARD;
}

/** Whether a `v1` HMAC or a `v1a` Ed25519 signature matches; synchronous with node:crypto and no public keys. */
function matchesAny(header: string, content: (string | Uint8Array)[], keys: Keys): boolean | Promise<boolean> {
  // Not filtered by shape: a value of another shape cannot equal the digest, and is passed over as a mismatch.
  const v1 = listedValues(header, 'v1', ' ', ',');
  const matched = v1.length > 0 ? hmacMatches('sha256', keys.symmetric, content, v1, 'base64') : undefined;
  if (typeof matched === 'string') return true;
  const byPublicKey = () => keys.publicKeys.length > 0 && matchesPublicKey(header, content, keys.publicKeys);
  return matched === undefined ? byPublicKey() : matched.then((found) => found !== undefined || byPublicKey());
}

/**
 * Tries the first `v1a` signatures, as many as there are public keys: a sender
 * lists one per key it signs with, and each is checked under every key over
 * the whole body, so a forged list of hundreds must cost no more than a real one.
 */
async function matchesPublicKey(header: string, content: (string | Uint8Array)[], publicKeys: readonly Uint8Array[]): Promise<boolean> {
  const listed = listedValues(header, 'v1a', ' ', ',');
  const message = joinParts(content); // once: each check would otherwise copy the whole body
  for (const value of listed.slice(0, publicKeys.length)) {
    const signature = value ? decodeBase64(value, 'base64') : undefined;
    if (signature?.length !== 64) continue;
    for (const publicKey of publicKeys) {
      if (await verifyEd25519(publicKey, message, signature)) return true;
    }
  }
  return false;
}

/** The key bytes behind `whsec_`/`whpk_` strings; a secret without a prefix is taken as base64, as the reference library does. */
function decodeKeys(secrets: readonly string[], scheme: string): Keys | Refusal {
  // One secret is its own key: joining a list of one per request costs a string.
  const id = secrets.length === 1 ? secrets[0]! : secrets.join('\n');
  let keys = decodedKeys.get(id);
  if (keys) return keys;
  const symmetric: HmacKey[] = [];
  const publicKeys: Uint8Array[] = [];
  for (const secret of secrets) {
    // Supabase shows its hook secrets as `v1,whsec_<base64>`.
    const isPublic = /^(v1,)?whpk_/.test(secret);
    const bytes = decodeBase64(secret.replace(/^(v1,)?wh(sec|pk)_/, ''), 'base64', false);
    if (!bytes || bytes.length === 0 || (isPublic && bytes.length !== 32)) {
      return refuse('misconfigured', scheme, 'a secret is not whsec_<base64> or whpk_<base64 Ed25519 public key>');
    }
    (isPublic ? publicKeys : symmetric).push(bytes);
  }
  keys = { symmetric, publicKeys };
  decodedKeys.set(id, keys);
  return keys;
}

const signedContent = (id: string, timestamp: string | number, body: SignBody) => [`${id}.${timestamp}.`, body];

export interface SignStandardWebhooksOptions {
  /** A `whsec_<base64>` secret. */
  secret: string;
  body: SignBody;
  /** Default: a random `msg_` id. */
  id?: string;
  /** Default: now. */
  timestamp?: number;
}

/** The `webhook-*` headers a Standard Webhooks sender would send with this body (a `v1` HMAC signature). */
export async function signStandardWebhooks({ secret, body, id = randomId('msg_'), timestamp = unixNow() }: SignStandardWebhooksOptions): Promise<SignedParts> {
  const keys = decodeKeys([requireSecret('standard-webhooks', 'secret', secret)], 'standard-webhooks');
  if (isRefusal(keys) || keys.symmetric.length === 0) throw new TypeError(`standard-webhooks: the secret to sign with must be whsec_<base64>`);
  const signature = await hmacText('sha256', keys.symmetric[0]!, signedContent(id, timestamp, body), 'base64');
  return { headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` } };
}
