import type { CryptoBackend, HashAlgorithm, Message } from './types.js';

/** The slice of `node:crypto` core uses, typed here so core needs no @types/node. */
interface NodeCrypto {
  createHmac(algorithm: string, key: string): NodeHash;
  createHash(algorithm: string): NodeHash;
}
interface NodeHash {
  update(data: Uint8Array | string): NodeHash;
  digest(): Uint8Array;
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

function feed(hash: NodeHash, message: Message): Uint8Array {
  if (typeof message === 'string' || message instanceof Uint8Array) return hash.update(message).digest();
  for (const part of message) hash.update(part);
  return hash.digest();
}

export function nodeBackend(crypto: NodeCrypto): CryptoBackend {
  return {
    name: 'node',
    hmac: (algorithm: HashAlgorithm, key: string, message: Message) => feed(crypto.createHmac(algorithm, key), message),
    digest: (algorithm: HashAlgorithm, message: Message) => feed(crypto.createHash(algorithm), message),
  };
}
