// Zoom against the documented algorithm, computed here with node:crypto. Zoom
// publishes no vector and its SDK (@zoom/rivet) has no standalone verifier, so
// the oracle is the official sample, zoom/webhook-sample index.js (e4d48a7):
//   const message = `v0:${req.headers['x-zm-request-timestamp']}:${body}`
//   const hash = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(message).digest('hex')
//   const signature = `v0=${hash}`   // compared with x-zm-signature
// (the sample re-serializes JSON.stringify(req.body); the raw body is what Zoom sent).
// Zoom states no tolerance; the preset's default is 300 s either way.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { ZOOM, zoom } from '../../src/providers/zoom.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const SECRET = 'zoom_secret';
const T = 1_700_000_000;
const BODY = '{"event":"meeting.started","payload":{"account_id":"AAA","object":{"id":"123","topic":"hé"}},"event_ts":1700000000000}';

/** The documented signature: `v0=` + hex HMAC-SHA256(secret token, `v0:{timestamp}:{raw body}`). */
const zoomSignature = (secret: string, timestamp: string, body: string) => `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
const delivery = (secret: string, timestamp: number | string, body: string, signature = zoomSignature(secret, String(timestamp), body)) => ({
  headers: { 'x-zm-signature': signature, 'x-zm-request-timestamp': String(timestamp) },
  body,
});

presetConformance('zoom', () => ({
  verifier: zoom({ secretToken: SECRET }),
  delivery: delivery(SECRET, T, BODY),
  signedAt: T,
  otherKey: zoom({ secretToken: 'another_secret_token' }),
  signatureHeader: 'x-zm-signature',
  tolerance: ZOOM.timestamp!.tolerance,
  pastOnly: ZOOM.timestamp!.pastOnly,
}));

describe('zoom: the scheme', () => {
  it('keeps its defaults: seconds, 300 s either way, v0= prefix', () => {
    expect(ZOOM.timestamp).toMatchObject({ header: 'x-zm-request-timestamp', unit: seconds, tolerance: 300 });
    expect(ZOOM.signature).toEqual({ header: 'x-zm-signature', prefix: 'v0=' });
  });

  it('the oracle reproduces an independently computed value (secret zoom_secret, ts 1700000000)', () => {
    expect(zoomSignature('zoom_secret', '1700000000', '{"event":"x","n":"hé"}')).toBe('v0=07966f61d8528c19affb097b26e934a7b0d8de270ff752839fdde9d1de3c08e3');
  });

  it('signs exactly v0:{timestamp}:{body}: other joinings are refused', async () => {
    const verifier = zoom({ secretToken: SECRET });
    const hex = (message: string) => `v0=${createHmac('sha256', SECRET).update(message).digest('hex')}`;
    expect(await verdict(verifier, delivery(SECRET, T, BODY, hex(`v0:${T}:${BODY}`)), T)).toBe('ok');
    for (const message of [`${T}:${BODY}`, `v0:${T}${BODY}`, `v0${T}:${BODY}`, BODY, `v0:${BODY}`]) {
      expect([message, await verdict(verifier, delivery(SECRET, T, BODY, hex(message)), T)]).toEqual([message, 'invalid_signature 403']);
    }
  });

  it('binds the timestamp header: a genuine signature under another timestamp is refused', async () => {
    const { headers } = delivery(SECRET, T, BODY);
    expect(await verdict(zoom({ secretToken: SECRET }), { headers: { ...headers, 'x-zm-request-timestamp': String(T + 1) }, body: BODY }, T)).toBe('invalid_signature 403');
  });

  it('refuses a signature without its v0= prefix, or with another, as malformed', async () => {
    const verifier = zoom({ secretToken: SECRET });
    const bare = zoomSignature(SECRET, String(T), BODY).slice(3);
    expect(await verdict(verifier, delivery(SECRET, T, BODY, bare), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(SECRET, T, BODY, `v1=${bare}`), T)).toBe('malformed 403');
  });

  it('refuses a delivery without its timestamp header (401)', async () => {
    const { headers } = delivery(SECRET, T, BODY);
    expect(await verdict(zoom({ secretToken: SECRET }), { headers: { 'x-zm-signature': headers['x-zm-signature'] }, body: BODY }, T)).toBe('missing_credentials 401');
  });

  it('accepts either of two secret tokens (rotation), and toleranceSeconds moves the window', async () => {
    expect(await verdict(zoom({ secretToken: ['old_token', SECRET] }), delivery(SECRET, T, BODY), T)).toBe('ok');
    expect(await verdict(zoom({ secretToken: SECRET, toleranceSeconds: 30 }), delivery(SECRET, T, BODY), T + 31)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(zoom({ secretToken: SECRET, toleranceSeconds: 30 }), delivery(SECRET, T, BODY), T + 30)).toBe('ok');
  });

  it('reports the accepted scheme and when the signature expires', async () => {
    const { headers, body } = delivery(SECRET, T, BODY);
    const result = await verifyRequest({ method: 'POST', url: URL, headers, body }, zoom({ secretToken: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'zoom', expiresAt: T + 300 });
  });
});

describe('zoom: hookguard signs as Zoom does', () => {
  it('signPreset equals the documented signature, at any body, secret and time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.integer({ min: 0, max: 4_000_000_000 }), async (body, secret, ts) => {
        const { headers } = await signPreset(ZOOM, { secret, body, timestamp: ts });
        expect(headers).toEqual({ 'x-zm-signature': zoomSignature(secret, String(ts), body), 'x-zm-request-timestamp': String(ts) });
      }),
      { numRuns: 60 },
    );
  });
});

describe('zoom: hookguard agrees with the documented algorithm', () => {
  it('on genuine and tampered deliveries, at any body, secret and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 'timestamp', 'signature', 'secret'),
        async (body, secret, age, tamper) => {
          const ts = NOW - age;
          let { headers, body: sent } = delivery(secret, ts, body);
          let key = secret;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 'timestamp') headers = { ...headers, 'x-zm-request-timestamp': String(ts - 1) };
          if (tamper === 'signature') headers = { ...headers, 'x-zm-signature': zoomSignature(secret, String(ts), `${body} `) };
          if (tamper === 'secret') key = `${secret}!`;
          // The oracle: recompute the documented signature over what arrived, and Zoom's window.
          const sentTs = Number(headers['x-zm-request-timestamp']);
          const signed = zoomSignature(key, headers['x-zm-request-timestamp'], sent) === headers['x-zm-signature'];
          const fresh = Math.abs(NOW - sentTs) <= 300;
          const expected = !fresh ? 'timestamp_out_of_tolerance 403' : signed ? 'ok' : 'invalid_signature 403';
          expect(await verdict(zoom({ secretToken: key }), { headers, body: sent }, NOW)).toBe(expected);
          expect(signed).toBe(tamper === 'none');
        },
      ),
      { numRuns: 100 },
    );
  });
});
