import { refuse } from '../errors.js';
import { secretPrefixedDigest } from '../presets/digest-check.js';
import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import { signedTime } from '../presets/signed-time.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { milliseconds } from '../timestamp.js';

export interface HubspotOptions {
  /** The app's client secret; a list accepts any of them (rotation). */
  clientSecret: SecretInput;
  /** Seconds a v3 request timestamp may be old. Default: 300, as HubSpot's SDK. */
  toleranceSeconds?: number;
  /**
   * Also accept v1 and v2 signatures, for an app HubSpot sends nothing newer.
   * Default: false, v3 only. v1 and v2 sign no time, so a captured delivery
   * verifies for ever, and a v3 delivery with its v3 headers removed would
   * verify as v1: accepting them undoes v3's time check.
   */
  legacySignatures?: boolean;
}

// v1 and v2 differ in what they sign. Written out, not spread: a bundler keeps
// a spread object (and the check it holds) even in bundles without HubSpot.
export const HUBSPOT_V1: WebhookPreset = {
  scheme: 'hubspot',
  signature: { header: 'x-hubspot-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ secretPrefixedDigest('sha256', 'hex'),
};

export const HUBSPOT_V2: WebhookPreset = {
  scheme: 'hubspot',
  signature: { header: 'x-hubspot-signature' },
  signed: '{method}{url}{body}',
  check: /* @__PURE__ */ secretPrefixedDigest('sha256', 'hex'),
};


export const HUBSPOT_V3: WebhookPreset = {
  scheme: 'hubspot',
  signature: { header: 'x-hubspot-signature-v3' },
  signed: '{method}{url}{body}{timestamp}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
  timestamp: /* @__PURE__ */ signedTime({ header: 'x-hubspot-request-timestamp', unit: milliseconds, tolerance: 300, pastOnly: true }),
  // HubSpot signs the URL with these twelve escapes decoded (: / ? @ ! $ ' ( ) * , ;), and no others.
  signedUrl: (url) => url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, decodeURIComponent),
};

/**
 * HubSpot v3; with `legacySignatures`, each version told apart by its headers:
 * v3 `X-HubSpot-Signature-v3: <base64 HMAC-SHA256(client secret, method ‖ URL ‖ raw body ‖ timestamp)>`
 * with `X-HubSpot-Request-Timestamp` in unix milliseconds; v2 (`X-HubSpot-Signature-Version: v2`)
 * `X-HubSpot-Signature: <hex SHA-256(client secret ‖ method ‖ URL ‖ raw body)>`; v1
 * `X-HubSpot-Signature: <hex SHA-256(client secret ‖ raw body)>`.
 */
export function hubspot(options: HubspotOptions): Verifier {
  const { clientSecret, legacySignatures = false } = options;
  const v3 = presetVerifier(HUBSPOT_V3, 'clientSecret', clientSecret, options);
  if (legacySignatures === false) return v3;
  // Anything but true or false answers every request 500 and is reported at cold start.
  const problem = legacySignatures === true ? undefined : refuse('misconfigured', 'hubspot', 'option "legacySignatures" must be true or false');
  const v1 = presetVerifier(HUBSPOT_V1, 'clientSecret', clientSecret);
  const v2 = presetVerifier(HUBSPOT_V2, 'clientSecret', clientSecret);
  return {
    scheme: 'hubspot',
    checkConfiguration: () => problem?.error ?? v3.checkConfiguration(),
    verify(request, context) {
      if (problem) return Promise.resolve(problem);
      if (request.headers.get(HUBSPOT_V3.signature.header) !== undefined) return v3.verify(request, context);
      return (request.headers.get('x-hubspot-signature-version')?.trim() === 'v2' ? v2 : v1).verify(request, context);
    },
  };
}
