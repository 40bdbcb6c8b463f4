// Mailgun against its documented algorithm, computed here with node:crypto (mailgun.js
// 14.0.1 has no verifier; Mailgun publishes no vector, its example values are
// placeholders). Source: documentation.mailgun.com/docs/mailgun/user-manual/webhooks/securing-webhooks:
// the JSON webhook carries a signature object `{ token, timestamp, signature }` beside
// its event-data; "Concatenate timestamp and token values together with no separator",
// HMAC-SHA256 with the Webhook Signing Key, hex:
//   crypto.createHmac('sha256', signingKey).update(timestamp.concat(token)).digest('hex')
// The docs also say to "cache the token value locally and not honor any subsequent
// request with the same token": replay protection. The event itself is not signed.
// The scheme carries no signature header, so the kit's header-based contract does
// not apply; its five checks are written out here instead.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { mailgun, memoryReplayStore, verifyRequest } from '../../src/index.js';
import { signMailgun } from '../../src/providers/mailgun.js';
import { URL, verdict } from './preset-kit.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const KEY = 'mailgun_webhook_signing_key';
const T = 1_700_000_000;
const TOKEN = 'e0b5477167110d68991efc6b9f89f0a11066af27834600e123';
const EVENT = { event: 'delivered', id: 'CPgfbmQMTCKtHW6uIWtuVe', recipient: 'zoë@example.com', timestamp: 1700000000.123 };

/** The documented signature: hex HMAC-SHA256(signing key, timestamp ‖ token). */
const mailgunSignature = (key: string, timestamp: string, token: string) => createHmac('sha256', key).update(timestamp + token).digest('hex');
const bodyWith = (signature: unknown, eventData: unknown = EVENT) => JSON.stringify({ signature, 'event-data': eventData });
const genuine = (key = KEY, timestamp = T, token = TOKEN, eventData: unknown = EVENT) =>
  bodyWith({ token, timestamp: String(timestamp), signature: mailgunSignature(key, String(timestamp), token) }, eventData);
const post = (body: string) => ({ headers: { 'content-type': 'application/json' }, body });

describe('mailgun: the common contract, written out (the signature is in the body)', () => {
  it('accepts the genuine delivery', async () => {
    expect(await verdict(mailgun({ signingKey: KEY }), post(genuine()), T)).toBe('ok');
  });

  it('refuses a tampered signature object: token, timestamp or signature changed (403)', async () => {
    const verifier = mailgun({ signingKey: KEY });
    const signature = mailgunSignature(KEY, String(T), TOKEN);
    expect(await verdict(verifier, post(bodyWith({ token: `${TOKEN.slice(0, -1)}4`, timestamp: String(T), signature })), T)).toBe('invalid_signature 403');
    expect(await verdict(verifier, post(bodyWith({ token: TOKEN, timestamp: String(T + 1), signature })), T)).toBe('invalid_signature 403');
    expect(await verdict(verifier, post(bodyWith({ token: TOKEN, timestamp: String(T), signature: mailgunSignature(KEY, `${T}.`, TOKEN) })), T)).toBe('invalid_signature 403');
  });

  it('refuses a delivery without its signature object (401)', async () => {
    const verifier = mailgun({ signingKey: KEY });
    for (const body of [JSON.stringify({ 'event-data': EVENT }), bodyWith(null), 'not json', '', '[]', 'null', 'token=x&timestamp=1&signature=y']) {
      expect([body, await verdict(verifier, post(body), T)]).toEqual([body, 'missing_credentials 401']);
    }
  });

  it('refuses a stale delivery (403), and only past the tolerance, either way', async () => {
    const verifier = mailgun({ signingKey: KEY });
    expect(await verdict(verifier, post(genuine()), T + 300)).toBe('ok');
    expect(await verdict(verifier, post(genuine()), T - 300)).toBe('ok');
    expect(await verdict(verifier, post(genuine()), T + 301)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(verifier, post(genuine()), T - 301)).toBe('timestamp_out_of_tolerance 403');
  });

  it('refuses the delivery under another key (403)', async () => {
    expect(await verdict(mailgun({ signingKey: 'another_signing_key' }), post(genuine()), T)).toBe('invalid_signature 403');
  });
});

describe('mailgun: the signature object', () => {
  it('the oracle reproduces an independently computed value', () => {
    expect(mailgunSignature('mailgun_signing_key', '1700000000', TOKEN)).toBe('3cf44934f4db1d99f44b7fec5c250334817caaf50a8b3a6ddb72df185a791b06');
  });

  it("accepts the timestamp as the docs' string or as a whole number", async () => {
    const signature = mailgunSignature(KEY, String(T), TOKEN);
    expect(await verdict(mailgun({ signingKey: KEY }), post(bodyWith({ token: TOKEN, timestamp: T, signature })), T)).toBe('ok');
  });

  it('refuses fields that are not text, or a signature that is no hex HMAC-SHA256, as malformed (403)', async () => {
    const verifier = mailgun({ signingKey: KEY });
    const signature = mailgunSignature(KEY, String(T), TOKEN);
    for (const object of [
      { token: TOKEN, timestamp: String(T) },
      { token: 42, timestamp: String(T), signature },
      { token: TOKEN, timestamp: T + 0.5, signature },
      { token: TOKEN, timestamp: String(T), signature: Buffer.from(signature, 'hex').toString('base64') },
      { token: TOKEN, timestamp: String(T), signature: signature.slice(1) },
      'a string',
    ]) {
      expect([object, await verdict(verifier, post(bodyWith(object)), T)]).toEqual([object, 'malformed 403']);
    }
  });

  it('reports the token as the delivery id, and the expiry', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...post(genuine()) }, mailgun({ signingKey: KEY }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'mailgun', deliveryId: TOKEN, expiresAt: T + 300 });
  });

  it('accepts either of two keys; toleranceSeconds moves the window', async () => {
    expect(await verdict(mailgun({ signingKey: ['old_key', KEY] }), post(genuine()), T)).toBe('ok');
    expect(await verdict(mailgun({ signingKey: KEY, toleranceSeconds: 30 }), post(genuine()), T + 30)).toBe('ok');
    expect(await verdict(mailgun({ signingKey: KEY, toleranceSeconds: 30 }), post(genuine()), T + 31)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(mailgun({ signingKey: KEY, toleranceSeconds: -1 }), post(genuine()), T)).toBe('misconfigured 500');
  });
});

describe('mailgun: replay of a token', () => {
  const code = (result: Awaited<ReturnType<typeof verifyRequest>>) => (result.ok ? 'ok' : `${result.error.code} ${result.error.status}`);

  it('refuses the same token a second time when replay protection is on', async () => {
    const replay = { store: memoryReplayStore() };
    const request = { method: 'POST', url: URL, ...post(genuine()) };
    expect(code(await verifyRequest(request, mailgun({ signingKey: KEY }), { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(request, mailgun({ signingKey: KEY }), { now: T + 5, replay }))).toBe('replayed 409');
    // Another token is another delivery.
    const next = { method: 'POST', url: URL, ...post(genuine(KEY, T, `${TOKEN.slice(0, -3)}456`)) };
    expect(code(await verifyRequest(next, mailgun({ signingKey: KEY }), { now: T + 5, replay }))).toBe('ok');
  });

  it('the event is not signed: a captured signature object fits another event, once', async () => {
    const replay = { store: memoryReplayStore() };
    const captured = { method: 'POST', url: URL, ...post(genuine()) };
    const forged = { method: 'POST', url: URL, ...post(genuine(KEY, T, TOKEN, { ...EVENT, event: 'failed' })) };
    // Without replay protection, Mailgun's scheme cannot tell them apart…
    expect(code(await verifyRequest(forged, mailgun({ signingKey: KEY }), { now: T }))).toBe('ok');
    // …with it, the token is honoured once, whatever event it comes with.
    expect(code(await verifyRequest(captured, mailgun({ signingKey: KEY }), { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(forged, mailgun({ signingKey: KEY }), { now: T + 1, replay }))).toBe('replayed 409');
  });

  it('the same token respelled (timestamp as a number, key order, spacing) is still the same delivery', async () => {
    const replay = { store: memoryReplayStore() };
    const signature = mailgunSignature(KEY, String(T), TOKEN);
    const first = { method: 'POST', url: URL, ...post(genuine()) };
    const respelled = { method: 'POST', url: URL, ...post(`{ "event-data": {}, "signature": { "signature": "${signature}", "timestamp": ${T}, "token": "${TOKEN}" } }`) };
    expect(code(await verifyRequest(first, mailgun({ signingKey: KEY }), { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(respelled, mailgun({ signingKey: KEY }), { now: T, replay }))).toBe('replayed 409');
  });
});

describe('mailgun: hookguard signs as Mailgun does', () => {
  it('signMailgun adds the documented signature object to the event body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.stringMatching(/^[0-9a-f]{50}$/), fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), fc.jsonValue({ maxDepth: 2 }), async (key, token, timestamp, eventData) => {
        const { headers, body } = await signMailgun({ signingKey: key, token, timestamp, body: JSON.stringify({ 'event-data': eventData }) });
        expect(headers).toEqual({});
        const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
        const sent = JSON.parse(text) as Record<string, unknown>;
        expect(sent['signature']).toEqual({ timestamp: String(timestamp), token, signature: mailgunSignature(key, String(timestamp), token) });
        expect(sent['event-data']).toEqual(JSON.parse(JSON.stringify(eventData)));
        expect(await verdict(mailgun({ signingKey: key }), post(text), timestamp)).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});

describe('mailgun: hookguard agrees with the documented algorithm', () => {
  it('on genuine and tampered signature objects, at any key, token, event and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
        fc.integer({ min: -400, max: 400 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom('none', 'token', 'timestamp', 'signature', 'key', 'event'),
        async (key, token, age, eventData, tamper) => {
          const ts = NOW - age;
          const object = { token, timestamp: String(ts), signature: mailgunSignature(key, String(ts), token) };
          let verifyKey = key;
          if (tamper === 'token') object.token = `${token}x`;
          if (tamper === 'timestamp') object.timestamp = String(ts + 1);
          if (tamper === 'signature') object.signature = mailgunSignature(key, String(ts), `${token} `);
          if (tamper === 'key') verifyKey = `${key}!`;
          const sentEvent = tamper === 'event' ? { forged: eventData } : eventData;
          const signed = mailgunSignature(verifyKey, object.timestamp, object.token) === object.signature;
          const fresh = Math.abs(NOW - Number(object.timestamp)) <= 300;
          const expected = !fresh ? 'timestamp_out_of_tolerance 403' : signed ? 'ok' : 'invalid_signature 403';
          expect(await verdict(mailgun({ signingKey: verifyKey }), post(bodyWith(object, sentEvent)), NOW)).toBe(expected);
          expect(signed).toBe(tamper === 'none' || tamper === 'event'); // the event is not signed
        },
      ),
      { numRuns: 100 },
    );
  });
});
