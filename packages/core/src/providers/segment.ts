import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface SegmentOptions {
  /** The destination's shared secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const SEGMENT: WebhookPreset = {
  scheme: 'segment',
  signature: { header: 'x-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha1', 'hex'),
};

/**
 * Segment (Webhooks destination): `X-Signature: <hex HMAC-SHA1(shared secret, raw body)>`. No time is signed.
 */
export const segment = (options: SegmentOptions): Verifier => presetVerifier(SEGMENT, 'secret', options.secret);
