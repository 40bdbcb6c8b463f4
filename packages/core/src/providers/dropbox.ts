import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface DropboxOptions {
  /** The app secret; a list accepts any of them (rotation). */
  appSecret: SecretInput;
}

export const DROPBOX: WebhookPreset = {
  scheme: 'dropbox',
  signature: { header: 'x-dropbox-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * Dropbox: `X-Dropbox-Signature: <hex HMAC-SHA256(app secret, raw body)>`. No time is signed.
 */
export const dropbox = (options: DropboxOptions): Verifier => presetVerifier(DROPBOX, 'appSecret', options.appSecret);
