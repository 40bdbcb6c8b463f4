import { cached } from './cache.js';
import { joinParts } from './message.js';
import { nodeCrypto } from './node.js';
import type { Message } from './types.js';
import { webVerifyEcdsaP256 } from './web.js';

// Apart from the HMAC backends, like ed25519.ts: only SendGrid signs with ECDSA.
const keys = new WeakMap<Uint8Array, object>();

/**
 * Verifies an ECDSA P-256 / SHA-256 signature, DER-encoded as senders send it,
 * under a public key in SPKI DER: node:crypto where there is one, else WebCrypto.
 */
export function verifyEcdsaP256(spki: Uint8Array, message: Message, signature: Uint8Array): boolean | Promise<boolean> {
  const node = nodeCrypto;
  if (node) {
    const key = cached(keys, spki, () => node.createPublicKey({ key: spki, format: 'der', type: 'spki' }));
    // OpenSSL throws on a key of another curve or a signature that is no DER; either is a mismatch.
    try {
      return node.verify('sha256', joinParts(message), key, signature);
    } catch {
      return false;
    }
  }
  return webVerifyEcdsaP256(spki, message, signature);
}
