import type { SignatureEncoding } from '../encoding.js';
import { cached } from './cache.js';
import { joinParts } from './message.js';
import type { CryptoBackend, HashAlgorithm, HmacKey, Message } from './types.js';

/** The slice of `node:crypto` core uses, typed here so core needs no @types/node. */
interface NodeCrypto {
  createHmac(algorithm: string, key: HmacKey | object): NodeHash;
  createSecretKey(key: string, encoding: 'utf8'): object;
  createSecretKey(key: Uint8Array): object;
  createHash(algorithm: string): NodeHash;
  /** One-shot digest: Node 20.12 and later. */
  hash?(algorithm: string, data: Uint8Array | string, outputEncoding: SignatureEncoding): string;
  createPublicKey(options: { key: Uint8Array; format: 'der'; type: 'spki' }): object;
  verify(algorithm: null, data: Uint8Array, key: object, signature: Uint8Array): boolean;
}
interface NodeHash {
  update(data: Uint8Array | string): NodeHash;
  digest(encoding: SignatureEncoding): string;
}

type NodeProcess = { getBuiltinModule?: (id: string) => unknown };

/**
 * Reached through `process.getBuiltinModule`, never a static import, so bundlers
 * for Edge runtimes see no `node:crypto` dependency and the import cannot fail
 * there. Next.js' Edge runtime throws on any access to Node APIs of its `process`
 * stand-in, hence the try.
 */
export function loadNodeCrypto(): NodeCrypto | undefined {
  try {
    const process = (globalThis as { process?: NodeProcess }).process;
    return process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

function feed(hash: NodeHash, message: Message, encoding: SignatureEncoding): string {
  if (typeof message === 'string' || message instanceof Uint8Array) return hash.update(message).digest(encoding);
  for (const part of message) hash.update(part);
  return hash.digest(encoding);
}

// The DER prefix that turns a raw Ed25519 public key into an SPKI document (RFC 8410).
const ED25519_SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

/**
 * Keys become KeyObjects once (a secret comes back with every request, and a
 * KeyObject spares encoding it each time); at most this many text keys are kept.
 */
const MAX_CACHED_KEYS = 64;

export function nodeBackend(crypto: NodeCrypto): CryptoBackend {
  const secretKeys = new Map<string, object>();
  const byteKeys = new WeakMap<Uint8Array, object>();
  const publicKeys = new WeakMap<Uint8Array, object>();
  const secretKey = (key: HmacKey) => {
    if (typeof key !== 'string') return cached(byteKeys, key, () => crypto.createSecretKey(key));
    // Signers in tests use many keys, verifiers a few: the text cache is bounded.
    if (secretKeys.size >= MAX_CACHED_KEYS) secretKeys.clear();
    return cached(secretKeys, key, () => crypto.createSecretKey(key, 'utf8'));
  };
  const publicKey = (raw: Uint8Array) =>
    cached(publicKeys, raw, () => crypto.createPublicKey({ key: new Uint8Array([...ED25519_SPKI_PREFIX, ...raw]), format: 'der', type: 'spki' }));
  return {
    hmac: (algorithm: HashAlgorithm, key, message, encoding) => feed(crypto.createHmac(algorithm, secretKey(key)), message, encoding),
    // The one-shot hash spares building a Hash stream object: 0.2 µs of a 1 KiB digest.
    digest: (algorithm: HashAlgorithm, message, encoding) =>
      crypto.hash && !Array.isArray(message) ? crypto.hash(algorithm, message as Uint8Array, encoding) : feed(crypto.createHash(algorithm), message, encoding),
    verifyEd25519: (raw, message, signature) => crypto.verify(null, joinParts(message), publicKey(raw), signature),
  };
}
