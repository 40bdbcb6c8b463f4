import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface LinearOptions {
  /** The webhook's signing secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds `webhookTimestamp` may be from now, either way. Default: 60, as Linear's SDK. */
  toleranceSeconds?: number;
}

export const LINEAR: WebhookPreset = {
  scheme: 'linear',
  signature: { header: 'linear-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  // The body's own field, which the signature covers; the linear-timestamp header is not signed.
  timestamp: /* @__PURE__ */ signedTime({ bodyField: 'webhookTimestamp', unit: milliseconds, tolerance: 60 }),
  deliveryIdHeader: 'linear-delivery',
};

/**
 * Linear: `linear-signature: <hex HMAC-SHA256(secret, raw body)>`, the time in
 * the JSON body's `webhookTimestamp` (unix milliseconds), as Linear's SDK checks it.
 */
export const linear = (options: LinearOptions): Verifier => presetVerifier(LINEAR, 'secret', options.secret, options);
