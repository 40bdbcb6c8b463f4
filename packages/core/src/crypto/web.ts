import { encode } from '../encoding.js';
import { cached, type KeyCache } from './cache.js';
import { derToRawSignature } from './der.js';
import { joinParts } from './message.js';
import type { CryptoBackend, HashAlgorithm, HmacKey, Message } from './types.js';

const WEB_NAMES: Record<HashAlgorithm, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

// Importing a key costs about three HMACs of 1 KiB, so imported keys are kept:
// text keys by value, byte keys by identity (callers derive them once and reuse them).
type Keys<K> = KeyCache<K, Promise<CryptoKey>>;
const hmacKeys = new Map<HashAlgorithm, { text: Keys<string>; bytes: Keys<Uint8Array> }>();

function hmacKey(algorithm: HashAlgorithm, key: HmacKey): Promise<CryptoKey> {
  const caches = cached(hmacKeys, algorithm, () => ({ text: new Map(), bytes: new WeakMap() }));
  const load = () => crypto.subtle.importKey('raw', joinParts(key), { name: 'HMAC', hash: WEB_NAMES[algorithm] }, false, ['sign']);
  return typeof key === 'string' ? cached(caches.text, key, load) : cached(caches.bytes, key, load);
}

export const webBackend: CryptoBackend = {
  async hmac(algorithm, key, message, encoding) {
    const signature = await crypto.subtle.sign('HMAC', await hmacKey(algorithm, key), joinParts(message));
    return encode(new Uint8Array(signature), encoding);
  },
  async digest(algorithm, message, encoding) {
    return encode(new Uint8Array(await crypto.subtle.digest(WEB_NAMES[algorithm], joinParts(message))), encoding);
  },
};

const ed25519Keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

/** Ed25519 verification under a raw 32-byte public key, for Standard Webhooks' `whpk_` keys. */
export async function webVerifyEd25519(publicKey: Uint8Array, message: Message, signature: Uint8Array): Promise<boolean> {
  const load = () => crypto.subtle.importKey('raw', joinParts(publicKey), { name: 'Ed25519' }, false, ['verify']);
  const key = await cached(ed25519Keys, publicKey, load);
  return crypto.subtle.verify('Ed25519', key, joinParts(signature), joinParts(message));
}

const ecdsaKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
const P256 = { name: 'ECDSA', namedCurve: 'P-256' };

/** ECDSA P-256 verification of a DER signature under an SPKI public key, for SendGrid. */
export async function webVerifyEcdsaP256(spki: Uint8Array, message: Message, signature: Uint8Array): Promise<boolean> {
  const raw = derToRawSignature(signature);
  if (!raw) return false;
  const load = () => crypto.subtle.importKey('spki', joinParts(spki), P256, false, ['verify']);
  try {
    const key = await cached(ecdsaKeys, spki, load);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, joinParts(raw), joinParts(message));
  } catch {
    return false; // a key that is not P-256 was imported by no one: a mismatch, not a crash
  }
}
