import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface ClickUpOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const CLICKUP: WebhookPreset = {
  scheme: 'clickup',
  signature: { header: 'x-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * ClickUp: `X-Signature: <hex HMAC-SHA256(webhook secret, raw body)>`. No time is signed.
 */
export const clickUp = (options: ClickUpOptions): Verifier => presetVerifier(CLICKUP, 'secret', options.secret);
