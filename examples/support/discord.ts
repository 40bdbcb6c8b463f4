// A Discord application as the examples' tests play it: an Ed25519 key pair made
// with node:crypto (hookguard has no Discord signer: signing takes Discord's
// private key), its public key as the Developer Portal shows it (hex of the raw
// 32 bytes), and interactions signed the way Discord signs them.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** The raw 32-byte public key (the tail of its SPKI DER), in hex. */
const hexKey = (key: KeyObject) => key.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

export function discordApp() {
  const pair = generateKeyPairSync('ed25519');
  const stranger = generateKeyPairSync('ed25519');
  /** Headers and body of an interaction: `X-Signature-Ed25519` over timestamp ‖ raw body, signed now; `forged` signs with another key. */
  const interaction = (payload: object, { forged = false } = {}) => {
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const key = (forged ? stranger : pair).privateKey;
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
    const headers = { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
    return { headers, body };
  };
  return { publicKey: hexKey(pair.publicKey), interaction };
}

/** An interactions PING (type 1), which hookguard answers `{"type":1}` before the handler. */
export const PING = { type: 1, id: '1100000000000000001', application_id: '1000000000000000001', token: 'ping-token', version: 1 };
/** An application command (type 2), which reaches the handler. */
export const COMMAND = {
  type: 2,
  id: '1100000000000000002',
  application_id: '1000000000000000001',
  token: 'command-token',
  version: 1,
  data: { id: '1200000000000000001', name: 'hello', type: 1 },
};
