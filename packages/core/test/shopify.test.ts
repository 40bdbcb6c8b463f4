import { createHmac } from 'node:crypto';
import { shopify, verifyRequest } from '../src/index.js';

const SECRET = 'shpss_4a3b2c1d';
const BODY = '{"id":820982911946154508,"email":"jon@example.com","total_price":"10.00"}';
// As Shopify documents it: base64 HMAC-SHA256 of the raw body with the app's client secret.
const signature = (body: string, secret = SECRET) => createHmac('sha256', secret).update(body, 'utf8').digest('base64');

const verdict = async (headers: Record<string, string>, body = BODY) => {
  const result = await verifyRequest({ method: 'POST', url: 'https://app.example.com/webhooks/orders', headers, body }, shopify({ secret: SECRET }));
  return result.ok ? 'ok' : result.error.code;
};

describe('shopify', () => {
  it('accepts X-Shopify-Hmac-Sha256 and returns the webhook id', async () => {
    const headers = { 'X-Shopify-Hmac-Sha256': signature(BODY), 'X-Shopify-Webhook-Id': 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043' };
    const result = await verifyRequest({ method: 'POST', url: 'https://app.example.com/w', headers, body: BODY }, shopify({ secret: SECRET }));
    expect(result).toEqual({ ok: true, scheme: 'shopify', deliveryId: 'b54557e4-bdd9-4b37-8a5f-bf7d70bcd043' });
  });

  it('refuses another body or secret, hex instead of base64, and a missing header', async () => {
    expect(await verdict({ 'x-shopify-hmac-sha256': signature(BODY) }, BODY.replace('10.00', '0.01'))).toBe('invalid_signature');
    expect(await verdict({ 'x-shopify-hmac-sha256': signature(BODY, 'other') })).toBe('invalid_signature');
    expect(await verdict({ 'x-shopify-hmac-sha256': createHmac('sha256', SECRET).update(BODY).digest('hex') })).toBe('malformed');
    expect(await verdict({})).toBe('missing_credentials');
  });

  // Shopify's events webhooks name the header without the x- prefix; its own libraries
  // (shopify-app-php Internal/Verify/Webhook.php: ['x-shopify-hmac-sha256', 'shopify-hmac-sha256'],
  // @shopify/shopify-api's NextGen header names) use the first present.
  it('accepts the events webhooks\' shopify-hmac-sha256, with shopify-event-id as the delivery id', async () => {
    const headers = { 'shopify-hmac-sha256': signature(BODY), 'shopify-event-id': 'evt-1' };
    const result = await verifyRequest({ method: 'POST', url: 'https://app.example.com/w', headers, body: BODY }, shopify({ secret: SECRET }));
    expect(result).toEqual({ ok: true, scheme: 'shopify', deliveryId: 'evt-1' });
    expect(await verdict({ 'shopify-hmac-sha256': signature(BODY, 'other') })).toBe('invalid_signature');
  });

  it('uses X-Shopify-Hmac-Sha256 when both are present, as Shopify\'s libraries do', async () => {
    expect(await verdict({ 'x-shopify-hmac-sha256': signature(BODY), 'shopify-hmac-sha256': 'forged' })).toBe('ok');
    expect(await verdict({ 'x-shopify-hmac-sha256': signature(BODY, 'other'), 'shopify-hmac-sha256': signature(BODY) })).toBe('invalid_signature');
  });
});
