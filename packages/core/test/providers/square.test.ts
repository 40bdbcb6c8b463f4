// Square against the published vectors of its SDK's own tests
// (square/square-nodejs-sdk @ c58c6e097af6717e5c728712f79f89f6cd9da12f, tests/integration/webhooks.test.ts),
// copied byte for byte. The SDK (npm `square`, 80 MB) is not installed: where a
// verdict on generated input is needed, `squareSdkVerify` below is its
// src/wrapper/WebhooksHelper.ts `verifySignature` transcribed with node:crypto:
// base64 HMAC-SHA256 under the UTF-8 signature key of notificationUrl ‖ raw body, compared with ===.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { SQUARE, square } from '../../src/providers/square.js';
import { presetConformance, verdict } from './preset-kit.js';

const VECTOR = {
  key: 'Ibxx_5AKakO-3qeNVR61Dw',
  url: 'https://webhook.site/679a4f3a-dcfa-49ee-bac5-9d0edad886b9',
  body: '{"merchant_id":"MLEFBHHSJGVHD","type":"webhooks.test_notification","event_id":"ac3ac95b-f97d-458c-a6e6-18981597e05f","created_at":"2022-07-13T20:30:59.037339943Z","data":{"type":"webhooks","id":"bc368e64-01aa-407e-b46e-3231809b1129"}}',
  signature: 'GF4YkrJgGBDZ9NIYbNXBnMzqb2HoL4RW/S6vkZ9/2N4=',
};
const SHORT = [
  { body: '{"data":{"type":"webhooks","id":"fake_id"}}', signature: 'W3FlCNk5IA3ZQ2LHTWoajvzfaDu/OwY2tNHIHC3IUOA=' },
  { body: '{"data":{"type":"webhooks","id":">id<"}}', signature: 'Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=' },
];
const SHORT_KEY = 'signature-key';
const SHORT_URL = 'https://webhook.site/webhooks';

const HEADER = 'x-square-hmacsha256-signature';
const delivery = (signature: string, body = VECTOR.body, url?: string) => ({ headers: { [HEADER]: signature }, body, ...(url ? { url } : {}) });

/** WebhooksHelper.verifySignature, transcribed (see the header comment). */
const squareSdkVerify = (o: { requestBody: string; signatureHeader: string; signatureKey: string; notificationUrl: string }) =>
  createHmac('sha256', o.signatureKey).update(o.notificationUrl + o.requestBody).digest('base64') === o.signatureHeader;

presetConformance('square (published vector)', () => ({
  verifier: square({ signatureKey: VECTOR.key, notificationUrl: VECTOR.url }),
  delivery: delivery(VECTOR.signature),
  signedAt: 1657744259, // Square signs no time: any instant
  otherKey: square({ signatureKey: 'MCmhFRxGX82xMwg5FsaoQA', notificationUrl: VECTOR.url }), // the test file's wrong key
  signatureHeader: HEADER,
}));

describe('square: the published vectors', () => {
  it('accepts every positive vector of the SDK test', async () => {
    expect(await verdict(square({ signatureKey: VECTOR.key, notificationUrl: VECTOR.url }), delivery(VECTOR.signature), 0)).toBe('ok');
    for (const { body, signature } of SHORT) {
      expect(await verdict(square({ signatureKey: SHORT_KEY, notificationUrl: SHORT_URL }), delivery(signature, body), 0)).toBe('ok');
    }
  });

  it('refuses the negative vectors of the SDK test', async () => {
    const verifier = square({ signatureKey: VECTOR.key, notificationUrl: VECTOR.url });
    // a notification URL missing one character
    expect(await verdict(square({ signatureKey: VECTOR.key, notificationUrl: 'https://webhook.site/79a4f3a-dcfa-49ee-bac5-9d0edad886b9' }), delivery(VECTOR.signature), 0)).toBe(
      'invalid_signature 403',
    );
    // a SHA-1-sized signature: not of Square's shape at all
    expect(await verdict(verifier, delivery('1z2n3DEJJiUPKcPzQo1ftvbxGdw='), 0)).toBe('malformed 403');
    // another created_at
    expect(await verdict(verifier, delivery(VECTOR.signature, VECTOR.body.replace('2022-07-13', '2022-06-13')), 0)).toBe('invalid_signature 403');
    // the same JSON pretty-printed
    expect(await verdict(verifier, delivery(VECTOR.signature, JSON.stringify(JSON.parse(VECTOR.body), null, 2)), 0)).toBe('invalid_signature 403');
    // one vector's signature on the other's body
    expect(await verdict(square({ signatureKey: SHORT_KEY, notificationUrl: SHORT_URL }), delivery(SHORT[0]!.signature, SHORT[1]!.body), 0)).toBe('invalid_signature 403');
  });

  it('the transcribed SDK check agrees with the vectors (the oracle is sound)', () => {
    expect(squareSdkVerify({ requestBody: VECTOR.body, signatureHeader: VECTOR.signature, signatureKey: VECTOR.key, notificationUrl: VECTOR.url })).toBe(true);
    expect(squareSdkVerify({ requestBody: SHORT[1]!.body, signatureHeader: SHORT[1]!.signature, signatureKey: SHORT_KEY, notificationUrl: SHORT_URL })).toBe(true);
    expect(squareSdkVerify({ requestBody: SHORT[1]!.body, signatureHeader: SHORT[0]!.signature, signatureKey: SHORT_KEY, notificationUrl: SHORT_URL })).toBe(false);
  });
});

describe('square: the notification URL is what is signed', () => {
  it('accepts the delivery whatever URL the request arrived at (a proxy, a rewrite)', async () => {
    const verifier = square({ signatureKey: VECTOR.key, notificationUrl: VECTOR.url });
    for (const url of ['https://hooks.example.com/webhook', 'http://localhost:3000/api/square?x=1', VECTOR.url]) {
      expect(await verdict(verifier, delivery(VECTOR.signature, VECTOR.body, url), 0)).toBe('ok');
    }
  });

  it('refuses it under another notificationUrl, even when the request went to that URL', async () => {
    for (const other of [`${VECTOR.url}/`, VECTOR.url.replace('https:', 'http:'), 'https://hooks.example.com/webhook']) {
      const verifier = square({ signatureKey: VECTOR.key, notificationUrl: other });
      expect(await verdict(verifier, delivery(VECTOR.signature, VECTOR.body, other), 0)).toBe('invalid_signature 403');
    }
  });

  it('signs the notification URL ‖ body, not the body alone', async () => {
    const bodyOnly = createHmac('sha256', VECTOR.key).update(VECTOR.body).digest('base64');
    expect(await verdict(square({ signatureKey: VECTOR.key, notificationUrl: VECTOR.url }), delivery(bodyOnly), 0)).toBe('invalid_signature 403');
  });
});

describe('square: hookguard signs as Square does', () => {
  it('signPreset reproduces every published signature', async () => {
    const signed = await signPreset(SQUARE, { secret: VECTOR.key, body: VECTOR.body, values: { notificationUrl: VECTOR.url } });
    expect(signed.headers).toEqual({ [HEADER]: VECTOR.signature });
    for (const { body, signature } of SHORT) {
      const { headers } = await signPreset(SQUARE, { secret: SHORT_KEY, body, values: { notificationUrl: SHORT_URL } });
      expect(headers[HEADER]).toBe(signature);
    }
  });

  it('signPreset ignores the request URL: only notificationUrl is signed', async () => {
    const a = await signPreset(SQUARE, { secret: VECTOR.key, body: VECTOR.body, url: 'https://elsewhere.example/x', values: { notificationUrl: VECTOR.url } });
    expect(a.headers[HEADER]).toBe(VECTOR.signature);
  });
});

describe('square: hookguard and the SDK algorithm agree', () => {
  const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/);
  const URLS = fc.webUrl({ withQueryParameters: true });

  it('signPreset output passes the SDK check, at any body, key and URL', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), SECRETS, URLS, async (body, key, url) => {
        const { headers } = await signPreset(SQUARE, { secret: key, body, values: { notificationUrl: url } });
        expect(squareSdkVerify({ requestBody: body, signatureHeader: headers[HEADER]!, signatureKey: key, notificationUrl: url })).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('on genuine and tampered deliveries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        SECRETS,
        URLS,
        fc.constantFrom('none', 'body', 'key', 'notificationUrl', 'requestUrl'),
        async (body, key, url, tamper) => {
          const signature = createHmac('sha256', key).update(url + body).digest('base64');
          const sent = tamper === 'body' ? `${body}\n` : body;
          const configuredKey = tamper === 'key' ? `${key}x` : key;
          const configuredUrl = tamper === 'notificationUrl' ? `${url}#` : url;
          const requestUrl = tamper === 'requestUrl' ? 'https://proxy.example.net/other' : undefined;
          const expected = squareSdkVerify({ requestBody: sent, signatureHeader: signature, signatureKey: configuredKey, notificationUrl: configuredUrl });
          const got = await verdict(square({ signatureKey: configuredKey, notificationUrl: configuredUrl }), delivery(signature, sent, requestUrl), 0);
          expect(got).toBe(expected ? 'ok' : 'invalid_signature 403');
          expect(expected).toBe(tamper === 'none' || tamper === 'requestUrl');
        },
      ),
      { numRuns: 100 },
    );
  });
});
