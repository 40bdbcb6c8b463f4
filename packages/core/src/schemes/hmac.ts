import { singleHeader } from '../credentials.js';
import type { HashAlgorithm } from '../crypto/index.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import type { SignatureEncoding } from '../encoding.js';
import { isRefusal, refuse, type Refusal } from '../errors.js';
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

/** The option that makes no sense, as the misconfiguration every request then gets. */
function optionProblem({ header, algorithm, encoding, prefix = '', scheme = 'hmac' }: HmacOptions): Refusal | undefined {
  if (!HASH_ALGORITHMS.includes(algorithm)) return refuse('misconfigured', scheme, `unknown algorithm "${String(algorithm)}"`);
  if (!ENCODINGS.includes(encoding)) return refuse('misconfigured', scheme, `unknown encoding "${String(encoding)}"`);
  if (typeof header !== 'string' || header.trim() === '') return refuse('misconfigured', scheme, 'option "header" must name a header');
  if (typeof prefix !== 'string') return refuse('misconfigured', scheme, 'option "prefix" must be a string');
  return undefined;
}

/** An HMAC of the raw body bytes in a header: the shape GitHub, Autify, Shopify and many others use. */
export function hmac(options: HmacOptions): Verifier {
  const { header, algorithm, encoding, prefix = '', scheme = 'hmac' } = options;
  // Nonsense options answer every request 500 and are reported at cold start, like a missing secret.
  const problem = optionProblem(options);
  const malformed = () => refuse('malformed', scheme, `header ${header} is not ${prefix}<${encoding} ${algorithm}>`);
  return defineVerifier(scheme, { secret: options.secret }, async (request, context, { secret }) => {
    const value = singleHeader(request, header, scheme);
    if (isRefusal(value)) return value;
    if (!value.startsWith(prefix)) return malformed();
    // Awaited only when they are promises (WebCrypto, replay): each await costs a microtask.
    const pending = hmacMatches(algorithm, secret, request.bodyAsGiven, value, encoding, prefix.length);
    const matched = typeof pending === 'object' ? await pending : pending;
    if (matched) return verifiedDelivery(scheme, request, context, matched, { idHeader: options.deliveryIdHeader });
    // The shape is checked only now: a signature equal to the expected one has it, and
    // a regular expression on every valid request costs more than telling the two apart.
    if (!isEncodedDigest(value.slice(prefix.length), algorithm, encoding)) return malformed();
    return refuse('invalid_signature', scheme, `header ${header} does not match the body`);
  }, () => problem);
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
