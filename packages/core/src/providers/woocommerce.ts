import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface WooCommerceOptions {
  /** The webhook's secret, as entered in WooCommerce; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const WOOCOMMERCE: WebhookPreset = {
  scheme: 'woocommerce',
  signature: { header: 'x-wc-webhook-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
  deliveryIdHeader: 'x-wc-webhook-delivery-id',
};

/**
 * WooCommerce: `X-WC-Webhook-Signature: <base64 HMAC-SHA256(secret, raw body)>`. No time is signed.
 */
export const wooCommerce = (options: WooCommerceOptions): Verifier => presetVerifier(WOOCOMMERCE, 'secret', options.secret);
