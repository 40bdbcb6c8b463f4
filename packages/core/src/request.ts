import { bodyTooLarge } from './body.js';
import { isRefusal, type Refusal } from './errors.js';
import { fromUtf8, utf8 } from './encoding.js';

type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;

// Recognized by shape, not `instanceof`: a Request or Headers from another copy of
// undici, a polyfill or a framework subclass must not pass for a plain object.
const isHeaders = (value: HeadersInput): value is Headers => typeof (value as Headers).get === 'function';

/**
 * Header input as users and platforms have it: a WHATWG `Headers` or a plain
 * object (Node's `req.headers`); or `RequestHeaders`, when an adapter already
 * made one to read the host, so the names are not scanned twice.
 */
export type HeadersInput = Headers | HeaderRecord | RequestHeaders;

/**
 * A URL, or a function that builds it, called at most once and only when a
 * scheme reads the URL (Twilio, QStash, query secrets): the other schemes sign
 * the body alone, and rebuilding a URL from headers costs a tenth of their check.
 * The function answers a refusal when the client's headers form no URL.
 */
export type UrlInput = string | (() => string | Refusal);

/** A request in plain form, as adapters build it from a platform's shape. */
export interface PlainRequest {
  method: string;
  /** The absolute URL the sender signed: scheme, host, path and query exactly as sent. */
  url: UrlInput;
  headers: HeadersInput;
  body?: Uint8Array | ArrayBuffer | string | null | undefined;
}

export type RequestInput = Request | PlainRequest | VerifiableRequest;

/** 6 MiB: AWS Lambda's synchronous payload limit, the largest of the platforms hookguard serves. */
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

/**
 * Case-insensitive header access that keeps repeated headers apart. Nothing is
 * copied: a verifier reads two or three headers of twenty, and merging the
 * names of a REST API event (spelled as the client sent them) cost 1.6 µs.
 */
export class RequestHeaders {
  readonly #input: HeadersInput;
  #names: readonly string[] | undefined;

  constructor(input: HeadersInput) {
    this.#input = input;
  }

  /** Every value of a header, in order; empty when absent. */
  all(name: string): readonly string[] {
    const value = this.#lookup(name.toLowerCase());
    if (value === undefined) return [];
    return typeof value === 'string' ? [value] : value;
  }

  /** The header's value, joined with ", " when repeated (as HTTP allows), or undefined. */
  get(name: string): string | undefined {
    const value = this.#lookup(name.toLowerCase());
    if (typeof value !== 'object') return value;
    return value.length ? value.join(', ') : undefined;
  }

  /** The stored value, with no array made for a single one: `get` runs several times per request. */
  #lookup(key: string): string | readonly string[] | undefined {
    const input = this.#input;
    if (input instanceof RequestHeaders) return input.#lookup(key);
    if (isHeaders(input)) return input.get(key) ?? undefined;
    return lookupRecord(input, (this.#names ??= Object.keys(input)), key);
  }
}

/**
 * The values stored under every spelling of `key` (lower case), in the
 * record's order: the stored value itself when there is one spelling. Names of
 * another length are passed over unread, since lowering an ASCII name (header
 * names are ASCII tokens, RFC 9110) keeps its length.
 */
function lookupRecord(record: HeaderRecord, names: readonly string[], key: string): string | readonly string[] | undefined {
  let found: string | readonly string[] | undefined;
  let merged: string[] | undefined;
  for (const name of names) {
    if (name.length !== key.length || (name !== key && name.toLowerCase() !== key)) continue;
    const value = record[name];
    if (value === undefined) continue;
    if (found === undefined) {
      found = value;
      continue;
    }
    merged ??= typeof found === 'string' ? [found] : [...found];
    merged.push(...(typeof value === 'string' ? [value] : value));
  }
  return merged ?? found;
}

/** The one shape every verifier reads: method, absolute URL, headers, raw body. */
export class VerifiableRequest {
  #url: string | Refusal | (() => string | Refusal);
  readonly #given: Uint8Array | string;
  #bytes: Uint8Array | undefined;

  // Declared, not defined: the constructor sets them, and a bundle then carries no field list.
  declare readonly method: string;
  declare readonly headers: RequestHeaders;

  /** `body` as bytes, or as the text a platform's event carries (Lambda, Netlify): its UTF-8 encoding is the body. */
  constructor(method: string, url: UrlInput, headers: RequestHeaders, body: Uint8Array | string) {
    this.method = method;
    this.headers = headers;
    this.#url = url;
    this.#given = body;
  }

  /**
   * The absolute URL the sender signed, built on first read when it was given as
   * a function; a refusal when the client's headers form no URL (a Host header
   * that is no host, say). Schemes read it through `absoluteUrl`.
   */
  get target(): string | Refusal {
    const url = this.#url;
    return typeof url === 'function' ? (this.#url = url()) : url;
  }

  /** `target` as text: empty when the headers formed no URL. */
  get url(): string {
    const target = this.target;
    return isRefusal(target) ? '' : target;
  }

  /** The raw body bytes; text is encoded on first read. */
  get body(): Uint8Array {
    const given = this.#given;
    return typeof given !== 'string' ? given : (this.#bytes ??= utf8(given));
  }

  /**
   * The body as it was given: bytes, or text whose UTF-8 encoding is the body.
   * What schemes hash: node:crypto encodes text as it hashes, and encoding a
   * 1 KiB event body to bytes first costs a tenth of the check.
   */
  get bodyAsGiven(): Uint8Array | string {
    return this.#given;
  }

  /** The body decoded as UTF-8 (a form, say); text given as text is returned as is. */
  get bodyText(): string {
    const given = this.#given;
    return typeof given === 'string' ? given : fromUtf8(given);
  }
}

/**
 * A plain request as a `VerifiableRequest`, synchronously: the path adapters
 * take. WHATWG `Request`s are read in web-request.ts, which Lambda bundles leave out.
 */
export function toVerifiableRequest(input: PlainRequest | VerifiableRequest, maxBodyBytes = DEFAULT_MAX_BODY_BYTES): VerifiableRequest | Refusal {
  if (input instanceof VerifiableRequest) return input;
  return withBody(input, givenBody(input.body), maxBodyBytes);
}

/** Text stays text: schemes hash it as its UTF-8 bytes without a copy. */
function givenBody(body: PlainRequest['body']): Uint8Array | string {
  if (body === undefined || body === null) return new Uint8Array(0);
  return typeof body === 'string' || body instanceof Uint8Array ? body : new Uint8Array(body);
}

/** The request with its body, or the refusal when the body is over the limit. */
export function withBody(input: Request | PlainRequest, body: Uint8Array | string, maxBodyBytes: number, url = input.url): VerifiableRequest | Refusal {
  const sized = withinLimit(body, maxBodyBytes);
  if (sized === undefined) return tooLarge(maxBodyBytes);
  const headers = input.headers instanceof RequestHeaders ? input.headers : new RequestHeaders(input.headers);
  return new VerifiableRequest(input.method.toUpperCase(), url, headers, sized);
}

/**
 * The body, or undefined when its bytes exceed `limit`. Text whose length cannot
 * tell (UTF-8 takes one to three bytes per UTF-16 unit) is encoded to be
 * counted, and its bytes are kept, so that it is not encoded twice.
 */
function withinLimit(body: Uint8Array | string, limit: number): Uint8Array | string | undefined {
  const counted = typeof body === 'string' && body.length <= limit && body.length * 3 > limit ? utf8(body) : body;
  return counted.length > limit ? undefined : counted;
}

export const tooLarge = (limit: number): Refusal => ({ ok: false, error: bodyTooLarge(limit) });
