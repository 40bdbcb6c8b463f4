// WorkOS against its own SDK, @workos-inc/node 8.13.0 (the devDependency):
// workos.webhooks.computeSignature signs the deliveries, verifyHeader/constructEvent
// check them (workos/workos-node src/common/crypto/signature-provider.ts). The header
// is `t=<unix ms>, v1=<hex HMAC-SHA256(secret, "{t}.{payload}")>`, with the space, as
// the SDK's own tests (signature-provider.spec.ts) build it. SDK 8.13 signs
// JSON.stringify(payload), so it is given a parsed object whose JSON.stringify is the
// raw body. Its time check is one-sided (`parseInt(t) < Date.now() - tolerance`);
// the latest SDK (12.3.0, lib/factory-*.mjs: `Math.abs(Date.now() - timestampMs) >
// tolerance`) refuses the future too, as the preset does: 180 s either way.
import { createHmac } from 'node:crypto';
import { WorkOS } from '@workos-inc/node';
import fc from 'fast-check';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { WORKOS, workos } from '../../src/providers/workos.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { milliseconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const SECRET = 'workos_webhook_secret';
const T = 1_700_000_000;
const T_MS = T * 1000 + 250;
const BODY = '{"id":"event_01","event":"user.created","data":{"id":"user_01","first_name":"Zoë"},"created_at":"2023-11-14T22:13:20.250Z"}';
const TOLERANCE_MS = 180_000; // the SDK's default

const sdk = new WorkOS('sk_test_offline'); // no network is used

/** The SDK's signature of a raw JSON body (it signs JSON.stringify of the parsed payload). */
const sdkSign = (secret: string, timestampMs: number | string, body: string) => sdk.webhooks.computeSignature(timestampMs, JSON.parse(body), secret) as Promise<string>;
const header = async (secret: string, timestampMs: number, body: string) => `t=${timestampMs}, v1=${await sdkSign(secret, timestampMs, body)}`;

/** SDK 8.13's verdict at unix millisecond `nowMs` (it reads Date.now()). */
async function sdkAccepts(body: string, sigHeader: string, secret: string, nowMs: number): Promise<boolean> {
  const clock = jest.spyOn(Date, 'now').mockReturnValue(nowMs);
  try {
    return (await sdk.webhooks.verifyHeader({ payload: JSON.parse(body), sigHeader, secret })) === true;
  } catch {
    return false;
  } finally {
    clock.mockRestore();
  }
}
/** The latest SDK's rule on top: the timestamp within 180 s either way. */
const latestSdkAccepts = async (body: string, sigHeader: string, secret: string, nowMs: number) => {
  const t = Number(/^t=(\d+)/.exec(sigHeader)?.[1]);
  return (await sdkAccepts(body, sigHeader, secret, nowMs)) && Math.abs(nowMs - t) <= TOLERANCE_MS;
};

const delivery = (sigHeader: string, body = BODY) => ({ headers: { 'workos-signature': sigHeader }, body });

presetConformance('workos', async () => ({
  verifier: workos({ secret: SECRET }),
  delivery: delivery(await header(SECRET, T_MS, BODY)),
  signedAt: T,
  otherKey: workos({ secret: 'another_webhook_secret' }),
  signatureHeader: 'workos-signature',
  tolerance: WORKOS.timestamp!.tolerance,
  pastOnly: WORKOS.timestamp!.pastOnly,
}));

describe('workos: the SDK signs and verifies', () => {
  it('keeps the SDK defaults: milliseconds, 180 s either way, `t=…, v1=…`', () => {
    expect(WORKOS.timestamp).toMatchObject({ unit: milliseconds, tolerance: 180 });
    expect(WORKOS.signature).toMatchObject({ header: 'workos-signature', list: { separator: ', ', signature: 'v1', timestamp: 't' } });
  });

  it("the SDK's signature is the documented HMAC over `{t}.{raw body}` (the self-made vector of the facts file)", async () => {
    const body = '{"id":"event_01","event":"user.created"}';
    expect(await sdkSign('workos_secret', 1700000000000, body)).toBe('b365c3a0729832cad8e58aa39506ae29188a211ca1c9469bb78b79847de10d2c');
    expect(await sdkSign(SECRET, T_MS, BODY)).toBe(createHmac('sha256', SECRET).update(`${T_MS}.${BODY}`).digest('hex'));
    const sigHeader = 't=1700000000000, v1=b365c3a0729832cad8e58aa39506ae29188a211ca1c9469bb78b79847de10d2c';
    expect(await verdict(workos({ secret: 'workos_secret' }), delivery(sigHeader, body), T)).toBe('ok');
  });

  it('the SDK accepts the delivery of the conformance checks, and constructEvent returns its event', async () => {
    const sigHeader = await header(SECRET, T_MS, BODY);
    expect(await sdkAccepts(BODY, sigHeader, SECRET, T_MS)).toBe(true);
    expect(await sdkAccepts(BODY, sigHeader, 'another_webhook_secret', T_MS)).toBe(false);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(T_MS);
    try {
      const event = await sdk.webhooks.constructEvent({ payload: JSON.parse(BODY), sigHeader, secret: SECRET });
      expect(event).toMatchObject({ id: 'event_01', event: 'user.created' });
    } finally {
      clock.mockRestore();
    }
  });
});

describe('workos: the header and the window', () => {
  it('accepts the header with or without the space after the comma, as the SDK', async () => {
    const v1 = await sdkSign(SECRET, T_MS, BODY);
    for (const sigHeader of [`t=${T_MS}, v1=${v1}`, `t=${T_MS},v1=${v1}`]) {
      expect(await sdkAccepts(BODY, sigHeader, SECRET, T_MS)).toBe(true);
      expect(await verdict(workos({ secret: SECRET }), delivery(sigHeader), T)).toBe('ok');
    }
  });

  it.each([
    [0, true],
    [180, true],
    [181, false],
    [-180, true],
    [-181, false],
    [-600, false],
  ])('received %i s after signing: accepted = %s (180 s either way)', async (age, accepted) => {
    const sigHeader = await header(SECRET, T * 1000, BODY);
    expect(await latestSdkAccepts(BODY, sigHeader, SECRET, (T + age) * 1000)).toBe(accepted);
    expect(await verdict(workos({ secret: SECRET }), delivery(sigHeader), T + age)).toBe(accepted ? 'ok' : 'timestamp_out_of_tolerance 403');
  });

  it('reads t as milliseconds: a correctly signed t in seconds is 1970, refused', async () => {
    const sigHeader = `t=${T}, v1=${await sdkSign(SECRET, T, BODY)}`;
    expect(await sdkAccepts(BODY, sigHeader, SECRET, T * 1000)).toBe(false);
    expect(await verdict(workos({ secret: SECRET }), delivery(sigHeader), T)).toBe('timestamp_out_of_tolerance 403');
  });

  it('binds t: the genuine v1 under another t is refused', async () => {
    const v1 = await sdkSign(SECRET, T_MS, BODY);
    expect(await verdict(workos({ secret: SECRET }), delivery(`t=${T_MS + 1}, v1=${v1}`), T)).toBe('invalid_signature 403');
  });

  it('accepts either of two secrets, and reports the expiry at t + 180 s', async () => {
    const sigHeader = await header(SECRET, T * 1000, BODY);
    expect(await verdict(workos({ secret: ['old', SECRET] }), delivery(sigHeader), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(sigHeader) }, workos({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'workos', expiresAt: T + 180 });
  });
});

/** JSON bodies whose JSON.stringify(JSON.parse(body)) is the body itself: what SDK 8.13 can verify. */
const jsonBody = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)).filter((body) => JSON.stringify(JSON.parse(body)) === body);

describe('workos: hookguard signs as WorkOS does', () => {
  it("signPreset's header is accepted by the SDK, space included", async () => {
    await fc.assert(
      fc.asyncProperty(jsonBody, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), async (body, secret, ts) => {
        const { headers } = await signPreset(WORKOS, { secret, body, timestamp: ts });
        expect(headers['workos-signature']).toBe(`t=${ts * 1000}, v1=${await sdkSign(secret, ts * 1000, body)}`);
        expect(await latestSdkAccepts(body, headers['workos-signature']!, secret, ts * 1000)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('workos: hookguard agrees with the SDK', () => {
  it('on genuine and tampered deliveries, at any JSON body, secret and age in milliseconds', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        jsonBody,
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.integer({ min: -300_000, max: 300_000 }),
        fc.constantFrom('none', 'body', 't', 'signature', 'secret'),
        async (body, secret, ageMs, tamper) => {
          const t = NOW * 1000 - ageMs;
          let sentT = t;
          let v1 = await sdkSign(secret, t, body);
          let sent = body;
          let key = secret;
          if (tamper === 'body') sent = JSON.stringify([JSON.parse(body)]);
          if (tamper === 't') sentT = t + 1;
          if (tamper === 'signature') v1 = await sdkSign(secret, t, JSON.stringify({ other: JSON.parse(body) }));
          if (tamper === 'secret') key = `${secret}!`;
          const sigHeader = `t=${sentT}, v1=${v1}`;
          const accepted = await latestSdkAccepts(sent, sigHeader, key, NOW * 1000);
          const got = await verdict(workos({ secret: key }), delivery(sigHeader, sent), NOW);
          expect(got === 'ok').toBe(accepted);
          expect(accepted).toBe(tamper === 'none' && Math.abs(ageMs) <= TOLERANCE_MS);
          if (!accepted) expect(got).toBe(Math.abs(NOW * 1000 - sentT) > TOLERANCE_MS ? 'timestamp_out_of_tolerance 403' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
