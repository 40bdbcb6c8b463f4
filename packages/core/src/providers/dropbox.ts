import { hmacCheck } from '../presets/hmac-check.js';
import { answered, queryOf, textAnswer } from '../presets/handshake.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface DropboxOptions {
  /** The app secret; a list accepts any of them (rotation). */
  appSecret: SecretInput;
  /** Whether the challenge GET is answered. Default: true. */
  handshakes?: boolean;
}

export const DROPBOX: WebhookPreset = {
  scheme: 'dropbox',
  signature: { header: 'x-dropbox-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
  handshakes: {
    // Dropbox's unsigned GET ?challenge=…, echoed as plain text (nosniff), as its docs ask.
    unsigned(request) {
      const challenge = request.method === 'GET' ? queryOf(request)?.get('challenge') : undefined;
      return challenge == null ? undefined : answered('dropbox', "Dropbox's challenge", textAnswer(challenge));
    },
  },
};

/**
 * Dropbox: `X-Dropbox-Signature: <hex HMAC-SHA256(app secret, raw body)>`. No time is signed.
 * Its `GET ?challenge=…` (unsigned, and harmless to echo) is answered with the challenge as text.
 */
export const dropbox = (options: DropboxOptions): Verifier => presetVerifier(DROPBOX, 'appSecret', options.appSecret, options);
