import { backend, timingSafeEqual, type HashAlgorithm, type Message } from './crypto/index.js';

export const DIGEST_BYTES: Readonly<Record<HashAlgorithm, number>> = { sha1: 20, sha256: 32, sha512: 64 };

/**
 * Whether `signature` is the HMAC of `message` under one of `keys`. Keys are
 * tried in order and the loop stops at the first match: which key matched is not
 * a secret, and trying the rest would double the cost of every valid request
 * during a rotation.
 */
export async function hmacMatches(
  algorithm: HashAlgorithm,
  keys: readonly string[],
  message: Message,
  signature: Uint8Array,
): Promise<boolean> {
  if (signature.length !== DIGEST_BYTES[algorithm]) return false;
  for (const key of keys) {
    if (timingSafeEqual(await backend.hmac(algorithm, key, message), signature)) return true;
  }
  return false;
}
