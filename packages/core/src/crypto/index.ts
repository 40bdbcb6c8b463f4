import { nodeBackend, nodeCrypto } from './node.js';
import type { CryptoBackend } from './types.js';
import { webBackend } from './web.js';

export type { CryptoBackend, HashAlgorithm, HmacKey, Message } from './types.js';
export { timingSafeEqual } from './timing-safe-equal.js';
export { verifyEd25519 } from './ed25519.js';
export { verifyEcdsaP256 } from './ecdsa.js';

/** node:crypto where the runtime has it (6.5x cheaper than WebCrypto at 1 KiB), WebCrypto elsewhere. */
export const backend: CryptoBackend = nodeCrypto ? nodeBackend(nodeCrypto) : webBackend;
