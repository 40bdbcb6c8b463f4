// Linear against its own SDK, @linear/sdk 98.0.0 (LinearWebhookClient.verify, npm
// dist/webhooks-*.mjs, compiled from linear/linear packages/sdk/src/webhooks/client.ts):
// `linear-signature` is the hex HMAC-SHA256(secret, raw body); the time is the body's
// numeric `webhookTimestamp` (unix ms), held to ±60 s; the `linear-timestamp` header
// and the timestamp argument are "Deprecated and ignored. Only webhookTimestamp in the
// signed body is trusted". The SDK has no signer, so deliveries are signed with
// node:crypto as it checks them, and the SDK confirms each one. The SDK is ESM-only,
// which jest (CommonJS here) cannot load: it runs in one child process per batch.
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { LINEAR, linear } from '../../src/providers/linear.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { milliseconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

interface SdkCase {
  body: string;
  signature: string;
  secret: string;
  /** Unix milliseconds the SDK's clock reads. */
  nowMs: number;
  /** The deprecated timestamp argument (the header), which the SDK must ignore. */
  headerTimestamp?: number;
}

const SDK_SCRIPT = `
import { LinearWebhookClient } from '@linear/sdk/webhooks';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const realNow = Date.now;
const results = JSON.parse(input).map(({ body, signature, secret, nowMs, headerTimestamp }) => {
  Date.now = () => nowMs;
  try {
    return new LinearWebhookClient(secret).verify(Buffer.from(body, 'utf8'), signature, headerTimestamp) === true;
  } catch {
    return false;
  } finally {
    Date.now = realNow;
  }
});
process.stdout.write(JSON.stringify(results));
`;

/** LinearWebhookClient.verify's verdicts, in order (true, or false where it throws). */
function sdkAccepts(cases: SdkCase[]): boolean[] {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', SDK_SCRIPT], {
    cwd: join(__dirname, '..', '..'), // packages/core, where @linear/sdk is installed
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  return JSON.parse(output) as boolean[];
}

const SECRET = 'lin_wh_signing_secret';
const T = 1_700_000_000;
const T_MS = T * 1000 + 250;
const bodyAt = (webhookTimestamp: number, data: unknown = { id: 'issue_1', title: 'Zoë' }) =>
  JSON.stringify({ action: 'create', type: 'Issue', data, url: 'https://linear.app/x/issue/X-1', webhookId: 'wh_1', webhookTimestamp });
const BODY = bodyAt(T_MS);

/** What the SDK checks: hex HMAC-SHA256(secret, raw body). */
const linearSignature = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex');
const delivery = (signature: string, body = BODY, headerTimestamp?: number) => ({
  headers: {
    'linear-signature': signature,
    'linear-delivery': '234d1a4e-b617-4388-90fe-adc3633d6b72',
    'linear-event': 'Issue',
    ...(headerTimestamp === undefined ? {} : { 'linear-timestamp': String(headerTimestamp) }),
  },
  body,
});

presetConformance('linear', () => ({
  verifier: linear({ secret: SECRET }),
  delivery: delivery(linearSignature(SECRET, BODY)),
  signedAt: T,
  otherKey: linear({ secret: 'another_signing_secret' }),
  signatureHeader: 'linear-signature',
  tolerance: LINEAR.timestamp!.tolerance,
  pastOnly: LINEAR.timestamp!.pastOnly,
}));

describe('linear: the delivery is genuine (the SDK accepts it)', () => {
  it('keeps the SDK defaults: webhookTimestamp in the body, milliseconds, 60 s either way', () => {
    expect(LINEAR.timestamp).toMatchObject({ bodyField: 'webhookTimestamp', unit: milliseconds, tolerance: 60 });
    expect(LINEAR.signature).toEqual({ header: 'linear-signature' });
  });

  it('the SDK accepts the deliveries of these tests, and refuses them tampered or under another secret', () => {
    const vectorBody = '{"type":"Issue","webhookTimestamp":1700000000000}';
    expect(linearSignature('linear_secret', vectorBody)).toBe('da13c30bc24f030044965c04b8c7888ad1afb4d0f2b5f0962e0c7d1c01de0b8c');
    expect(
      sdkAccepts([
        { body: BODY, signature: linearSignature(SECRET, BODY), secret: SECRET, nowMs: T_MS },
        { body: vectorBody, signature: 'da13c30bc24f030044965c04b8c7888ad1afb4d0f2b5f0962e0c7d1c01de0b8c', secret: 'linear_secret', nowMs: T * 1000 },
        { body: `${BODY} `, signature: linearSignature(SECRET, BODY), secret: SECRET, nowMs: T_MS },
        { body: BODY, signature: linearSignature(SECRET, BODY), secret: 'another_signing_secret', nowMs: T_MS },
      ]),
    ).toEqual([true, true, false, false]);
  });

  it('a tampered body that is no longer JSON is an invalid signature, not a malformed timestamp', async () => {
    // The kit's tamper turns the closing brace into a space; the time cannot be read
    // from a body the signature does not cover, so the signature is what failed.
    const tampered = `${BODY.slice(0, -1)} `;
    expect(sdkAccepts([{ body: tampered, signature: linearSignature(SECRET, BODY), secret: SECRET, nowMs: T_MS }])).toEqual([false]);
    expect(await verdict(linear({ secret: SECRET }), delivery(linearSignature(SECRET, BODY), tampered), T)).toBe('invalid_signature 403');
  });
});

describe("linear: the time is the body's webhookTimestamp, never the header", () => {
  const cases = [
    // [label, webhookTimestamp (ms), linear-timestamp header (ms) or none, now (s), accepted]
    ['fresh body, no header', T_MS, undefined, T, true],
    ['fresh body, stale header', T_MS, T_MS - 3_600_000, T, true],
    ['stale body, fresh header', T_MS - 3_600_000, T_MS, T, false],
    ['body 60 s old', T * 1000, undefined, T + 60, true],
    ['body 60.001 s old', T * 1000 - 1, undefined, T + 60, false],
    ['body 60 s ahead', T * 1000 + 60_000, undefined, T, true],
    ['body 61 s ahead', T * 1000 + 61_000, undefined, T, false],
  ] as const;

  it.each(cases)('%s: the SDK and hookguard agree', async (_label, bodyTs, headerTs, now, accepted) => {
    const body = bodyAt(bodyTs);
    const signature = linearSignature(SECRET, body);
    expect(sdkAccepts([{ body, signature, secret: SECRET, nowMs: now * 1000, ...(headerTs === undefined ? {} : { headerTimestamp: headerTs }) }])).toEqual([accepted]);
    expect(await verdict(linear({ secret: SECRET }), delivery(signature, body, headerTs), now)).toBe(accepted ? 'ok' : 'timestamp_out_of_tolerance 403');
  });

  it('refuses a signed body without a numeric webhookTimestamp, as the SDK does', async () => {
    const bodies = ['{"type":"Issue"}', `{"type":"Issue","webhookTimestamp":"${T_MS}"}`, '[1,2]', 'not json'];
    const sdk = sdkAccepts(bodies.map((body) => ({ body, signature: linearSignature(SECRET, body), secret: SECRET, nowMs: T_MS })));
    expect(sdk).toEqual([false, false, false, false]);
    for (const body of bodies) {
      expect([body, await verdict(linear({ secret: SECRET }), delivery(linearSignature(SECRET, body), body, T_MS), T)]).toEqual([body, 'malformed 403']);
    }
  });

  it('reports linear-delivery as the delivery id, and the expiry at webhookTimestamp + 60 s', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(linearSignature(SECRET, BODY)) }, linear({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'linear', deliveryId: '234d1a4e-b617-4388-90fe-adc3633d6b72', expiresAt: T + 60 });
  });

  it('accepts either of two secrets; toleranceSeconds moves the window', async () => {
    expect(await verdict(linear({ secret: ['old', SECRET] }), delivery(linearSignature(SECRET, BODY)), T)).toBe('ok');
    expect(await verdict(linear({ secret: SECRET, toleranceSeconds: 300 }), delivery(linearSignature(SECRET, BODY)), T + 300)).toBe('ok');
    expect(await verdict(linear({ secret: SECRET, toleranceSeconds: 300 }), delivery(linearSignature(SECRET, BODY)), T + 301)).toBe('timestamp_out_of_tolerance 403');
  });
});

describe('linear: hookguard signs as Linear does', () => {
  it('signPreset writes the HMAC of the raw body, which the SDK accepts', async () => {
    const samples = fc.sample(fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank)), { numRuns: 50, seed: 42 });
    const signed = await Promise.all(
      samples.map(async ([data, secret]) => {
        const body = bodyAt(T_MS, data);
        const { headers } = await signPreset(LINEAR, { secret, body, timestamp: T });
        expect(headers).toEqual({ 'linear-signature': linearSignature(secret, body) });
        return { body, signature: headers['linear-signature']!, secret, nowMs: T_MS };
      }),
    );
    expect(sdkAccepts(signed)).toEqual(signed.map(() => true));
  });
});

describe('linear: hookguard agrees with the SDK', () => {
  it('on genuine and tampered deliveries, at any data, secret, body time and header time', async () => {
    const NOW = 1_750_000_000;
    const tampers = ['none', 'body', 'time', 'signature', 'secret'] as const;
    const arbitrary = fc.record({
      data: fc.jsonValue({ maxDepth: 2 }),
      secret: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
      ageMs: fc.integer({ min: -90_000, max: 90_000 }),
      headerAgeMs: fc.option(fc.integer({ min: -3_600_000, max: 3_600_000 })),
      tamper: fc.constantFrom(...tampers),
    });
    const cases = fc.sample(arbitrary, { numRuns: 100, seed: 7 }).map(({ data, secret, ageMs, headerAgeMs, tamper }) => {
      const ts = NOW * 1000 - ageMs;
      const body = bodyAt(ts, data);
      let sent = body;
      let signature = linearSignature(secret, body);
      let key = secret;
      if (tamper === 'body') sent = bodyAt(ts, [data]);
      if (tamper === 'time') sent = bodyAt(ts + 1, data); // a fresh-looking time the signature does not cover
      if (tamper === 'signature') signature = linearSignature(secret, `${body} `);
      if (tamper === 'secret') key = `${secret}!`;
      const headerTimestamp = headerAgeMs === null ? undefined : NOW * 1000 - headerAgeMs;
      return { tamper, ageMs, sdk: { body: sent, signature, secret: key, nowMs: NOW * 1000, ...(headerTimestamp === undefined ? {} : { headerTimestamp }) } };
    });
    const expected = sdkAccepts(cases.map(({ sdk }) => sdk));
    for (const [i, { tamper, ageMs, sdk }] of cases.entries()) {
      const got = await verdict(linear({ secret: sdk.secret }), delivery(sdk.signature, sdk.body, sdk.headerTimestamp), NOW);
      expect([i, got === 'ok']).toEqual([i, expected[i]]);
      expect([i, expected[i]]).toEqual([i, tamper === 'none' && Math.abs(ageMs) <= 60_000]);
      // Only a genuine delivery's time is read: a forged body's time is not the sender's.
      if (!expected[i]) expect([i, got]).toEqual([i, tamper === 'none' ? 'timestamp_out_of_tolerance 403' : 'invalid_signature 403']);
    }
  });
});
