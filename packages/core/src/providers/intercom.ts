import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface IntercomOptions {
  /** The app's client secret; a list accepts any of them (rotation). */
  clientSecret: SecretInput;
}

export const INTERCOM: WebhookPreset = {
  scheme: 'intercom',
  signature: { header: 'x-hub-signature', prefix: 'sha1=' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha1', 'hex'),
};

/**
 * Intercom: `X-Hub-Signature: sha1=<hex HMAC-SHA1(client secret, raw body)>`. No time is signed.
 */
export const intercom = (options: IntercomOptions): Verifier => presetVerifier(INTERCOM, 'clientSecret', options.clientSecret);
