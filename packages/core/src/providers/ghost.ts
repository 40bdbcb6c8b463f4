import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface GhostOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed time may be from now, either way. Default: 300 (Ghost states none). */
  toleranceSeconds?: number;
}

export const GHOST: WebhookPreset = {
  scheme: 'ghost',
  signature: { header: 'x-ghost-signature', list: /* @__PURE__ */ signatureList({ separator: ', ', signature: 'sha256', timestamp: 't', signatureFirst: true }) },
  signed: '{body}{timestamp}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: milliseconds, tolerance: 300 }),
};

/**
 * Ghost: `X-Ghost-Signature: sha256=<hex HMAC-SHA256(secret, raw body ‖ t)>, t=<unix ms>`.
 * Ghost's retries resend the same header, all within seconds of the first.
 */
export const ghost = (options: GhostOptions): Verifier => presetVerifier(GHOST, 'secret', options.secret, options);
