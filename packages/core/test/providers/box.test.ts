// Box webhooks v2 against the published vectors of its SDK's own tests
// (box/box-typescript-sdk-gen @ 1a16c5bd8a5100f55c6ebab79ab5efc0269263bc,
// src/test/webhooks.generated.test.ts), copied byte for byte. The SDK (47 MB) is
// not installed: where a verdict on generated input is needed, `boxSdkValidate`
// below is its src/managers/webhooks.generated.ts `validateMessage` transcribed
// with node:crypto (with src/internal/utilsNode.ts `computeWebhookSignature`,
// `compareSignatures`, `jsonStringifyWithEscapedUnicode`): base64 HMAC-SHA256 of
// raw body ‖ box-delivery-timestamp, primary then secondary key, maxAge 600 s
// into the past and no time at all into the future.
import { createHmac, timingSafeEqual } from 'node:crypto';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { BOX_PRIMARY, BOX_SECONDARY, box } from '../../src/providers/box.js';
import { presetConformance, verdict } from './preset-kit.js';
import { rfc3339 } from '../../src/timestamp.js';

const PRIMARY = 'SamplePrimaryKey';
const SECONDARY = 'SampleSecondaryKey';
const TS = '2020-01-01T00:00:00-07:00';
const SIGNED_AT = Date.parse(TS) / 1000; // 1577862000
const BODY = '{"type":"webhook_event","webhook":{"id":"1234567890"},"trigger":"FILE.UPLOADED","source":{"id":"1234567890","type":"file","name":"Test.txt"}}';
const BODY_PRIMARY = '6TfeAW3A1PASkgboxxA5yqHNKOwFyMWuEXny/FPD5hI=';
const BODY_SECONDARY = 'v+1CD1Jdo3muIcbpv5lxxgPglOqMfsNHPV899xWYydo=';
// The test's other bodies, as the bytes Box signs (its JSON with non-ASCII and `/` escaped), primary key.
const named = (name: string) => `{"webhook":{"id":"1234567890"},"trigger":"FILE.UPLOADED","source":{"id":"1234567890","type":"file","name":"${name}"}}`;
const NAMED: [string, string, string][] = [
  ['Japanese, escaped', String.raw`\u30b9\u30af\u30ea\u30fc\u30f3\u30b7\u30e7\u30c3\u30c8 2020-08-05.txt`, 'LV2uCu+5NJtIHrCXDYgZ0v/PP5THGRuegw3RtdnEyuE='],
  ['emoji, escaped', String.raw`\ud83d\ude00 2020-08-05.txt`, 'xF/SDZosX4le+v4A0Qn59sZhuD1RqY5KRUKzVMSbh0E='],
  ['backslash r', String.raw`test \r`, 'SVkbKgy3dEEf2PbbzpNu2lDZS7zZ/aboU7HOZgBGrJk='],
  ['escaped slash', String.raw`\/`, 't41PWT5ZB6OcysnD6SDy9Ud+p9hdXxIdXqcdweyZv/Q='],
  ['two backslashes', String.raw`\\`, 'ERpMZwUQsGDTfj82ehdX6VvDZfvOhK5ULNfVmwVAGe0='],
];

const boxHeaders = (timestamp: string, signatures: { primary?: string; secondary?: string }) => ({
  'box-delivery-id': 'f96bb54b-ee16-4fc5-aa65-8c2d9e5b546f',
  'box-delivery-timestamp': timestamp,
  'box-signature-version': '1',
  'box-signature-algorithm': 'HmacSHA256',
  ...(signatures.primary === undefined ? {} : { 'box-signature-primary': signatures.primary }),
  ...(signatures.secondary === undefined ? {} : { 'box-signature-secondary': signatures.secondary }),
});

/** WebhooksManager.validateMessage, transcribed (see the header comment). */
function boxSdkValidate(body: string, headers: Record<string, string>, primaryKey: string, options: { secondaryKey?: string; maxAge?: number }, nowSeconds: number): boolean {
  const { secondaryKey, maxAge = 600 } = options;
  const delivered = Math.floor(new Date(headers['box-delivery-timestamp']!).getTime() / 1000);
  if (nowSeconds - maxAge > delivered || delivered > nowSeconds) return false;
  const escape = (text: string) => text.replace(/[\u007f-\uffff]/g, (c) => `\\u${`0000${c.charCodeAt(0).toString(16)}`.slice(-4)}`).replace(/(?<!\\)\//g, '\\/');
  const compute = (key: string, escaped: boolean) => {
    if (headers['box-signature-version'] !== '1' || headers['box-signature-algorithm'] !== 'HmacSHA256') return null;
    return createHmac('sha256', key).update(escaped ? escape(body) : body).update(headers['box-delivery-timestamp']!).digest('base64');
  };
  const compare = (expected: string | null, received: string | undefined) => {
    if (!expected || !received) return false;
    const a = Buffer.from(expected, 'base64');
    const b = Buffer.from(received, 'base64');
    return a.length === b.length && timingSafeEqual(a, b);
  };
  for (const [key, header] of [
    [primaryKey, 'box-signature-primary'],
    [secondaryKey, 'box-signature-secondary'],
  ] as const) {
    if (key === undefined || headers[header] === undefined) continue;
    if (compare(compute(key, false), headers[header]) || compare(compute(key, true), headers[header])) return true;
  }
  return false;
}

presetConformance('box (published vector, primary signature)', () => ({
  verifier: box({ primaryKey: PRIMARY }),
  delivery: { headers: boxHeaders(TS, { primary: BODY_PRIMARY }), body: BODY },
  signedAt: SIGNED_AT,
  otherKey: box({ primaryKey: SECONDARY }),
  signatureHeader: 'box-signature-primary',
  tolerance: BOX_PRIMARY.timestamp!.tolerance,
}));

presetConformance('box (published vector, secondary signature)', () => ({
  verifier: box({ primaryKey: PRIMARY, secondaryKey: SECONDARY }),
  delivery: { headers: boxHeaders(TS, { secondary: BODY_SECONDARY }), body: BODY },
  signedAt: SIGNED_AT,
  otherKey: box({ primaryKey: PRIMARY, secondaryKey: 'AnotherSecondaryKey' }),
  signatureHeader: 'box-signature-secondary',
  tolerance: BOX_SECONDARY.timestamp!.tolerance,
}));

describe('box: the published vectors', () => {
  const both = boxHeaders(TS, { primary: BODY_PRIMARY, secondary: BODY_SECONDARY });

  it('the preset keeps its default: 600 s', () => {
    expect(BOX_PRIMARY.timestamp).toMatchObject({ header: 'box-delivery-timestamp', unit: rfc3339, tolerance: 600 });
    expect(BOX_SECONDARY.timestamp).toMatchObject({ tolerance: 600 });
  });

  it('the transcribed SDK check agrees with them (the oracle is sound)', () => {
    expect(boxSdkValidate(BODY, both, PRIMARY, { secondaryKey: SECONDARY }, SIGNED_AT)).toBe(true);
    expect(boxSdkValidate(BODY, both, 'wrong', { secondaryKey: SECONDARY }, SIGNED_AT)).toBe(true);
    expect(boxSdkValidate(BODY, both, 'wrong', { secondaryKey: 'wrong' }, SIGNED_AT)).toBe(false);
    // the SDK's own escape fallback: the Japanese name sent unescaped verifies there
    expect(boxSdkValidate(named('\u30B9\u30AF\u30EA\u30FC\u30F3\u30B7\u30E7\u30C3\u30C8 2020-08-05.txt'), boxHeaders(TS, { primary: NAMED[0]![2] }), PRIMARY, {}, SIGNED_AT)).toBe(true);
  });

  it('either key alone is enough, and either signature', async () => {
    expect(await verdict(box({ primaryKey: PRIMARY, secondaryKey: SECONDARY }), { headers: both, body: BODY }, SIGNED_AT)).toBe('ok');
    expect(await verdict(box({ primaryKey: PRIMARY }), { headers: both, body: BODY }, SIGNED_AT)).toBe('ok');
    expect(await verdict(box({ primaryKey: 'RotatedAwayKey', secondaryKey: SECONDARY }), { headers: both, body: BODY }, SIGNED_AT)).toBe('ok');
    expect(await verdict(box({ primaryKey: PRIMARY, secondaryKey: 'RotatedAwayKey' }), { headers: both, body: BODY }, SIGNED_AT)).toBe('ok');
  });

  it('refuses when neither key matches its own header, or the keys are swapped', async () => {
    expect(await verdict(box({ primaryKey: 'x1', secondaryKey: 'x2' }), { headers: both, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
    expect(await verdict(box({ primaryKey: SECONDARY, secondaryKey: PRIMARY }), { headers: both, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
    expect(boxSdkValidate(BODY, both, SECONDARY, { secondaryKey: PRIMARY }, SIGNED_AT)).toBe(false);
  });

  it('secondaryKey is optional: without it the secondary signature alone is not enough', async () => {
    const secondaryOnly = { headers: boxHeaders(TS, { secondary: BODY_SECONDARY }), body: BODY };
    expect(await verdict(box({ primaryKey: PRIMARY }), secondaryOnly, SIGNED_AT)).toBe('missing_credentials 401');
    expect(await verdict(box({ primaryKey: SECONDARY }), { headers: both, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
    expect(box({ primaryKey: PRIMARY }).checkConfiguration()).toBeUndefined();
  });

  it.each(NAMED)('accepts the %s vector as the bytes Box signs', async (_, name, signature) => {
    const delivery = { headers: boxHeaders(TS, { primary: signature }), body: named(name) };
    expect(boxSdkValidate(named(name), delivery.headers, PRIMARY, {}, SIGNED_AT)).toBe(true);
    expect(await verdict(box({ primaryKey: PRIMARY }), delivery, SIGNED_AT)).toBe('ok');
    expect(await verdict(box({ primaryKey: PRIMARY }), { ...delivery, body: named(`${name}x`) }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('signs the timestamp as sent: the same instant written otherwise is refused', async () => {
    const headers = { ...boxHeaders('2020-01-01T07:00:00Z', { primary: BODY_PRIMARY }) };
    expect(boxSdkValidate(BODY, headers, PRIMARY, {}, SIGNED_AT)).toBe(false);
    expect(await verdict(box({ primaryKey: PRIMARY }), { headers, body: BODY }, SIGNED_AT)).toBe('invalid_signature 403');
  });

  it('a delivery 10 minutes old is the last accepted, as the SDK', async () => {
    const delivery = { headers: boxHeaders(TS, { primary: BODY_PRIMARY }), body: BODY };
    expect(boxSdkValidate(BODY, delivery.headers, PRIMARY, {}, SIGNED_AT + 600)).toBe(true);
    expect(boxSdkValidate(BODY, delivery.headers, PRIMARY, {}, SIGNED_AT + 601)).toBe(false);
    expect(await verdict(box({ primaryKey: PRIMARY }), delivery, SIGNED_AT + 600)).toBe('ok');
    expect(await verdict(box({ primaryKey: PRIMARY }), delivery, SIGNED_AT + 601)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(box({ primaryKey: PRIMARY, toleranceSeconds: 60 }), delivery, SIGNED_AT + 61)).toBe('timestamp_out_of_tolerance 403');
  });

  it('returns box-delivery-id as the delivery id', async () => {
    const { verifyRequest } = await import('../../src/index.js');
    const result = await verifyRequest({ method: 'POST', url: 'https://hooks.example.com/box', headers: boxHeaders(TS, { primary: BODY_PRIMARY }), body: BODY }, box({ primaryKey: PRIMARY }), { now: SIGNED_AT });
    expect(result.ok && result.deliveryId).toBe('f96bb54b-ee16-4fc5-aa65-8c2d9e5b546f');
  });
});

describe('box: hookguard signs as Box does', () => {
  it('signPreset output is base64 HMAC-SHA256(key, body ‖ its own timestamp header), accepted by the SDK check', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/), async (body, key) => {
        const now = 1_750_000_000;
        const primary = await signPreset(BOX_PRIMARY, { secret: key, body, timestamp: now });
        const secondary = await signPreset(BOX_SECONDARY, { secret: `${key}2`, body, timestamp: now });
        const timestamp = primary.headers['box-delivery-timestamp']!;
        expect(primary.headers['box-signature-primary']).toBe(createHmac('sha256', key).update(body + timestamp).digest('base64'));
        const headers = { ...boxHeaders(timestamp, {}), ...primary.headers, ...secondary.headers };
        expect(boxSdkValidate(body, headers, key, { secondaryKey: `${key}2` }, now)).toBe(true);
        expect(boxSdkValidate(body, headers, 'wrong', { secondaryKey: `${key}2` }, now)).toBe(true);
        expect(await verdict(box({ primaryKey: 'wrong', secondaryKey: `${key}2` }), { headers, body }, now)).toBe('ok');
      }),
      { numRuns: 50 },
    );
  });
});

describe('box: hookguard and the SDK agree', () => {
  it('on genuine and tampered deliveries, at any body, keys and age (the past: the SDK allows no future skew)', async () => {
    const NOW = 1_750_000_000;
    const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        SECRETS,
        SECRETS,
        fc.integer({ min: 0, max: 700 }),
        fc.constantFrom('none', 'body', 'primaryKey', 'secondaryKey', 'bothKeys', 'timestamp'),
        async (body, primaryKey, secondaryKey, age, tamper) => {
          const timestamp = new Date((NOW - age) * 1000).toISOString().replace('.000Z', '+00:00');
          const sign = (key: string) => createHmac('sha256', key).update(body + timestamp).digest('base64');
          const headers = boxHeaders(timestamp, { primary: sign(primaryKey), secondary: sign(secondaryKey) });
          if (tamper === 'timestamp') headers['box-delivery-timestamp'] = timestamp.replace('+00:00', 'Z');
          const sent = tamper === 'body' ? `${body}}` : body;
          const primary = tamper === 'primaryKey' || tamper === 'bothKeys' ? `${primaryKey}~` : primaryKey;
          const secondary = tamper === 'secondaryKey' || tamper === 'bothKeys' ? `${secondaryKey}~` : secondaryKey;
          const expected = boxSdkValidate(sent, headers, primary, { secondaryKey: secondary }, NOW);
          const got = await verdict(box({ primaryKey: primary, secondaryKey: secondary }), { headers, body: sent }, NOW);
          expect(got === 'ok').toBe(expected);
          if (age > 600) expect(got).toBe('timestamp_out_of_tolerance 403');
          else expect(got).toBe(['none', 'primaryKey', 'secondaryKey'].includes(tamper) ? 'ok' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('box: replay protection', () => {
  it('one delivery is one delivery under either key: resent with the primary signature garbled, it is refused as replayed', async () => {
    const { memoryReplayStore, verifyRequest } = await import('../../src/index.js');
    const verifier = box({ primaryKey: PRIMARY, secondaryKey: SECONDARY });
    const request = (primary: string) => ({ method: 'POST', url: 'https://hooks.example.com/box', headers: boxHeaders(TS, { primary, secondary: BODY_SECONDARY }), body: BODY });
    const garbled = `${BODY_PRIMARY.slice(0, -2)}A=`;
    for (const [first, then] of [[BODY_PRIMARY, garbled], [garbled, BODY_PRIMARY]]) {
      const options = { now: SIGNED_AT, replay: { store: memoryReplayStore() } };
      expect((await verifyRequest(request(first!), verifier, options)).ok).toBe(true);
      expect(await verifyRequest(request(then!), verifier, options)).toMatchObject({ ok: false, error: { code: 'replayed' } });
    }
  });

  it('one delivery is one delivery however its timestamp header is padded (spaces, U+00A0, which the check trims)', async () => {
    const { memoryReplayStore, verifyRequest } = await import('../../src/index.js');
    const verifier = box({ primaryKey: PRIMARY, secondaryKey: SECONDARY });
    const options = { now: SIGNED_AT, replay: { store: memoryReplayStore() } };
    const padded = (timestamp: string) => ({ method: 'POST', url: 'https://hooks.example.com/box', headers: boxHeaders(timestamp, { primary: BODY_PRIMARY }), body: BODY });
    expect((await verifyRequest(padded(TS), verifier, options)).ok).toBe(true);
    for (const timestamp of [`${TS}\u00a0`, `${TS}\u00a0\u00a0`, ` ${TS} `]) {
      expect([timestamp, await verifyRequest(padded(timestamp), verifier, options)]).toMatchObject([timestamp, { ok: false, error: { code: 'replayed' } }]);
    }
  });
});
