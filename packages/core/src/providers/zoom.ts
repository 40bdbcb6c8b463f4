import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface ZoomOptions {
  /** The app's secret token; a list accepts any of them (rotation). */
  secretToken: SecretInput;
  /** Seconds the request timestamp may be from now, either way. Default: 300 (Zoom states none). */
  toleranceSeconds?: number;
}

export const ZOOM: WebhookPreset = {
  scheme: 'zoom',
  signature: { header: 'x-zm-signature', prefix: 'v0=' },
  signed: 'v0:{timestamp}:{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: { header: 'x-zm-request-timestamp', unit: 's', tolerance: 300 },
};

/**
 * Zoom: `x-zm-signature: v0=<hex HMAC-SHA256(secret token, "v0:" + timestamp + ":" + raw body)>`,
 * `x-zm-request-timestamp` in unix seconds.
 */
export const zoom = (options: ZoomOptions): Verifier => presetVerifier(ZOOM, 'secretToken', options.secretToken, options);
