import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface XeroOptions {
  /** The webhook key; a list accepts any of them (rotation). */
  webhookKey: SecretInput;
}

export const XERO: WebhookPreset = {
  scheme: 'xero',
  signature: { header: 'x-xero-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
  invalidStatus: 401,
};

/**
 * Xero: `x-xero-signature: <base64 HMAC-SHA256(webhook key, raw body)>`. A wrong signature
 * is answered 401, as Xero's "intent to receive" check requires. No time is signed.
 */
export const xero = (options: XeroOptions): Verifier => presetVerifier(XERO, 'webhookKey', options.webhookKey);
