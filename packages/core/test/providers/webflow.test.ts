// Webflow against its own SDK, webflow-api 3.3.4 (webflow/js-webflow-api
// src/wrapper/WebhooksClient.ts: verifySignature, which computes
// HMAC-SHA256(secret, `${headers["x-webflow-timestamp"]}:${body}`) as hex and
// compares it with x-webflow-signature). The SDK has no signer, so deliveries are
// signed with node:crypto as the docs say (developers.webflow.com/data/reference/request-signatures)
// and the SDK confirms each one. The SDK checks no time; the docs do, in milliseconds
// and one-sided: `if (((Date.now() - Number(timestamp)) / 60000) > 5) return false`.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { WebflowClient } from 'webflow-api';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { WEBFLOW, webflow } from '../../src/providers/webflow.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { milliseconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const SECRET = 'webflow_webhook_secret';
const T = 1_700_000_000;
const TS_MS = T * 1000 + 250; // Webflow sends milliseconds
const BODY = '{"triggerType":"form_submission","payload":{"name":"Contact","data":{"name":"Zoë"}}}';

const client = new WebflowClient({ accessToken: 'offline' }); // no network is used
const sdkSignatureOk = (body: string, headers: Record<string, string>, secret: string) => client.webhooks.verifySignature({ headers, body, secret });
/** The docs' freshness rule, at unix second `now`. */
const docsFresh = (timestamp: string, now: number) => !((now * 1000 - Number(timestamp)) / 60000 > 5);

/** The documented signature: hex HMAC-SHA256(secret, `{timestamp ms}:{raw body}`). */
const webflowSignature = (secret: string, timestamp: number | string, body: string) => createHmac('sha256', secret).update(`${timestamp}:${body}`).digest('hex');
const delivery = (secret: string, timestamp: number | string, body: string, signature = webflowSignature(secret, timestamp, body)) => ({
  headers: { 'x-webflow-timestamp': String(timestamp), 'x-webflow-signature': signature },
  body,
});

presetConformance('webflow', () => ({
  verifier: webflow({ secret: SECRET }),
  delivery: delivery(SECRET, TS_MS, BODY),
  signedAt: T,
  otherKey: webflow({ secret: 'another_client_secret' }),
  signatureHeader: 'x-webflow-signature',
  tolerance: WEBFLOW.timestamp!.tolerance,
  pastOnly: WEBFLOW.timestamp!.pastOnly,
}));

describe('webflow: the delivery is genuine (the SDK accepts it)', () => {
  it('keeps the documented defaults: milliseconds, 300 s, past only', () => {
    expect(WEBFLOW.timestamp).toMatchObject({ header: 'x-webflow-timestamp', unit: milliseconds, tolerance: 300, pastOnly: true });
  });

  it('the SDK accepts the delivery of the conformance checks, and refuses it tampered', async () => {
    const { headers } = delivery(SECRET, TS_MS, BODY);
    expect(await sdkSignatureOk(BODY, headers, SECRET)).toBe(true);
    expect(await sdkSignatureOk(`${BODY} `, headers, SECRET)).toBe(false);
    expect(await sdkSignatureOk(BODY, { ...headers, 'x-webflow-timestamp': String(TS_MS + 1) }, SECRET)).toBe(false);
  });

  it('the self-made vector of the facts file is accepted by both', async () => {
    const headers = { 'x-webflow-timestamp': '1700000000000', 'x-webflow-signature': 'ac58ae05751b44c8f0d3a997bd165190c48560904bf9e898bc9b3dd0a188dc16' };
    const body = '{"triggerType":"form_submission"}';
    expect(await sdkSignatureOk(body, headers, 'webflow_secret')).toBe(true);
    expect(await verdict(webflow({ secret: 'webflow_secret' }), { headers, body }, T)).toBe('ok');
  });
});

describe('webflow: the millisecond timestamp, 300 s old at most', () => {
  it('reads the timestamp as milliseconds, to the millisecond', async () => {
    const verifier = webflow({ secret: SECRET });
    const at = (ms: number) => delivery(SECRET, ms, BODY);
    expect(await verdict(verifier, at(T * 1000), T + 300)).toBe('ok');
    expect(await verdict(verifier, at(T * 1000 - 1), T + 300)).toBe('timestamp_out_of_tolerance 403');
    expect(docsFresh(String(T * 1000 - 1), T + 300)).toBe(false);
    expect(await verdict(verifier, at(T * 1000 + 3_600_000), T)).toBe('ok'); // the future, as the docs' rule
  });

  it('refuses a timestamp in seconds, even correctly signed: it reads as 1970', async () => {
    expect(await sdkSignatureOk(BODY, delivery(SECRET, T, BODY).headers, SECRET)).toBe(true);
    expect(await verdict(webflow({ secret: SECRET }), delivery(SECRET, T, BODY), T)).toBe('timestamp_out_of_tolerance 403');
  });

  it('binds the timestamp: the genuine signature under another timestamp is refused', async () => {
    const { headers } = delivery(SECRET, TS_MS, BODY);
    expect(await verdict(webflow({ secret: SECRET }), { headers: { ...headers, 'x-webflow-timestamp': String(TS_MS - 1) }, body: BODY }, T)).toBe('invalid_signature 403');
  });

  it('refuses a delivery without its timestamp header (401)', async () => {
    const { headers } = delivery(SECRET, TS_MS, BODY);
    expect(await verdict(webflow({ secret: SECRET }), { headers: { 'x-webflow-signature': headers['x-webflow-signature'] }, body: BODY }, T)).toBe('missing_credentials 401');
  });

  it('accepts either of two secrets, reads header names in any case, and reports the expiry', async () => {
    expect(await verdict(webflow({ secret: ['old', SECRET] }), delivery(SECRET, TS_MS, BODY), T)).toBe('ok');
    const { headers } = delivery(SECRET, TS_MS, BODY);
    const capitalised = { 'X-Webflow-Timestamp': headers['x-webflow-timestamp'], 'X-Webflow-Signature': headers['x-webflow-signature'] };
    expect(await verdict(webflow({ secret: SECRET }), { headers: capitalised, body: BODY }, T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, headers, body: BODY }, webflow({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'webflow', expiresAt: T + 300 });
  });
});

describe('webflow: hookguard signs as Webflow does', () => {
  it("signPreset's headers are accepted by the SDK, with the timestamp in milliseconds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), async (body, secret, ts) => {
        const { headers } = await signPreset(WEBFLOW, { secret, body, timestamp: ts });
        expect(headers['x-webflow-timestamp']).toBe(String(ts * 1000));
        expect(headers['x-webflow-signature']).toBe(webflowSignature(secret, ts * 1000, body));
        expect(await sdkSignatureOk(body, headers, secret)).toBe(true);
        expect(await verdict(webflow({ secret }), { headers, body }, ts)).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});

describe('webflow: hookguard agrees with the SDK and the docs', () => {
  it('on genuine and tampered deliveries, at any body, secret and age in milliseconds', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.integer({ min: -1_000_000, max: 400_000 }),
        fc.constantFrom('none', 'body', 'timestamp', 'signature', 'secret'),
        async (body, secret, ageMs, tamper) => {
          const ts = NOW * 1000 - ageMs;
          let { headers, body: sent } = delivery(secret, ts, body);
          let key = secret;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 'timestamp') headers = { ...headers, 'x-webflow-timestamp': String(ts - 1) };
          if (tamper === 'signature') headers = { ...headers, 'x-webflow-signature': webflowSignature(secret, ts, `${body} `) };
          if (tamper === 'secret') key = `${secret}!`;
          const signed = await sdkSignatureOk(sent, headers, key);
          const fresh = docsFresh(headers['x-webflow-timestamp']!, NOW);
          const expected = !fresh ? 'timestamp_out_of_tolerance 403' : signed ? 'ok' : 'invalid_signature 403';
          expect(await verdict(webflow({ secret: key }), { headers, body: sent }, NOW)).toBe(expected);
          expect(signed).toBe(tamper === 'none');
        },
      ),
      { numRuns: 100 },
    );
  });
});
