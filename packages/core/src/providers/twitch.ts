import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface TwitchOptions {
  /** The EventSub subscription's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the message timestamp may be from now, either way. Default: 600, as Twitch advises. */
  toleranceSeconds?: number;
}

export const TWITCH: WebhookPreset = {
  scheme: 'twitch',
  signature: { header: 'twitch-eventsub-message-signature', prefix: 'sha256=' },
  signed: '{id}{timestamp}{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: { header: 'twitch-eventsub-message-timestamp', unit: 'rfc3339', tolerance: 600 },
  idHeader: 'twitch-eventsub-message-id',
};

/**
 * Twitch EventSub (webhook transport): `Twitch-Eventsub-Message-Signature:
 * sha256=<hex HMAC-SHA256(secret, message id ‖ timestamp ‖ raw body)>`, the
 * timestamp an RFC 3339 date. `deliveryId` is the signed message id.
 */
export const twitch = (options: TwitchOptions): Verifier => presetVerifier(TWITCH, 'secret', options.secret, options);
