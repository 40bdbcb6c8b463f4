import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface TypeformOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const TYPEFORM: WebhookPreset = {
  scheme: 'typeform',
  signature: { header: 'typeform-signature', prefix: 'sha256=' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
};

/**
 * Typeform: `Typeform-Signature: sha256=<base64 HMAC-SHA256(secret, raw body)>`. No time is signed.
 */
export const typeform = (options: TypeformOptions): Verifier => presetVerifier(TYPEFORM, 'secret', options.secret);
