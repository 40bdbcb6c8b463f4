import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface BitbucketOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const BITBUCKET: WebhookPreset = {
  scheme: 'bitbucket',
  signature: { header: 'x-hub-signature', prefix: 'sha256=' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  deliveryIdHeader: 'x-request-uuid',
};

/**
 * Bitbucket (Cloud and Data Center): `X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`.
 * No time is signed.
 */
export const bitbucket = (options: BitbucketOptions): Verifier => presetVerifier(BITBUCKET, 'secret', options.secret);
