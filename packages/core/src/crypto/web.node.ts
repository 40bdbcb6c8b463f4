import type { CryptoBackend } from './types.js';

// The twin of web.ts in the package's "node" build, which runtimes that resolve
// the "node" export condition load: they all have node:crypto, so WebCrypto's
// code stays out of their bundles. Only a runtime that claims "node" without
// `process.getBuiltinModule` (Node before 20.16) reaches this, and refuses loudly.
function unavailable(): never {
  throw new Error('hookguard: node:crypto is out of reach (process.getBuiltinModule needs Node 20.16 or later)');
}

export const webBackend: CryptoBackend = { hmac: unavailable, digest: unavailable };
export const webVerifyEd25519 = unavailable;
export const webVerifyEcdsaP256 = unavailable;
