import { singleHeader } from '../credentials.js';
import type { HashAlgorithm } from '../crypto/index.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import type { SignatureEncoding } from '../encoding.js';
import { isRefusal, refuse } from '../errors.js';
import type { SecretInput } from '../secrets.js';
import { HASH_ALGORITHMS, hmacMatches, isEncodedDigest } from '../signature.js';
import { hmacText, requireSecret, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier } from '../verifier.js';

export interface HmacOptions {
  /** The header carrying the signature, e.g. `x-autify-signature`. */
  header: string;
  algorithm: HashAlgorithm;
  encoding: SignatureEncoding;
  /** Text before the signature in the header, e.g. `sha1=`. Default: none. */
  prefix?: string;
  /** The HMAC key, used as UTF-8 bytes; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** The name results and errors report. Default: `hmac`. */
  scheme?: string;
  /** A header naming the delivery, returned as `deliveryId`, e.g. `x-github-delivery`. Default: none. */
  deliveryIdHeader?: string;
}

const ENCODINGS: readonly string[] = ['hex', 'base64', 'base64url'];

/** An HMAC of the raw body bytes in a header: the shape GitHub, Autify, Shopify and many others use. */
export function hmac(options: HmacOptions): Verifier {
  const { header, algorithm, encoding, prefix = '', scheme = 'hmac' } = options;
  // Wrong types here are programming errors, caught at the first call rather than per request.
  if (!HASH_ALGORITHMS.includes(algorithm)) throw new TypeError(`hmac: unknown algorithm "${algorithm}"`);
  if (!ENCODINGS.includes(encoding)) throw new TypeError(`hmac: unknown encoding "${encoding}"`);
  const malformed = () => refuse('malformed', scheme, `header ${header} is not ${prefix}<${encoding} ${algorithm}>`);
  return defineVerifier(scheme, { secret: options.secret }, async (request, context, { secret }) => {
    const value = singleHeader(request, header, scheme);
    if (isRefusal(value)) return value;
    if (!value.startsWith(prefix)) return malformed();
    // Awaited only when they are promises (WebCrypto, replay): each await costs a microtask.
    const matched = hmacMatches(algorithm, secret, request.bodyAsGiven, value, encoding, prefix.length);
    if (matched === true || (matched !== false && (await matched))) {
      return verifiedDelivery(scheme, request, context, value.slice(prefix.length), { idHeader: options.deliveryIdHeader });
    }
    // The shape is checked only now: a signature equal to the expected one has it, and
    // a regular expression on every valid request costs more than telling the two apart.
    if (!isEncodedDigest(value.slice(prefix.length), algorithm, encoding)) return malformed();
    return refuse('invalid_signature', scheme, `header ${header} does not match the body`);
  });
}

export interface SignHmacOptions extends Pick<HmacOptions, 'header' | 'algorithm' | 'encoding' | 'prefix'> {
  secret: string;
  body: SignBody;
}

/** The header an `hmac` verifier with the same options accepts. */
export async function signHmac({ header, algorithm, encoding, prefix = '', secret, body }: SignHmacOptions): Promise<SignedParts> {
  const signature = await hmacText(algorithm, requireSecret('hmac', 'secret', secret), body, encoding);
  return { headers: { [header.toLowerCase()]: prefix + signature } };
}
