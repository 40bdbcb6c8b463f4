// Mux against its own SDK, @mux/mux-node 15.3.0 (muxinc/mux-node-sdk
// src/resources/webhooks/webhooks.ts: verifySignature). The SDK has no signer, so
// deliveries are signed with node:crypto as the docs say
// (mux.com/docs/core/verify-webhook-signatures: `payload = timestamp + "." + request_body`,
// HMAC-SHA256, hex, `Mux-Signature: t=<unix>,v1=<hex>`), and the SDK confirms each
// one. The SDK refuses a timestamp older than 300 s and accepts any in the future.
import { createHmac } from 'node:crypto';
import Mux from '@mux/mux-node';
import fc from 'fast-check';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { MUX, mux } from '../../src/providers/mux.js';
import { presetConformance, URL, verdict } from './preset-kit.js';
import { seconds } from '../../src/timestamp.js';

/** Secrets for the properties: hookguard refuses a blank secret as misconfigured, by design. */
const nonBlank = (secret: string) => secret.trim() !== '';

const SECRET = 'mux_webhook_signing_secret';
const T = 1_700_000_000;
const BODY = '{"type":"video.asset.ready","id":"3a56ac3d-33da-4366-855b-f592d898409d","data":{"id":"asset1","passthrough":"hé"}}';

const sdk = new Mux({ tokenId: 'offline', tokenSecret: 'offline' }); // no network is used

/** The SDK's verdict at unix second `now` (it reads Date.now()). */
async function sdkAccepts(body: string, header: string, secret: string, now: number): Promise<boolean> {
  const clock = jest.spyOn(Date, 'now').mockReturnValue(now * 1000);
  try {
    await sdk.webhooks.verifySignature(body, { 'mux-signature': header }, secret);
    return true;
  } catch {
    return false;
  } finally {
    clock.mockRestore();
  }
}

/** The documented v1: hex HMAC-SHA256(secret, `{t}.{raw body}`). */
const v1 = (secret: string, t: number | string, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
const delivery = (header: string, body = BODY) => ({ headers: { 'mux-signature': header }, body });
const HEADER = `t=${T},v1=${v1(SECRET, T, BODY)}`;

presetConformance('mux', () => ({
  verifier: mux({ secret: SECRET }),
  delivery: delivery(HEADER),
  signedAt: T,
  otherKey: mux({ secret: 'another_signing_secret' }),
  signatureHeader: 'mux-signature',
  tolerance: MUX.timestamp!.tolerance,
  pastOnly: MUX.timestamp!.pastOnly,
}));

describe('mux: the delivery is genuine (the SDK accepts it)', () => {
  it('keeps the SDK defaults: seconds, 300 s, past only', () => {
    expect(MUX.timestamp).toMatchObject({ unit: seconds, tolerance: 300, pastOnly: true });
  });

  it('the SDK accepts the delivery of the conformance checks, and refuses it tampered', async () => {
    expect(await sdkAccepts(BODY, HEADER, SECRET, T)).toBe(true);
    expect(await sdkAccepts(`${BODY} `, HEADER, SECRET, T)).toBe(false);
    expect(await sdkAccepts(BODY, HEADER, 'another_signing_secret', T)).toBe(false);
  });

  it('the self-made vector of the facts file is accepted by both', async () => {
    const body = '{"type":"video.asset.ready"}';
    const header = 't=1700000000,v1=e541997e88269930d08bf33caa66d3c09eaa813ac251b0ad72424b0f7ac02a38';
    expect(await sdkAccepts(body, header, 'mux_secret', T)).toBe(true);
    expect(await verdict(mux({ secret: 'mux_secret' }), delivery(header, body), T)).toBe('ok');
  });
});

describe('mux: the one-sided 300 s window, as the SDK', () => {
  it.each([
    [0, true],
    [300, true],
    [301, false],
    [3600, false],
    [-301, true],
    [-3600, true],
  ])('received %i s after signing: accepted = %s', async (age, accepted) => {
    expect(await sdkAccepts(BODY, HEADER, SECRET, T + age)).toBe(accepted);
    expect(await verdict(mux({ secret: SECRET }), delivery(HEADER), T + age)).toBe(accepted ? 'ok' : 'timestamp_out_of_tolerance 403');
  });

  it('toleranceSeconds moves the window', async () => {
    expect(await verdict(mux({ secret: SECRET, toleranceSeconds: 10 }), delivery(HEADER), T + 10)).toBe('ok');
    expect(await verdict(mux({ secret: SECRET, toleranceSeconds: 10 }), delivery(HEADER), T + 11)).toBe('timestamp_out_of_tolerance 403');
  });
});

describe('mux: several v1 signatures', () => {
  const good = v1(SECRET, T, BODY);
  const old = v1('old_secret', T, BODY);

  it.each([
    [`t=${T},v1=${old},v1=${good}`],
    [`t=${T},v1=${good},v1=${old}`],
    [`v1=${old},t=${T},v1=${good}`],
    [`t=${T},v0=${old},v1=${good}`],
  ])('accepts %s, as the SDK does', async (header) => {
    expect(await sdkAccepts(BODY, header, SECRET, T)).toBe(true);
    expect(await verdict(mux({ secret: SECRET }), delivery(header), T)).toBe('ok');
  });

  it('refuses when no v1 matches, as the SDK does; a matching v0 is no v1', async () => {
    for (const header of [`t=${T},v1=${old},v1=${'0'.repeat(64)}`, `t=${T},v0=${good}`]) {
      expect(await sdkAccepts(BODY, header, SECRET, T)).toBe(false);
      expect(await verdict(mux({ secret: SECRET }), delivery(header), T)).not.toBe('ok');
    }
    expect(await verdict(mux({ secret: SECRET }), delivery(`t=${T},v1=${old}`), T)).toBe('invalid_signature 403');
    expect(await verdict(mux({ secret: SECRET }), delivery(`t=${T},v0=${good}`), T)).toBe('malformed 403');
  });

  it('accepts either of two configured secrets (rotation)', async () => {
    expect(await verdict(mux({ secret: ['old_secret', SECRET] }), delivery(HEADER), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(HEADER) }, mux({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'mux', expiresAt: T + 300 });
  });
});

describe('mux: hookguard signs as Mux does', () => {
  it("signPreset's header is accepted by the SDK, at any body, secret and time", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank), fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), async (body, secret, ts) => {
        const { headers } = await signPreset(MUX, { secret, body, timestamp: ts });
        expect(headers).toEqual({ 'mux-signature': `t=${ts},v1=${v1(secret, ts, body)}` });
        expect(await sdkAccepts(body, headers['mux-signature']!, secret, ts)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('mux: hookguard agrees with the SDK', () => {
  it('on genuine and tampered deliveries, at any body, secret and age, with extra v1 entries', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }).filter(nonBlank),
        fc.integer({ min: -1000, max: 400 }),
        fc.boolean(),
        fc.constantFrom('none', 'body', 't', 'signature', 'secret'),
        async (body, secret, age, extra, tamper) => {
          const t = NOW - age;
          let sentT = t;
          let signature = v1(secret, t, body);
          let sent = body;
          let key = secret;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 't') sentT = t + 1;
          if (tamper === 'signature') signature = v1(secret, t, `${body} `);
          if (tamper === 'secret') key = `${secret}!`;
          const header = extra ? `t=${sentT},v1=${v1('rotated-out', t, body)},v1=${signature}` : `t=${sentT},v1=${signature}`;
          const expected = await sdkAccepts(sent, header, key, NOW);
          const got = await verdict(mux({ secret: key }), delivery(header, sent), NOW);
          expect(got === 'ok').toBe(expected);
          expect(expected).toBe(tamper === 'none' && age <= 300);
          if (!expected) expect(got).toBe(NOW - sentT > 300 ? 'timestamp_out_of_tolerance 403' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
