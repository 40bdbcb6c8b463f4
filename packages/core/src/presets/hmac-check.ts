import type { HashAlgorithm, HmacKey } from '../crypto/index.js';
import { decodeBase64, type SignatureEncoding } from '../encoding.js';
import { hmacMatches, isEncodedDigest } from '../signature.js';
import { hmacText } from '../signing.js';
import type { SignatureCheck } from './check.js';

const ALGORITHM_NAMES: Record<HashAlgorithm, string> = { sha1: 'HMAC-SHA1', sha256: 'HMAC-SHA256', sha512: 'HMAC-SHA512' };

/** How a secret becomes HMAC key bytes: its UTF-8 text (most senders), or decoded base64. */
export type KeyEncoding = 'utf8' | 'base64';

/** An HMAC of the signed message, compared as encoded text in the sender's encoding. */
export function hmacCheck(algorithm: HashAlgorithm, encoding: SignatureEncoding, keyEncoding: KeyEncoding = 'utf8'): SignatureCheck<readonly HmacKey[]> {
  const key = (secret: string): HmacKey | undefined => (keyEncoding === 'utf8' ? secret : decodeBase64(secret, 'base64', false));
  return {
    name: `${ALGORITHM_NAMES[algorithm]}, ${encoding}`,
    keyShape: keyEncoding === 'utf8' ? 'a secret' : 'base64',
    keys(secrets) {
      const keys = secrets.map(key);
      return keys.every((value) => value !== undefined && value.length > 0) ? (keys as HmacKey[]) : undefined;
    },
    matches: (keys, message, presented, offset) => hmacMatches(algorithm, keys, message, presented, encoding, offset),
    wellFormed: (text) => isEncodedDigest(text, algorithm, encoding),
    sign: (secret, message) => hmacText(algorithm, key(secret) ?? secret, message, encoding),
  };
}
