import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface SentryOptions {
  /** The integration's client secret; a list accepts any of them (rotation). */
  clientSecret: SecretInput;
}

export const SENTRY: WebhookPreset = {
  scheme: 'sentry',
  signature: { header: 'sentry-hook-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  deliveryIdHeader: 'request-id',
};

/**
 * Sentry integration platform: `Sentry-Hook-Signature: <hex HMAC-SHA256(client secret, raw body)>`.
 * `Sentry-Hook-Timestamp` is not signed, so no time is checked.
 */
export const sentry = (options: SentryOptions): Verifier => presetVerifier(SENTRY, 'clientSecret', options.clientSecret);
