import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface SquareOptions {
  /** The subscription's signature key; a list accepts any of them (rotation). */
  signatureKey: SecretInput;
  /** The notification URL exactly as the subscription has it (Square signs it, not the URL the request arrived at). */
  notificationUrl: SecretInput;
}

export const SQUARE: WebhookPreset = {
  scheme: 'square',
  signature: { header: 'x-square-hmacsha256-signature' },
  signed: '{notificationUrl}{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
};

/**
 * Square: `x-square-hmacsha256-signature: <base64 HMAC-SHA256(signature key, notification URL ‖ raw body)>`.
 * The URL is the subscription's notification URL as configured, byte for byte,
 * never rebuilt from the request. Square signs no time: replay protection
 * remembers deliveries for its `ttlSeconds`.
 */
export const square = (options: SquareOptions): Verifier =>
  presetVerifier(SQUARE, 'signatureKey', options.signatureKey, { values: { notificationUrl: options.notificationUrl } });
