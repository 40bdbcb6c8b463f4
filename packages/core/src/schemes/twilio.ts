import { absoluteUrl, requireAbsoluteUrl, singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { decodeComponent, fromUtf8 } from '../encoding.js';
import { isRefusal, refuse, type Refusal } from '../errors.js';
import type { VerifiableRequest } from '../request.js';
import type { SecretInput } from '../secrets.js';
import { digestMatches, hmacMatches, isEncodedDigest } from '../signature.js';
import { digestText, hmacText, requireSecret, type SignBody, type SignedParts } from '../signing.js';
import type { Verifier } from '../verifier.js';
import { twilioUrlCandidates } from './twilio-url.js';

export interface TwilioOptions {
  /** The account's auth token (the HMAC key); a list accepts any of them, e.g. primary and secondary. */
  authToken: SecretInput;
}

const HEADER = 'x-twilio-signature';

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1 over the full URL followed by
 * the form parameters sorted by name, each as name + value. JSON deliveries carry
 * `bodySHA256` in the URL instead, and the body must hash to it. The URL must be
 * exactly what Twilio requested: behind a proxy, give the adapter a `publicUrl`.
 */
export function twilio(options: TwilioOptions): Verifier {
  const scheme = 'twilio';
  return defineVerifier(scheme, { authToken: options.authToken }, async (request, context, { authToken }) => {
    const header = singleHeader(request, HEADER, scheme);
    if (isRefusal(header)) return header;
    // Parsed only when it may carry bodySHA256, spelled out or escaped (`body%53HA256`, which one
    // of the URL forms tried decodes): `new URL()` costs a fifth of a 1 KiB verification.
    const raw = request.url;
    const url = raw.includes('bodySHA256=') || raw.includes('%') ? absoluteUrl(request, scheme) : requireAbsoluteUrl(request, scheme);
    if (isRefusal(url)) return url;
    const params = url ? await hashedBodyParams(request, url) : formParams(request);
    if (isRefusal(params)) return params;
    for (const candidate of twilioUrlCandidates(request.url)) {
      // Awaited only when they are promises (WebCrypto, replay): each await costs a microtask.
      const pending = hmacMatches('sha1', authToken, candidate + params, header, 'base64');
      const matched = typeof pending === 'object' ? await pending : pending;
      if (matched) return verifiedDelivery(scheme, request, context, matched, { idHeader: 'i-twilio-idempotency-token' });
    }
    // The shape is checked only now, as in hmac(): a matching signature has it.
    if (!isEncodedDigest(header, 'sha1', 'base64')) {
      return refuse('malformed', scheme, `header ${HEADER} is not a base64 HMAC-SHA1`);
    }
    return refuse('invalid_signature', scheme, `header ${HEADER} does not match the URL and parameters`);
  });
}

/** Nothing is appended to the URL when the body is hashed into its `bodySHA256`, and the body must match. */
async function hashedBodyParams(request: VerifiableRequest, url: URL): Promise<string | Refusal> {
  const bodyHash = url.searchParams.get('bodySHA256');
  if (bodyHash === null) return formParams(request);
  if (await digestMatches('sha256', request.bodyAsGiven, bodyHash, 'hex')) return '';
  return refuse('invalid_signature', 'twilio', 'the body does not hash to bodySHA256');
}

/**
 * The text Twilio appends to the URL before signing: the sorted form
 * parameters, nothing for an empty body. Any other body is refused, because the
 * signature would not cover it.
 */
function formParams(request: VerifiableRequest): string | Refusal {
  if (request.bodyAsGiven.length === 0) return '';
  if (!isFormEncoded(request.headers.get('content-type'))) {
    return refuse('malformed', 'twilio', 'the body is neither form-encoded nor covered by bodySHA256');
  }
  return sortedFormParams(request.bodyText);
}

const FORM = 'application/x-www-form-urlencoded';

function isFormEncoded(contentType: string | undefined): boolean {
  // Twilio sends exactly this: the parsing below (three strings made) is for other spellings.
  if (contentType === FORM) return true;
  return contentType?.split(';')[0]?.trim().toLowerCase() === FORM;
}

/** Names sorted by code unit; a repeated name contributes each distinct value once, values sorted (as twilio-node). */
function sortedFormParams(body: string): string | Refusal {
  const pairs = parseForm(body);
  if (!pairs) return refuse('malformed', 'twilio', `the form body has more than ${MAX_FORM_PARAMS} parameters`);
  const byName = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
  pairs.sort(byName);
  let text = '';
  for (let i = 0; i < pairs.length; i++) {
    const [name, value] = pairs[i]!;
    const previous = pairs[i - 1];
    // Sorted by name then value, a repeated value is next to its twin.
    if (previous && previous[0] === name && previous[1] === value) continue;
    text += name + value;
  }
  return text;
}

/**
 * More than any Twilio webhook sends (a voice or SMS request carries 20 to 40),
 * so that a forged body cannot make the sort, which runs before any signature
 * is compared, cost more than the HMAC.
 */
const MAX_FORM_PARAMS = 1000;

/**
 * `application/x-www-form-urlencoded` pairs, decoded exactly as `URLSearchParams`
 * decodes them, in one linear pass: Node's URLSearchParams parser walks the
 * body in JavaScript and costs more than the HMAC itself. Undefined past
 * MAX_FORM_PARAMS.
 */
function parseForm(body: string): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  const decode = formDecoder();
  // The next `=` at or after `start`, kept between pairs: searched afresh for each, a body
  // of a thousand `&` and no `=` would be scanned to its end a thousand times.
  let eq = -1;
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('&', start);
    if (end === -1) end = body.length;
    if (end > start) {
      if (pairs.length === MAX_FORM_PARAMS) return undefined;
      if (eq < start) eq = body.indexOf('=', start);
      if (eq === -1) eq = Infinity;
      const split = eq > end ? end : eq;
      const name = decode(body.slice(start, split));
      const value = split === end ? '' : decode(body.slice(split + 1, end));
      // A malformed escape: URLSearchParams keeps it as text; let it decide (bounded by the cap above).
      if (name === undefined || value === undefined) pairs.push(...new URLSearchParams(body.slice(start, end)));
      else pairs.push([name, value]);
    }
    start = end + 1;
  }
  return pairs;
}

/**
 * Decodes one body's names and values (undefined for a malformed escape). The
 * native decodeURIComponent, several times faster on the short values Twilio
 * sends, until its first exception; then the exception-free decoder: one throw
 * per body at most, not one per field. replaceAll and includes, not regular
 * expressions: several times faster on a long value.
 */
function formDecoder(): (text: string) => string | undefined {
  let native = true;
  return (text) => {
    const spaced = text.includes('+') ? text.replaceAll('+', ' ') : text;
    if (!spaced.includes('%')) return spaced;
    if (native) {
      try {
        return decodeURIComponent(spaced);
      } catch {
        native = false;
      }
    }
    return decodeComponent(spaced);
  };
}

export interface SignTwilioOptions {
  authToken: string;
  /** The URL Twilio calls, exactly as configured. */
  url: string;
  /** A form-encoded body (as for SMS and voice webhooks), or JSON with `contentType: 'application/json'`. */
  body?: SignBody;
  /** Default: `application/x-www-form-urlencoded`. */
  contentType?: string;
}

/**
 * The request Twilio would send: `X-Twilio-Signature` over the URL and the
 * sorted form parameters, or, for other bodies, over the URL with
 * `bodySHA256=<hex>` appended (the returned `url`).
 */
export async function signTwilio({ authToken, url, body = '', contentType = FORM }: SignTwilioOptions): Promise<SignedParts> {
  const form = isFormEncoded(contentType);
  const signedUrl = form ? url : `${url}${url.includes('?') ? '&' : '?'}bodySHA256=${await digestText('sha256', body, 'hex')}`;
  const params = form ? sortedFormParams(typeof body === 'string' ? body : fromUtf8(body)) : '';
  if (isRefusal(params)) throw new TypeError(`twilio: ${params.error.message}`);
  const data = signedUrl + params;
  const signature = await hmacText('sha1', requireSecret('twilio', 'authToken', authToken), data, 'base64');
  return { headers: { [HEADER]: signature, 'content-type': contentType }, url: signedUrl };
}
