// Lemon Squeezy against the documented algorithm, computed here with node:crypto.
// Its SDK (@lemonsqueezy/lemonsqueezy.js 4.0.0) has no verifier and no vector is
// published. Sources: docs.lemonsqueezy.com/help/webhooks/signing-requests ("send the
// hash in the X-Signature header", "an HMAC hex digest"), and the official Laravel
// package lmsqueezy/laravel src/Http/Middleware/VerifyWebhookSignature.php:
//   hash_hmac('sha256', $request->getContent(), config('lemon-squeezy.signing_secret'))
// compared with hash_equals to the x-signature header. No time is signed.
import { createHmac } from 'node:crypto';
import { verifyRequest } from '../../src/index.js';
import { LEMON_SQUEEZY, lemonSqueezy } from '../../src/providers/lemon-squeezy.js';
import { URL, documentedHmacProperties, presetConformance, verdict } from './preset-kit.js';

const SECRET = 'lemon_signing_secret';
const T = 1_700_000_000;
const BODY = '{"meta":{"event_name":"order_created","custom_data":{"user":"hé"}},"data":{"type":"orders","id":"1"}}';

/** The documented signature: hex HMAC-SHA256(signing secret, raw body), no prefix. */
const lemonSignature = (secret: string, body: string | Uint8Array) => createHmac('sha256', secret).update(body).digest('hex');
const delivery = (signature: string, body: string | Uint8Array = BODY) => ({ headers: { 'x-signature': signature, 'x-event-name': 'order_created' }, body });

presetConformance('lemon-squeezy', () => ({
  verifier: lemonSqueezy({ secret: SECRET }),
  delivery: delivery(lemonSignature(SECRET, BODY)),
  signedAt: T,
  otherKey: lemonSqueezy({ secret: 'another_signing_secret' }),
  signatureHeader: 'x-signature',
}));

describe('lemon-squeezy: the scheme', () => {
  it('the oracle reproduces an independently computed value (secret lemon_secret)', () => {
    expect(lemonSignature('lemon_secret', '{"event":"x","n":"hé"}')).toBe('1e9ed286e1b12a7b1fb6b5f280c35407f3e6e8d3be5885bb54c8c10efc2fcb10');
  });

  it('is a bare hex HMAC-SHA256 in X-Signature, no time signed', () => {
    expect(LEMON_SQUEEZY.signature).toEqual({ header: 'x-signature' });
    expect(LEMON_SQUEEZY.timestamp).toBeUndefined();
  });

  it('refuses a prefixed, base64 or SHA-1 signature as malformed', async () => {
    const verifier = lemonSqueezy({ secret: SECRET });
    const hex = lemonSignature(SECRET, BODY);
    expect(await verdict(verifier, delivery(`sha256=${hex}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(Buffer.from(hex, 'hex').toString('base64')), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(createHmac('sha1', SECRET).update(BODY).digest('hex')), T)).toBe('malformed 403');
  });

  it('accepts at any date (no time signed), and either of two secrets (rotation)', async () => {
    for (const now of [0, T, 4_000_000_000]) expect(await verdict(lemonSqueezy({ secret: SECRET }), delivery(lemonSignature(SECRET, BODY)), now)).toBe('ok');
    expect(await verdict(lemonSqueezy({ secret: ['old_secret', SECRET] }), delivery(lemonSignature(SECRET, BODY)), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(lemonSignature(SECRET, BODY)) }, lemonSqueezy({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'lemon-squeezy' });
  });
});

documentedHmacProperties('lemon-squeezy', {
  preset: LEMON_SQUEEZY,
  verifier: (secret) => lemonSqueezy({ secret }),
  signature: lemonSignature,
  delivery: (signature, body) => delivery(signature, body),
  oracle: "the documented algorithm",
});
