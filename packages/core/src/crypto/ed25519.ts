import { cached } from './cache.js';
import { joinParts } from './message.js';
import { nodeCrypto } from './node.js';
import type { Message } from './types.js';
import { webVerifyEd25519 } from './web.js';

// Apart from the HMAC backends: only Standard Webhooks' `whpk_` keys sign with
// Ed25519, and bundles of every other scheme leave this module out.

// The DER prefix that turns a raw Ed25519 public key into an SPKI document (RFC 8410).
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];
// KeyObjects by the identity of their raw bytes, which callers decode once and reuse.
const keys = new WeakMap<Uint8Array, object>();

/** Verifies an Ed25519 signature under a raw 32-byte public key: node:crypto where there is one, else WebCrypto. */
export function verifyEd25519(publicKey: Uint8Array, message: Message, signature: Uint8Array): boolean | Promise<boolean> {
  const node = nodeCrypto;
  if (node) {
    const key = cached(keys, publicKey, () => node.createPublicKey({ key: new Uint8Array([...SPKI_PREFIX, ...publicKey]), format: 'der', type: 'spki' }));
    return node.verify(null, joinParts(message), key, signature);
  }
  return webVerifyEd25519(publicKey, message, signature);
}
