import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface MetaOptions {
  /** The app secret; a list accepts any of them (rotation). */
  appSecret: SecretInput;
  /** The verify token set with the subscription, for Meta's `hub.challenge` handshake. */
  verifyToken?: SecretInput;
}

export const META: WebhookPreset = {
  scheme: 'meta',
  signature: { header: 'x-hub-signature-256', prefix: 'sha256=' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * Meta (Graph API webhooks: WhatsApp Cloud API, Messenger, Instagram):
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`. No time is signed.
 */
export const meta = (options: MetaOptions): Verifier => presetVerifier(META, 'appSecret', options.appSecret);
