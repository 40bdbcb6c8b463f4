import { ed25519Check } from '../presets/ed25519-check.js';
import { hex } from '../presets/public-key-check.js';
import { answered, emptyAnswer, jsonAnswer } from '../presets/handshake.js';
import { jsonObject } from '../json-body.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface DiscordOptions {
  /** The application's public key, hex, as the Developer Portal shows it. */
  publicKey: SecretInput;
  /** Seconds the timestamp may be from now, either way. Default: 300 (Discord's libraries check none). */
  toleranceSeconds?: number;
  /** Whether Discord's PINGs are answered (PONG for interactions, 204 for webhook events) once verified. Default: true. */
  handshakes?: boolean;
}

export const DISCORD: WebhookPreset = {
  scheme: 'discord',
  signature: { header: 'x-signature-ed25519' },
  signed: '{timestamp}{body}',
  check: /* @__PURE__ */ ed25519Check(hex),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-signature-timestamp', unit: seconds, tolerance: 300 }),
  invalidStatus: 401,
  handshakes: {
    // Interactions PING (type 1, no event) is answered PONG as JSON; a webhook-events PING (type 0) with 204.
    signed(request) {
      const body = jsonObject(request);
      if (body?.['type'] === 0) return answered('discord', 'a webhook-events PING', emptyAnswer(204));
      if (body?.['type'] === 1 && !('event' in body)) return answered('discord', 'an interactions PING', jsonAnswer({ type: 1 }));
      return undefined;
    },
  },
};

/**
 * Discord (interactions and webhook events): `X-Signature-Ed25519: <hex Ed25519(timestamp ‖ raw body)>`,
 * `X-Signature-Timestamp` in unix seconds. A wrong signature is answered 401:
 * Discord sends deliberately wrong ones and removes an endpoint that answers otherwise.
 * Its signed PINGs are answered before the handler: interactions with `{"type":1}`,
 * webhook events with 204.
 */
export const discord = (options: DiscordOptions): Verifier => presetVerifier(DISCORD, 'publicKey', options.publicKey, options);
