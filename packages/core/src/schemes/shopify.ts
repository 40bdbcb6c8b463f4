import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { hmac } from './hmac.js';

export interface ShopifyOptions {
  /** The app's client secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

/**
 * Shopify: `X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256(secret, raw body)>`.
 * Shopify signs no time (`X-Shopify-Triggered-At` is not covered), so replay
 * protection remembers deliveries for its `ttlSeconds`. `deliveryId` is
 * `X-Shopify-Webhook-Id`, which the signature does not cover.
 */
export function shopify(options: ShopifyOptions): Verifier {
  return hmac({
    header: 'x-shopify-hmac-sha256',
    algorithm: 'sha256',
    encoding: 'base64',
    secret: options.secret,
    scheme: 'shopify',
    deliveryIdHeader: 'x-shopify-webhook-id',
  });
}
