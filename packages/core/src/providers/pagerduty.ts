import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface PagerDutyOptions {
  /** The webhook subscription's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const PAGERDUTY: WebhookPreset = {
  scheme: 'pagerduty',
  signature: { header: 'x-pagerduty-signature', list: /* @__PURE__ */ signatureList({ separator: ',', signature: 'v1' }) },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * PagerDuty v3 webhooks: `X-PagerDuty-Signature: v1=<hex HMAC-SHA256(secret, raw body)>[,v1=…]`,
 * one per active secret while rotating. No time is signed.
 */
export const pagerDuty = (options: PagerDutyOptions): Verifier => presetVerifier(PAGERDUTY, 'secret', options.secret);
