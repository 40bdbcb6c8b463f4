import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface MuxOptions {
  /** The webhook's signing secret; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Seconds the signed time may be old. Default: 300, as Mux's SDK. */
  toleranceSeconds?: number;
}

export const MUX: WebhookPreset = {
  scheme: 'mux',
  signature: { header: 'mux-signature', list: /* @__PURE__ */ signatureList({ separator: ',', signature: 'v1', timestamp: 't' }) },
  signed: '{timestamp}.{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: seconds, tolerance: 300, pastOnly: true }),
};

/**
 * Mux: `Mux-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t.raw body)>[,v1=…]`.
 */
export const mux = (options: MuxOptions): Verifier => presetVerifier(MUX, 'secret', options.secret, options);
