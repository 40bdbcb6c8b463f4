import type { HashAlgorithm, HmacKey } from '../crypto/index.js';
import type { SignatureEncoding } from '../encoding.js';
import { hmacMatches, isEncodedDigest } from '../signature.js';
import { hmacText } from '../signing.js';
import type { SignatureCheck } from './check.js';

const ALGORITHM_NAMES: Record<HashAlgorithm, string> = { sha1: 'HMAC-SHA1', sha256: 'HMAC-SHA256', sha512: 'HMAC-SHA512' };

/** An HMAC of the signed message under the secret's UTF-8 bytes, compared as encoded text in the sender's encoding. */
export function hmacCheck(algorithm: HashAlgorithm, encoding: SignatureEncoding): SignatureCheck<readonly HmacKey[]> {
  return {
    name: `${ALGORITHM_NAMES[algorithm]}, ${encoding}`,
    keyShape: 'a secret',
    keys: (secrets) => secrets,
    matches: (keys, message, presented, offset) => hmacMatches(algorithm, keys, message, presented, encoding, offset),
    wellFormed: (text) => isEncodedDigest(text, algorithm, encoding),
    sign: (secret, message) => hmacText(algorithm, secret, message, encoding),
  };
}
