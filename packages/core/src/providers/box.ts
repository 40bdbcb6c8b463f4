import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { rfc3339 } from '../timestamp.js';

export interface BoxOptions {
  /** The webhook primary signature key. */
  primaryKey: SecretInput;
  /** The secondary key, which Box signs with beside the primary one so either can be rotated. */
  secondaryKey?: SecretInput;
  /** Seconds `box-delivery-timestamp` may be from now, either way. Default: 600, as Box's SDK. */
  toleranceSeconds?: number;
}

const boxPreset = (header: string): WebhookPreset => ({
  scheme: 'box',
  signature: { header },
  signed: '{body}{timestamp}',
  check: hmacCheck('sha256', 'base64'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'box-delivery-timestamp', unit: rfc3339, tolerance: 600 }),
  deliveryIdHeader: 'box-delivery-id',
});

export const BOX_PRIMARY: WebhookPreset = /* @__PURE__ */ boxPreset('box-signature-primary');
export const BOX_SECONDARY: WebhookPreset = /* @__PURE__ */ boxPreset('box-signature-secondary');

/**
 * Box: `box-signature-primary` and `box-signature-secondary`, each the base64
 * HMAC-SHA256(its key, raw body ‖ box-delivery-timestamp), the timestamp an RFC
 * 3339 date. Accepted when either header matches its own key.
 */
export function box(options: BoxOptions): Verifier {
  const primary = presetVerifier(BOX_PRIMARY, 'primaryKey', options.primaryKey, options);
  const secondary = options.secondaryKey === undefined ? undefined : presetVerifier(BOX_SECONDARY, 'secondaryKey', options.secondaryKey, options);
  return {
    scheme: 'box',
    checkConfiguration: () => primary.checkConfiguration() ?? secondary?.checkConfiguration(),
    async verify(request, context) {
      const first = await primary.verify(request, context);
      if (first.ok || !secondary || request.headers.get(BOX_SECONDARY.signature.header) === undefined) return first;
      const second = await secondary.verify(request, context);
      // A refusal about the secondary header alone would hide why the primary failed.
      return second.ok || first.error.code === 'missing_credentials' ? second : first;
    },
  };
}
