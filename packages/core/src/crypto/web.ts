import { encode } from '../encoding.js';
import { joinParts } from './message.js';
import type { CryptoBackend, HashAlgorithm, HmacKey } from './types.js';

const WEB_NAMES: Record<HashAlgorithm, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

interface KeyCache<K> {
  get(key: K): Promise<CryptoKey> | undefined;
  set(key: K, value: Promise<CryptoKey>): unknown;
}

// Importing a key costs about three HMACs of 1 KiB, so imported keys are kept:
// text keys by value, byte keys by identity (callers derive them once and reuse them).
const hmacKeys = new Map<HashAlgorithm, { text: KeyCache<string>; bytes: KeyCache<Uint8Array> }>();
const ed25519Keys: KeyCache<Uint8Array> = new WeakMap();

function cached<K>(cache: KeyCache<K>, key: K, load: () => Promise<CryptoKey>): Promise<CryptoKey> {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = load()));
  return value;
}

function hmacKey(algorithm: HashAlgorithm, key: HmacKey): Promise<CryptoKey> {
  let caches = hmacKeys.get(algorithm);
  if (!caches) hmacKeys.set(algorithm, (caches = { text: new Map(), bytes: new WeakMap() }));
  const load = () => crypto.subtle.importKey('raw', joinParts(key), { name: 'HMAC', hash: WEB_NAMES[algorithm] }, false, ['sign']);
  return typeof key === 'string' ? cached(caches.text, key, load) : cached(caches.bytes, key, load);
}

export const webBackend: CryptoBackend = {
  name: 'webcrypto',
  async hmac(algorithm, key, message, encoding) {
    const signature = await crypto.subtle.sign('HMAC', await hmacKey(algorithm, key), joinParts(message));
    return encode(new Uint8Array(signature), encoding);
  },
  async digest(algorithm, message, encoding) {
    return encode(new Uint8Array(await crypto.subtle.digest(WEB_NAMES[algorithm], joinParts(message))), encoding);
  },
  async verifyEd25519(publicKey, message, signature) {
    const load = () => crypto.subtle.importKey('raw', joinParts(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify('Ed25519', await cached(ed25519Keys, publicKey, load), joinParts(signature), joinParts(message));
  },
};
