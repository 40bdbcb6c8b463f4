import { ed25519Check } from '../presets/ed25519-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface DiscordOptions {
  /** The application's public key, hex, as the Developer Portal shows it. */
  publicKey: SecretInput;
  /** Seconds the timestamp may be from now, either way. Default: 300 (Discord's libraries check none). */
  toleranceSeconds?: number;
}

export const DISCORD: WebhookPreset = {
  scheme: 'discord',
  signature: { header: 'x-signature-ed25519' },
  signed: '{timestamp}{body}',
  check: /* @__PURE__ */ ed25519Check('hex'),
  timestamp: { header: 'x-signature-timestamp', unit: 's', tolerance: 300 },
  invalidStatus: 401,
};

/**
 * Discord (interactions and webhook events): `X-Signature-Ed25519: <hex Ed25519(timestamp ‖ raw body)>`,
 * `X-Signature-Timestamp` in unix seconds. A wrong signature is answered 401:
 * Discord sends deliberately wrong ones and removes an endpoint that answers otherwise.
 */
export const discord = (options: DiscordOptions): Verifier => presetVerifier(DISCORD, 'publicKey', options.publicKey, options);
