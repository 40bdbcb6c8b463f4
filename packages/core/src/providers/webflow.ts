import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface WebflowOptions {
  /** The webhook's secret (or the OAuth app's client secret); a list accepts any of them. */
  secret: SecretInput;
  /** Seconds the request timestamp may be old. Default: 300, as Webflow's docs advise. */
  toleranceSeconds?: number;
}

export const WEBFLOW: WebhookPreset = {
  scheme: 'webflow',
  signature: { header: 'x-webflow-signature' },
  signed: '{timestamp}:{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-webflow-timestamp', unit: milliseconds, tolerance: 300, pastOnly: true }),
};

/**
 * Webflow: `x-webflow-signature: <hex HMAC-SHA256(secret, timestamp:raw body)>`,
 * `x-webflow-timestamp` in unix milliseconds.
 */
export const webflow = (options: WebflowOptions): Verifier => presetVerifier(WEBFLOW, 'secret', options.secret, options);
