import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface WorkosOptions {
  /** The endpoint's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed time may be from now, either way. Default: 180, as WorkOS's SDK. */
  toleranceSeconds?: number;
}

export const WORKOS: WebhookPreset = {
  scheme: 'workos',
  signature: { header: 'workos-signature', list: /* @__PURE__ */ signatureList({ separator: ', ', signature: 'v1', timestamp: 't' }) },
  signed: '{timestamp}.{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: milliseconds, tolerance: 180 }),
};

/**
 * WorkOS: `WorkOS-Signature: t=<unix ms>, v1=<hex HMAC-SHA256(secret, t.raw body)>`.
 */
export const workos = (options: WorkosOptions): Verifier => presetVerifier(WORKOS, 'secret', options.secret, options);
