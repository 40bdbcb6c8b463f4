import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface CalComOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const CAL_COM: WebhookPreset = {
  scheme: 'cal-com',
  signature: { header: 'x-cal-signature-256' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * Cal.com: `X-Cal-Signature-256: <hex HMAC-SHA256(secret, raw body)>`. Without a secret
 * Cal.com sends `no-secret-provided` there, which is refused as malformed. No time is signed.
 */
export const calCom = (options: CalComOptions): Verifier => presetVerifier(CAL_COM, 'secret', options.secret);
