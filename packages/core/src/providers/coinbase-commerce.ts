import { hmacCheck } from '../presets/hmac-check.js';
import { presetVerifier, type WebhookPreset } from '../presets/preset.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface CoinbaseCommerceOptions {
  /** The webhook's shared secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

export const COINBASE_COMMERCE: WebhookPreset = {
  scheme: 'coinbase-commerce',
  signature: { header: 'x-cc-webhook-signature' },
  signed: '{body}',
  check: /* @__PURE__ */ hmacCheck('sha256', 'hex'),
};

/**
 * Coinbase Commerce: `X-CC-Webhook-Signature: <hex HMAC-SHA256(shared secret, raw body)>`. No time is signed.
 */
export const coinbaseCommerce = (options: CoinbaseCommerceOptions): Verifier => presetVerifier(COINBASE_COMMERCE, 'secret', options.secret);
