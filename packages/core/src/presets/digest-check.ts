import { backend, type HashAlgorithm, type Message } from '../crypto/index.js';
import type { SignatureEncoding } from '../encoding.js';
import { isEncodedDigest, matchesInTurn } from '../signature.js';
import { digestText } from '../signing.js';
import type { SignatureCheck } from './check.js';

const withSecret = (secret: string, message: Message): Message => [secret, ...(typeof message === 'string' || message instanceof Uint8Array ? [message] : message)];

/**
 * A plain digest of the secret followed by the signed message, no HMAC: what
 * HubSpot's v1 and v2 signatures are. Every key is hashed (the secret is part of
 * the message), the first key's digest identifying the delivery.
 */
export function secretPrefixedDigest(algorithm: HashAlgorithm, encoding: SignatureEncoding): SignatureCheck<readonly string[]> {
  return {
    name: `${algorithm.toUpperCase()} of secret and message, ${encoding}`,
    keyShape: 'a secret',
    keys: (secrets) => secrets,
    matches: (keys, message, presented, offset) => matchesInTurn(keys, (key) => backend.digest(algorithm, withSecret(key, message), encoding), presented, offset),
    wellFormed: (text) => isEncodedDigest(text, algorithm, encoding),
    sign: (secret, message) => digestText(algorithm, withSecret(secret, message), encoding),
  };
}
