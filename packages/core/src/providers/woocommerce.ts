import { hmacCheck } from '../presets/hmac-check.js';
import { answered, emptyAnswer } from '../presets/handshake.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface WooCommerceOptions {
  /** The webhook's secret, as entered in WooCommerce; a list accepts any of them (rotation). */
  secret: SecretInput;
  /** Whether the unsigned setup ping is answered. Default: true. */
  handshakes?: boolean;
}

export const WOOCOMMERCE: WebhookPreset = {
  scheme: 'woocommerce',
  signature: { header: 'x-wc-webhook-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'base64'),
  deliveryIdHeader: 'x-wc-webhook-delivery-id',
  handshakes: {
    // The ping WooCommerce posts, unsigned, when a webhook is saved: exactly 200, or it stays pending.
    unsigned(request) {
      // The length first: an unsigned body of megabytes is not decoded to learn it is no ping.
      const ping = request.headers.get('x-wc-webhook-signature') === undefined && request.bodyAsGiven.length <= 31 && /^webhook_id=\d{1,20}$/.test(request.bodyText);
      return ping ? answered('woocommerce', "WooCommerce's ping", emptyAnswer(200)) : undefined;
    },
  },
};

/**
 * WooCommerce: `X-WC-Webhook-Signature: <base64 HMAC-SHA256(secret, raw body)>`. No time is signed.
 * The unsigned ping `webhook_id=<id>` it posts when a webhook is saved is answered 200.
 */
export const wooCommerce = (options: WooCommerceOptions): Verifier => presetVerifier(WOOCOMMERCE, 'secret', options.secret, options);
