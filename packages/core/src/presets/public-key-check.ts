import { backend, type Message } from '../crypto/index.js';
import { joinParts } from '../crypto/message.js';
import { decodeBase64, decodeHex } from '../encoding.js';
import type { SignatureCheck } from './check.js';

/** How a sender shows keys and signatures: hex (Discord) or base64 (Telnyx, SendGrid). */
export interface BinaryEncoding {
  readonly name: string;
  decode(text: string): Uint8Array | undefined;
}

// Decoders passed as values, so a bundle carries only the one its preset uses.
export const hex: BinaryEncoding = { name: 'hex', decode: decodeHex };
export const base64: BinaryEncoding = { name: 'base64', decode: (text) => decodeBase64(text, 'base64') };

type Verify = (key: Uint8Array, message: Message, signature: Uint8Array) => boolean | Promise<boolean>;

/**
 * A signature under one of the sender's public keys. Only the first
 * signatures, as many as there are keys, are tried: a sender lists one per key,
 * and each try verifies the whole message, so a forged list of hundreds costs
 * no more than a real one. The delivery is identified by a digest of what was
 * signed: ECDSA signatures can be re-spelled without the key, and one message
 * must be one delivery whichever spelling arrives.
 */
export function publicKeyCheck(
  name: string,
  keyShape: string,
  decodeKey: (text: string) => Uint8Array | undefined,
  signature: { encoding: BinaryEncoding; bytes?: number },
  verify: Verify,
): SignatureCheck<readonly Uint8Array[]> {
  const decodeSignature = (text: string) => {
    const bytes = signature.encoding.decode(text);
    return bytes && (signature.bytes === undefined || bytes.length === signature.bytes) ? bytes : undefined;
  };
  return {
    name,
    keyShape,
    keys(secrets) {
      const keys = secrets.map(decodeKey);
      return keys.every((key) => key !== undefined) ? (keys as Uint8Array[]) : undefined;
    },
    async matches(keys, message, presented, offset) {
      const listed = typeof presented === 'string' ? [presented.slice(offset)] : presented.slice(0, keys.length);
      const joined = joinParts(message); // once: each check would otherwise copy the whole body
      for (const text of listed) {
        const bytes = decodeSignature(text);
        if (!bytes) continue;
        for (const key of keys) {
          if (await verify(key, joined, bytes)) return backend.digest('sha256', joined, 'base64url');
        }
      }
      return undefined;
    },
    wellFormed: (text) => decodeSignature(text) !== undefined,
  };
}
