import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface VercelWebhooksOptions {
  /** The webhook's secret, or the integration's client secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const VERCEL_WEBHOOKS: WebhookPreset = {
  scheme: 'vercel',
  signature: { header: 'x-vercel-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha1', 'hex'),
};

/**
 * Vercel's own webhooks (account and integration): `x-vercel-signature: <hex HMAC-SHA1(secret, raw body)>`.
 * No time is signed.
 */
export const vercelWebhooks = (options: VercelWebhooksOptions): Verifier => presetVerifier(VERCEL_WEBHOOKS, 'secret', options.secret);
