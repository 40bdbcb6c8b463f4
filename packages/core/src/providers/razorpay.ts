import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface RazorpayOptions {
  /** The webhook secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const RAZORPAY: WebhookPreset = {
  scheme: 'razorpay',
  signature: { header: 'x-razorpay-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  deliveryIdHeader: 'x-razorpay-event-id',
};

/**
 * Razorpay: `X-Razorpay-Signature: <hex HMAC-SHA256(secret, raw body)>`. No time is
 * signed; `deliveryId` is `x-razorpay-event-id`, which the signature does not cover.
 */
export const razorpay = (options: RazorpayOptions): Verifier => presetVerifier(RAZORPAY, 'secret', options.secret);
