import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface SanityOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed time may be from now, either way. Default: 300 (Sanity's toolkit checks none). */
  toleranceSeconds?: number;
}

export const SANITY: WebhookPreset = {
  scheme: 'sanity',
  signature: { header: 'sanity-webhook-signature', list: /* @__PURE__ */ signatureList({ separator: ',', signature: 'v1', timestamp: 't' }) },
  signed: '{timestamp}.{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64url'),
  timestamp: /* @__PURE__ */ signedTime({ unit: milliseconds, tolerance: 300 }),
};

/**
 * Sanity: `sanity-webhook-signature: t=<unix ms>,v1=<base64url HMAC-SHA256(secret, t.raw body)>`.
 */
export const sanity = (options: SanityOptions): Verifier => presetVerifier(SANITY, 'secret', options.secret, options);
