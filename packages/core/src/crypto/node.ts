import type { SignatureEncoding } from '../encoding.js';
import type { CryptoBackend, HashAlgorithm, Message } from './types.js';

/** The slice of `node:crypto` core uses, typed here so core needs no @types/node. */
interface NodeCrypto {
  createHmac(algorithm: string, key: string): NodeHash;
  createHash(algorithm: string): NodeHash;
}
interface NodeHash {
  update(data: Uint8Array | string): NodeHash;
  digest(encoding: SignatureEncoding): string;
}

type NodeProcess = { getBuiltinModule?: (id: string) => unknown };

/**
 * Reached through `process.getBuiltinModule`, never a static import, so bundlers
 * for Edge runtimes see no `node:crypto` dependency and the import cannot fail there.
 */
export function loadNodeCrypto(): NodeCrypto | undefined {
  const process = (globalThis as { process?: NodeProcess }).process;
  return process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
}

function feed(hash: NodeHash, message: Message, encoding: SignatureEncoding): string {
  if (typeof message === 'string' || message instanceof Uint8Array) return hash.update(message).digest(encoding);
  for (const part of message) hash.update(part);
  return hash.digest(encoding);
}

export function nodeBackend(crypto: NodeCrypto): CryptoBackend {
  return {
    name: 'node',
    hmac: (algorithm: HashAlgorithm, key, message, encoding) => feed(crypto.createHmac(algorithm, key), message, encoding),
    digest: (algorithm: HashAlgorithm, message, encoding) => feed(crypto.createHash(algorithm), message, encoding),
  };
}
