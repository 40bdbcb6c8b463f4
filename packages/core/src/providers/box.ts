import { backend } from '../crypto/index.js';
import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verified, Verifier, VerifyResult } from '../verifier.js';
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
 * 3339 date. Accepted when either header matches its own key. The replay key
 * is a digest of what both keys sign, so a delivery accepted under one key is
 * not accepted again under the other (resent with the first signature garbled).
 */
export function box(options: BoxOptions): Verifier {
  const primary = presetVerifier(BOX_PRIMARY, 'primaryKey', options.primaryKey, options);
  const secondary = options.secondaryKey === undefined ? undefined : presetVerifier(BOX_SECONDARY, 'secondaryKey', options.secondaryKey, options);
  return {
    scheme: 'box',
    checkConfiguration: () => primary.checkConfiguration() ?? secondary?.checkConfiguration(),
    async verify(request, context) {
      let result = await primary.verify(request, context);
      if (!result.ok && secondary && request.headers.get(BOX_SECONDARY.signature.header) !== undefined) {
        const second = await secondary.verify(request, context);
        // A refusal about the secondary header alone would hide why the primary failed.
        if (second.ok || result.error.code === 'missing_credentials') result = second;
      }
      // Trimmed as the signature check reads it: untrimmed, spaces (or U+00A0) added to the header would make new keys.
      return withMessageKey(result, request.bodyAsGiven, request.headers.get('box-delivery-timestamp')?.trim());
    },
  };
}

/** The result with its replay key replaced by a digest of the signed message (present only when replay is on). */
async function withMessageKey(result: VerifyResult, body: Uint8Array | string, timestamp = ''): Promise<VerifyResult> {
  if (!result.ok || result.replayKey === undefined) return result;
  const replayKey = await backend.digest('sha256', [body, timestamp], 'base64url');
  return { ...result, replayKey } satisfies Verified;
}
