import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface LemonSqueezyOptions {
  /** The webhook's signing secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const LEMON_SQUEEZY: WebhookPreset = {
  scheme: 'lemon-squeezy',
  signature: { header: 'x-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * Lemon Squeezy: `X-Signature: <hex HMAC-SHA256(secret, raw body)>`. No time is signed.
 */
export const lemonSqueezy = (options: LemonSqueezyOptions): Verifier => presetVerifier(LEMON_SQUEEZY, 'secret', options.secret);
