import { backend, timingSafeEqual, type HashAlgorithm, type HmacKey, type Message } from './crypto/index.js';
import type { SignatureEncoding } from './encoding.js';

const DIGEST_BYTES: Readonly<Record<HashAlgorithm, number>> = { sha1: 20, sha256: 32, sha512: 64 };

// Marked pure so that bundles without `hmac()` drop it: esbuild cannot know `Object.keys` has no effects.
export const HASH_ALGORITHMS = /* @__PURE__ */ Object.keys(DIGEST_BYTES) as readonly HashAlgorithm[];

const ALPHABET: Readonly<Record<SignatureEncoding, RegExp>> = {
  hex: /^[0-9a-f]+$/,
  base64: /^[A-Za-z0-9+/]+={0,2}$/,
  base64url: /^[A-Za-z0-9_-]+$/,
};

/** The length of a digest in an encoding: base64 padded, base64url not (as senders and JWTs write them). */
function encodedLength(algorithm: HashAlgorithm, encoding: SignatureEncoding): number {
  const bytes = DIGEST_BYTES[algorithm];
  if (encoding === 'hex') return bytes * 2;
  return encoding === 'base64' ? Math.ceil(bytes / 3) * 4 : Math.ceil((bytes * 4) / 3);
}

/** Whether text has the shape of an encoded digest, so a garbled header is told apart from a wrong one. */
export function isEncodedDigest(text: string, algorithm: HashAlgorithm, encoding: SignatureEncoding): boolean {
  return text.length === encodedLength(algorithm, encoding) && ALPHABET[encoding].test(text);
}

/**
 * Whether one of the `presented` signatures is the HMAC of `message` under one of
 * `keys`, compared as encoded text: exactly one spelling of each signature is
 * accepted, as the providers' SDKs do. Keys are tried in order and the first match
 * ends the loop: which key matched is no secret, and trying the rest would double
 * the cost of every valid request during a rotation.
 *
 * On a match, answers the HMAC under the first key: one string per signed
 * message, whatever signatures the header listed or which key matched, from
 * which replay protection derives its key (so a re-spelled header is the same
 * delivery). Undefined when nothing matched.
 */
export function hmacMatches(
  algorithm: HashAlgorithm,
  keys: readonly HmacKey[],
  message: Message,
  presented: string | readonly string[],
  encoding: SignatureEncoding,
  /** Where the signature starts in a single `presented` header value (after a `sha256=` prefix, say). */
  offset = 0,
): string | undefined | Promise<string | undefined> {
  let canonical: string | undefined;
  for (let i = 0; i < keys.length; i++) {
    const expected = backend.hmac(algorithm, keys[i]!, message, encoding);
    // node:crypto answers synchronously, and then so does this: no promise on the common path.
    if (typeof expected !== 'string') return matchesInTurn(keys.slice(i), (key) => backend.hmac(algorithm, key, message, encoding), presented, offset, expected, canonical);
    canonical ??= expected;
    if (isPresented(expected, presented, offset)) return canonical;
  }
  return undefined;
}

/**
 * hmacMatches for signatures answered as promises (WebCrypto, a digest of the
 * secret and the message): each key's signature from `sign` in turn, `first`
 * being the first key's when it was already asked for.
 */
export async function matchesInTurn<K>(
  keys: readonly K[],
  sign: (key: K) => string | Promise<string>,
  presented: string | readonly string[],
  offset: number,
  first?: Promise<string>,
  canonical?: string,
): Promise<string | undefined> {
  for (const key of keys) {
    const expected = await (first ?? sign(key));
    first = undefined;
    canonical ??= expected;
    if (isPresented(expected, presented, offset)) return canonical;
  }
  return undefined;
}

// Compared in place, at an offset, rather than against a slice: V8 reads a sliced string's characters slower.
const isPresented = (expected: string, presented: string | readonly string[], offset: number) =>
  typeof presented === 'string' ? timingSafeEqual(expected, presented, offset) : presented.some((text) => timingSafeEqual(expected, text));

/** Whether `presented` is the digest of `message`, e.g. a body hash a signed token carries; synchronous with node:crypto. */
export function digestMatches(
  algorithm: HashAlgorithm,
  message: Message,
  presented: string,
  encoding: SignatureEncoding,
): boolean | Promise<boolean> {
  const digest = backend.digest(algorithm, message, encoding);
  return typeof digest === 'string' ? timingSafeEqual(digest, presented) : digest.then((text) => timingSafeEqual(text, presented));
}

/**
 * More entries than a sender lists in a signature header (a timestamp, one
 * signature per secret or key it signs with, an old scheme's): a longer list
 * is refused before it is parsed, so that a forged one of thousands costs no
 * more than a real one.
 */
export const MAX_LISTED_ENTRIES = 32;

/** Whether `list` has more than MAX_LISTED_ENTRIES entries. */
export const tooManyEntries = (list: string, separator: string): boolean => occursMoreThan(list, separator, MAX_LISTED_ENTRIES - 1);

/**
 * Whether `separator` occurs in `text`, from `from` on, more than `count`
 * times: counted with the native indexOf, no strings made, and no further than
 * the count, so a list can be refused for its length before it is parsed.
 */
export function occursMoreThan(text: string, separator: string, count: number, from = 0): boolean {
  let found = 0;
  for (let i = text.indexOf(separator, from); i !== -1; i = text.indexOf(separator, i + 1)) {
    if (++found > count) return true;
  }
  return false;
}

/**
 * The values listed under `name` in a signature header: Stripe's `t=1,v1=ab,v1=cd`
 * (entries split on `,`, name from value on `=`) or Standard Webhooks'
 * `v1,ab v1a,cd` (` ` and `,`). Entries are trimmed; an entry that is the bare
 * name lists an empty value; a value ends at a further name separator, as the
 * providers' own parsers split. Scanned in place: splitting into arrays of
 * arrays and destructuring them cost Stripe a tenth of its verification.
 */
export function listedValues(list: string, name: string, entrySeparator: string, nameSeparator: string): string[] {
  const values: string[] = [];
  for (let start = 0; start <= list.length; ) {
    let end = list.indexOf(entrySeparator, start);
    if (end === -1) end = list.length;
    const entry = list.slice(start, end).trim();
    if (entry.startsWith(name) && (entry.length === name.length || entry[name.length] === nameSeparator)) {
      const valueEnd = entry.indexOf(nameSeparator, name.length + 1);
      values.push(entry.slice(name.length + 1, valueEnd === -1 ? entry.length : valueEnd));
    }
    start = end + 1;
  }
  return values;
}
