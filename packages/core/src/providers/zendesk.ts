import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { rfc3339 } from '../timestamp.js';

export interface ZendeskOptions {
  /** The webhook's signing secret, used as text (it looks like base64 but is not decoded); a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the timestamp may be from now, either way. Default: 300 (Zendesk states none). */
  toleranceSeconds?: number;
}

export const ZENDESK: WebhookPreset = {
  scheme: 'zendesk',
  signature: { header: 'x-zendesk-webhook-signature' },
  signed: '{timestamp}{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-zendesk-webhook-signature-timestamp', unit: rfc3339, tolerance: 300 }),
};

/**
 * Zendesk: `X-Zendesk-Webhook-Signature: <base64 HMAC-SHA256(secret, timestamp ‖ raw body)>`,
 * `X-Zendesk-Webhook-Signature-Timestamp` an RFC 3339 date.
 */
export const zendesk = (options: ZendeskOptions): Verifier => presetVerifier(ZENDESK, 'secret', options.secret, options);
