import { hmacCheck } from '../presets/hmac-check.js';
import { answered, textAnswer } from '../presets/handshake.js';
import { jsonObject } from '../json-body.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { rfc3339 } from '../timestamp.js';

export interface TwitchOptions {
  /** The EventSub subscription's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the message timestamp may be from now, either way. Default: 600, as Twitch advises. */
  toleranceSeconds?: number;
  /** Whether EventSub's `webhook_callback_verification` is answered once verified. Default: true. */
  handshakes?: boolean;
}

export const TWITCH: WebhookPreset = {
  scheme: 'twitch',
  signature: { header: 'twitch-eventsub-message-signature', prefix: 'sha256=' },
  signed: '{id}{timestamp}{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'twitch-eventsub-message-timestamp', unit: rfc3339, tolerance: 600 }),
  idHeader: 'twitch-eventsub-message-id',
  handshakes: {
    // webhook_callback_verification, itself signed: the challenge alone, as text.
    signed(request) {
      if (request.headers.get('twitch-eventsub-message-type') !== 'webhook_callback_verification') return undefined;
      const challenge = jsonObject(request)?.['challenge'];
      return typeof challenge === 'string' ? answered('twitch', "Twitch's webhook_callback_verification", textAnswer(challenge)) : undefined;
    },
  },
};

/**
 * Twitch EventSub (webhook transport): `Twitch-Eventsub-Message-Signature:
 * sha256=<hex HMAC-SHA256(secret, message id ‖ timestamp ‖ raw body)>`, the
 * timestamp an RFC 3339 date. `deliveryId` is the signed message id. Its signed
 * `webhook_callback_verification` is answered before the handler with the challenge, as text.
 */
export const twitch = (options: TwitchOptions): Verifier => presetVerifier(TWITCH, 'secret', options.secret, options);
