import { verifyEcdsaP256 } from '../crypto/index.js';
import { decodeBase64 } from '../encoding.js';
import type { SignatureCheck } from './check.js';
import { base64, publicKeyCheck } from './public-key-check.js';

const PEM = /-----(BEGIN|END) PUBLIC KEY-----|\s/g;

/** A P-256 public key as base64 SPKI DER, with or without PEM armour: how dashboards show them. */
const decodeSpki = (text: string) => {
  const der = decodeBase64(text.replace(PEM, ''), 'base64', false);
  // A P-256 SPKI is 91 bytes; anything else cannot be one.
  return der?.length === 91 ? der : undefined;
};

/** ECDSA P-256 with SHA-256, DER signatures in base64, under SPKI public keys. */
export function ecdsaP256Check(): SignatureCheck<readonly Uint8Array[]> {
  return publicKeyCheck('ECDSA P-256 SHA-256, base64 DER', 'a base64 P-256 public key (SPKI)', decodeSpki, { encoding: base64 }, verifyEcdsaP256);
}
