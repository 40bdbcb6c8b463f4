import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface LineOptions {
  /** The channel secret; a list accepts any of them (rotation). */
  channelSecret: SecretInput;
}

export const LINE: WebhookPreset = {
  scheme: 'line',
  signature: { header: 'x-line-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
};

/**
 * LINE Messaging API: `x-line-signature: <base64 HMAC-SHA256(channel secret, raw body)>`. No time is signed.
 */
export const line = (options: LineOptions): Verifier => presetVerifier(LINE, 'channelSecret', options.channelSecret);
