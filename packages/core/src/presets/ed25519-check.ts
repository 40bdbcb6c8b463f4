import { verifyEd25519 } from '../crypto/index.js';
import type { SignatureCheck } from './check.js';
import { publicKeyCheck, type BinaryEncoding } from './public-key-check.js';

/** Ed25519 under the sender's raw 32-byte public keys, keys and signatures in `encoding`. */
export function ed25519Check(encoding: BinaryEncoding): SignatureCheck<readonly Uint8Array[]> {
  const decodeKey = (text: string) => {
    const key = encoding.decode(text.trim());
    return key?.length === 32 ? key : undefined;
  };
  return publicKeyCheck(`Ed25519, ${encoding.name}`, `a 32-byte Ed25519 public key in ${encoding.name}`, decodeKey, { encoding, bytes: 64 }, verifyEd25519);
}
