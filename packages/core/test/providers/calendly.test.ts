// Calendly against the documented algorithm, computed here with node:crypto. No SDK
// verifies and no vector is published. Source: developer.calendly.com/docs/webhooks
// (overview): "Signature — Calendly-Webhook-Signature: t=<unix>,v1=<hex>. Verify
// HMAC-SHA256(key, "<t>." + raw_body)", the key being the subscription's webhook
// signing key. Calendly states no tolerance; the preset's default is 300 s either way.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { CALENDLY, calendly } from '../../src/providers/calendly.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const KEY = 'calendly_webhook_signing_key';
const T = 1_700_000_000;
const BODY = '{"event":"invitee.created","payload":{"email":"test@example.com","name":"Zoë"}}';

/** The documented v1: hex HMAC-SHA256(signing key, `{t}.{raw body}`). */
const v1 = (key: string, t: number | string, body: string) => createHmac('sha256', key).update(`${t}.${body}`).digest('hex');
const delivery = (header: string, body = BODY) => ({ headers: { 'calendly-webhook-signature': header }, body });
const genuine = (key: string, t: number, body: string) => delivery(`t=${t},v1=${v1(key, t, body)}`, body);

presetConformance('calendly', () => ({
  verifier: calendly({ signingKey: KEY }),
  delivery: genuine(KEY, T, BODY),
  signedAt: T,
  otherKey: calendly({ signingKey: 'another_signing_key' }),
  signatureHeader: 'calendly-webhook-signature',
  tolerance: CALENDLY.timestamp!.tolerance,
  pastOnly: CALENDLY.timestamp!.pastOnly,
}));

describe('calendly: the scheme', () => {
  it('keeps its defaults: t=<seconds>,v1=<hex>, 300 s either way', () => {
    expect(CALENDLY.signature).toMatchObject({ header: 'calendly-webhook-signature', list: { separator: ',', signature: 'v1', timestamp: 't' } });
    expect(CALENDLY.timestamp).toMatchObject({ unit: seconds, tolerance: 300 });
  });

  it('the oracle reproduces an independently computed value (key cal_key)', () => {
    expect(v1('cal_key', 1700000000, '{"event":"x","n":"hé"}')).toBe('93b695482db623171ec6aad8d9058bef4a0a22f91f704602e1c3057c3b620e6a');
  });

  it('signs exactly {t}.{body}: the body alone, or t: joined otherwise, is refused', async () => {
    const verifier = calendly({ signingKey: KEY });
    const hex = (message: string) => createHmac('sha256', KEY).update(message).digest('hex');
    for (const message of [BODY, `${T}${BODY}`, `${T}:${BODY}`, `t=${T}.${BODY}`]) {
      expect([message.slice(0, 30), await verdict(verifier, delivery(`t=${T},v1=${hex(message)}`), T)]).toEqual([message.slice(0, 30), 'invalid_signature 403']);
    }
  });

  it('binds t: the genuine v1 under another t is refused', async () => {
    expect(await verdict(calendly({ signingKey: KEY }), delivery(`t=${T + 1},v1=${v1(KEY, T, BODY)}`), T)).toBe('invalid_signature 403');
  });

  it('accepts any listed v1 that matches, in either order, with spaces after the commas', async () => {
    const verifier = calendly({ signingKey: KEY });
    const good = v1(KEY, T, BODY);
    const old = v1('old_key', T, BODY);
    expect(await verdict(verifier, delivery(`v1=${good},t=${T}`), T)).toBe('ok');
    expect(await verdict(verifier, delivery(`t=${T}, v1=${old}, v1=${good}`), T)).toBe('ok');
    expect(await verdict(verifier, delivery(`t=${T},v1=${old}`), T)).toBe('invalid_signature 403');
  });

  it('refuses a header without t, with two t, without v1, or with t in ms, as malformed', async () => {
    const verifier = calendly({ signingKey: KEY });
    const good = v1(KEY, T, BODY);
    expect(await verdict(verifier, delivery(`v1=${good}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`t=${T},t=${T},v1=${good}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`t=${T},v0=${good}`), T)).toBe('malformed 403');
    // t in milliseconds, even correctly signed, is not the unix seconds Calendly sends.
    expect(await verdict(verifier, delivery(`t=${T * 1000},v1=${v1(KEY, T * 1000, BODY)}`), T)).toBe('malformed 403');
  });

  it('reports the scheme and the expiry, and toleranceSeconds moves the window', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...genuine(KEY, T, BODY) }, calendly({ signingKey: KEY }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'calendly', expiresAt: T + 300 });
    expect(await verdict(calendly({ signingKey: KEY, toleranceSeconds: 600 }), genuine(KEY, T, BODY), T + 600)).toBe('ok');
    expect(await verdict(calendly({ signingKey: KEY, toleranceSeconds: 600 }), genuine(KEY, T, BODY), T + 601)).toBe('timestamp_out_of_tolerance 403');
  });
});

describe('calendly: hookguard signs as Calendly does', () => {
  it('signPreset writes t=<unix>,v1=<the documented HMAC>', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.integer({ min: 0, max: 4_000_000_000 }), async (body, key, t) => {
        expect(await signPreset(CALENDLY, { secret: key, body, timestamp: t })).toEqual({ headers: { 'calendly-webhook-signature': `t=${t},v1=${v1(key, t, body)}` } });
      }),
      { numRuns: 60 },
    );
  });
});

describe('calendly: hookguard agrees with the documented algorithm', () => {
  it('on genuine and tampered deliveries, at any body, key and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 't', 'signature', 'key'),
        async (body, key, age, tamper) => {
          const t = NOW - age;
          let sentT = t;
          let signature = v1(key, t, body);
          let sent = body;
          let verifyKey = key;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 't') sentT = t + 1;
          if (tamper === 'signature') signature = v1(key, t, `${body} `);
          if (tamper === 'key') verifyKey = `${key}!`;
          const signed = v1(verifyKey, sentT, sent) === signature;
          const fresh = Math.abs(NOW - sentT) <= 300;
          const expected = !fresh ? 'timestamp_out_of_tolerance 403' : signed ? 'ok' : 'invalid_signature 403';
          expect(await verdict(calendly({ signingKey: verifyKey }), delivery(`t=${sentT},v1=${signature}`, sent), NOW)).toBe(expected);
          expect(signed).toBe(tamper === 'none');
        },
      ),
      { numRuns: 100 },
    );
  });
});
