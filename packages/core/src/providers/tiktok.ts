import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signatureList } from '../presets/signature-list.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { seconds } from '../timestamp.js';

export interface TiktokOptions {
  /** The app's client secret; a list accepts any of them (rotation). */
  clientSecret: SecretInput;
  /** Seconds the signed time may be from now, either way. Default: 300 (TikTok leaves it to the receiver). */
  toleranceSeconds?: number;
}

export const TIKTOK: WebhookPreset = {
  scheme: 'tiktok',
  signature: { header: 'tiktok-signature', list: /* @__PURE__ */ signatureList({ separator: ',', signature: 's', timestamp: 't' }) },
  signed: '{timestamp}.{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  timestamp: /* @__PURE__ */ signedTime({ unit: seconds, tolerance: 300 }),
};

/**
 * TikTok for Developers: `TikTok-Signature: t=<unix>,s=<hex HMAC-SHA256(client secret, t.raw body)>`.
 */
export const tiktok = (options: TiktokOptions): Verifier => presetVerifier(TIKTOK, 'clientSecret', options.clientSecret, options);
