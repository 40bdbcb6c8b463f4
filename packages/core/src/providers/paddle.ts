import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface PaddleOptions {
  /** The notification destination's secret key; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed time may be old. Default: 5, as Paddle's SDK. */
  toleranceSeconds?: number;
}

export const PADDLE: WebhookPreset = {
  scheme: 'paddle',
  signature: { header: 'paddle-signature', list: /* @__PURE__ */ signatureList({ separator: ';', signature: 'h1', timestamp: 'ts' }) },
  signed: '{timestamp}:{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: seconds, tolerance: 5, pastOnly: true }),
};

/**
 * Paddle Billing: `Paddle-Signature: ts=<unix>;h1=<hex HMAC-SHA256(secret, ts:raw body)>`.
 * Every `h1` is tried (Paddle lists one per secret while rotating; its SDK kept only the last).
 */
export const paddle = (options: PaddleOptions): Verifier => presetVerifier(PADDLE, 'secret', options.secret, options);
