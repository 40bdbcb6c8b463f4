import type { SignatureEncoding } from '../encoding.js';
import { cached } from './cache.js';
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
  /** `null` for Ed25519, which names no hash; `sha256` for ECDSA. */
  verify(algorithm: null | 'sha256', data: Uint8Array, key: object, signature: Uint8Array): boolean;
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
function loadNodeCrypto(): NodeCrypto | undefined {
  try {
    const process = (globalThis as { process?: NodeProcess }).process;
    return process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
  } catch {
    return undefined;
  }
}

export const nodeCrypto = loadNodeCrypto();

function feed(hash: NodeHash, message: Message, encoding: SignatureEncoding): string {
  if (typeof message === 'string' || message instanceof Uint8Array) return hash.update(message).digest(encoding);
  for (const part of message) hash.update(part);
  return hash.digest(encoding);
}

/**
 * Keys become KeyObjects once (a secret comes back with every request, and a
 * KeyObject spares encoding it each time); at most this many text keys are kept.
 */
const MAX_CACHED_KEYS = 64;

export function nodeBackend(crypto: NodeCrypto): CryptoBackend {
  const secretKeys = new Map<string, object>();
  const byteKeys = new WeakMap<Uint8Array, object>();
  const secretKey = (key: HmacKey) => {
    if (typeof key !== 'string') return cached(byteKeys, key, () => crypto.createSecretKey(key));
    // Signers in tests use many keys, verifiers a few: the text cache is bounded.
    if (secretKeys.size >= MAX_CACHED_KEYS) secretKeys.clear();
    return cached(secretKeys, key, () => crypto.createSecretKey(key, 'utf8'));
  };
  return {
    hmac: (algorithm: HashAlgorithm, key, message, encoding) => feed(crypto.createHmac(algorithm, secretKey(key)), message, encoding),
    // The one-shot hash spares building a Hash stream object: 0.2 µs of a 1 KiB digest.
    digest: (algorithm: HashAlgorithm, message, encoding) =>
      crypto.hash && !Array.isArray(message) ? crypto.hash(algorithm, message as Uint8Array, encoding) : feed(crypto.createHash(algorithm), message, encoding),
  };
}
