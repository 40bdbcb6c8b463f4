import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { randomId, type SignBody, type SignedParts } from '../signing.js';
import { hmac, signHmac } from './hmac.js';

export interface ShopifyOptions {
  /** The app's client secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

/**
 * Shopify: `X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256(secret, raw body)>`, or
 * for its newer events webhooks the same in `shopify-hmac-sha256` (the first
 * present is used, as Shopify's own libraries do). Shopify signs no time
 * (`X-Shopify-Triggered-At` is not covered), so replay protection remembers
 * deliveries for its `ttlSeconds`. `deliveryId` is `X-Shopify-Webhook-Id` (or
 * `shopify-event-id`), which the signature does not cover.
 */
export function shopify(options: ShopifyOptions): Verifier {
  const webhooks = hmac({ ...SHOPIFY, secret: options.secret, scheme: 'shopify', deliveryIdHeader: 'x-shopify-webhook-id' });
  const events = hmac({ ...SHOPIFY, header: EVENTS_HEADER, secret: options.secret, scheme: 'shopify', deliveryIdHeader: 'shopify-event-id' });
  return {
    scheme: 'shopify',
    checkConfiguration: () => webhooks.checkConfiguration(),
    verify: (request, context) =>
      (request.headers.get(SHOPIFY.header) === undefined && request.headers.get(EVENTS_HEADER) !== undefined ? events : webhooks).verify(request, context),
  };
}

const EVENTS_HEADER = 'shopify-hmac-sha256';

const SHOPIFY = { header: 'x-shopify-hmac-sha256', algorithm: 'sha256', encoding: 'base64' } as const;

/** The headers Shopify would send with this body; `webhookId` defaults to a random UUID. */
export async function signShopify({ secret, body, webhookId = randomId('') }: { secret: string; body: SignBody; webhookId?: string }): Promise<SignedParts> {
  const { headers } = await signHmac({ ...SHOPIFY, secret, body });
  return { headers: { ...headers, 'x-shopify-webhook-id': webhookId } };
}
