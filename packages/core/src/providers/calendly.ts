import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface CalendlyOptions {
  /** The webhook subscription's signing key; a list accepts any of them (rotation). */
  signingKey: SecretInput;
  /** Seconds the signed time may be from now, either way. Default: 300 (Calendly states none). */
  toleranceSeconds?: number;
}

export const CALENDLY: WebhookPreset = {
  scheme: 'calendly',
  signature: { header: 'calendly-webhook-signature', list: /* @__PURE__ */ signatureList({ separator: ',', signature: 'v1', timestamp: 't' }) },
  signed: '{timestamp}.{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: seconds, tolerance: 300 }),
};

/**
 * Calendly: `Calendly-Webhook-Signature: t=<unix>,v1=<hex HMAC-SHA256(signing key, t.raw body)>`.
 */
export const calendly = (options: CalendlyOptions): Verifier => presetVerifier(CALENDLY, 'signingKey', options.signingKey, options);
