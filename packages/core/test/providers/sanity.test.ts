// Sanity's GROQ webhooks against its own toolkit (@sanity/webhook 4.0.4,
// sanity-io/webhook-toolkit src/signature.ts: `encodeSignatureHeader` signs,
// `isValidSignature` verifies) and the published vector of test/signature.test.ts.
// The toolkit checks no age (only t ≥ 2021-01-01); hookguard's preset adds a
// 300 s window either way, so its verdict is the toolkit's and a fresh time.
import { createHmac } from 'node:crypto';
import { encodeSignatureHeader, isValidSignature } from '@sanity/webhook';
import fc from 'fast-check';
import { signPreset } from '../../src/presets/sign-preset.js';
import { SANITY, sanity } from '../../src/providers/sanity.js';
import { presetConformance, verdict } from './preset-kit.js';
import { milliseconds } from '../../src/timestamp.js';

const HEADER = 'sanity-webhook-signature';
// test/signature.test.ts
const VECTOR = { secret: 'test', body: JSON.stringify({ _id: 'resume' }), header: 't=1633519811129,v1=tLa470fx7qkLLEcMOcEUFuBbRSkGujyskxrNXcoh0N0', t: 1633519811129 };

const sdkValid = async (body: string, header: string, secret: string) => {
  try {
    return await isValidSignature(body, header, secret);
  } catch {
    return false;
  }
};
const delivery = (header: string, body: string) => ({ headers: { [HEADER]: header }, body });

presetConformance('sanity (signed by the toolkit)', async () => {
  const t = 1_750_000_000_123;
  const body = '{"_id":"movie-1","_type":"movie","title":"Amélie ☃"}';
  return {
    verifier: sanity({ secret: 'sanity-secret' }),
    delivery: delivery(await encodeSignatureHeader(body, t, 'sanity-secret'), body),
    signedAt: t / 1000,
    otherKey: sanity({ secret: 'sanity-other' }),
    signatureHeader: HEADER,
    tolerance: SANITY.timestamp!.tolerance,
  };
});

presetConformance('sanity (published vector)', () => ({
  verifier: sanity({ secret: VECTOR.secret }),
  delivery: delivery(VECTOR.header, VECTOR.body),
  signedAt: VECTOR.t / 1000,
  otherKey: sanity({ secret: 'tset' }),
  signatureHeader: HEADER,
  tolerance: 300,
}));

describe('sanity: the published vector', () => {
  const verifier = sanity({ secret: VECTOR.secret });
  const at = VECTOR.t / 1000;

  it('the preset keeps its documented default: milliseconds, 300 s either way', () => {
    expect(SANITY.timestamp).toMatchObject({ unit: milliseconds, tolerance: 300 });
  });

  it('the toolkit agrees with it, and signs it byte for byte (the oracle is sound)', async () => {
    expect(await sdkValid(VECTOR.body, VECTOR.header, VECTOR.secret)).toBe(true);
    expect(await encodeSignatureHeader(VECTOR.body, VECTOR.t, VECTOR.secret)).toBe(VECTOR.header);
  });

  it("refuses the test file's negatives", async () => {
    expect(await verdict(verifier, delivery(VECTOR.header.replace('t=1633519811129', 't=1633519811128'), VECTOR.body), at)).toBe('invalid_signature 403');
    expect(await verdict(verifier, delivery(`${VECTOR.header}N1`, VECTOR.body), at)).not.toBe('ok');
    expect(await verdict(verifier, delivery(VECTOR.header, JSON.stringify({ _id: 'structure' })), at)).toBe('invalid_signature 403');
    expect(await verdict(verifier, delivery(VECTOR.header.replace('v1=', 'v5='), VECTOR.body), at)).toBe('malformed 403');
  });

  it('signPreset reproduces the published header', async () => {
    const { headers } = await signPreset(SANITY, { secret: VECTOR.secret, body: VECTOR.body, timestamp: VECTOR.t / 1000 });
    expect(headers).toEqual({ [HEADER]: VECTOR.header });
  });

  it('a stale or future vector is refused 403 (the toolkit checks no age, hookguard 300 s)', async () => {
    expect(await verdict(verifier, delivery(VECTOR.header, VECTOR.body), at + 300)).toBe('ok');
    expect(await verdict(verifier, delivery(VECTOR.header, VECTOR.body), at + 301)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(verifier, delivery(VECTOR.header, VECTOR.body), at - 301)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(sanity({ secret: VECTOR.secret, toleranceSeconds: 3600 }), delivery(VECTOR.header, VECTOR.body), at + 3600)).toBe('ok');
  });

  it('reads the signature as the HMAC, not the header text: a space after the comma is accepted (the toolkit alone refuses it)', async () => {
    const spaced = VECTOR.header.replace(',', ', ');
    expect(await sdkValid(VECTOR.body, spaced, VECTOR.secret)).toBe(false);
    expect(await verdict(verifier, delivery(spaced, VECTOR.body), at)).toBe('ok');
  });

  it('the signature is base64url: the same HMAC spelled in standard base64 (+ or /) is refused, as by the toolkit', async () => {
    const t = VECTOR.t;
    const body = Array.from({ length: 50 }, (_, i) => `{"_id":"doc-${i}"}`).find((text) => /[+/]/.test(createHmac('sha256', 'test').update(`${t}.${text}`).digest('base64')))!;
    const base64url = createHmac('sha256', 'test').update(`${t}.${body}`).digest('base64url');
    const base64 = createHmac('sha256', 'test').update(`${t}.${body}`).digest('base64').replace(/=+$/, '');
    expect(base64).not.toBe(base64url);
    expect(await sdkValid(body, `t=${t},v1=${base64}`, 'test')).toBe(false);
    expect(await verdict(verifier, delivery(`t=${t},v1=${base64url}`, body), at)).toBe('ok');
    expect(await verdict(verifier, delivery(`t=${t},v1=${base64}`, body), at)).toBe('malformed 403'); // not of the base64url shape
  });
});

describe('sanity: hookguard and the toolkit agree', () => {
  const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/);
  const NOW = 1_750_000_000_000;

  it('signPreset output equals encodeSignatureHeader and is accepted by isValidSignature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), SECRETS, fc.integer({ min: 1_609_459_200, max: 4_000_000_000 }), async (body, secret, seconds) => {
        const { headers } = await signPreset(SANITY, { secret, body, timestamp: seconds });
        expect(headers[HEADER]).toBe(await encodeSignatureHeader(body, seconds * 1000, secret));
        expect(await sdkValid(body, headers[HEADER]!, secret)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('on toolkit-signed deliveries, genuine and tampered, at any body, secret and age', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        SECRETS,
        fc.integer({ min: -400_000, max: 400_000 }),
        fc.constantFrom('none', 'body', 'secret', 'timestamp', 'signature'),
        async (body, secret, age, tamper) => {
          const t = NOW - age;
          let header = await encodeSignatureHeader(body, t, secret);
          if (tamper === 'timestamp') header = header.replace(`t=${t}`, `t=${t + 1}`);
          if (tamper === 'signature') header = header.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
          const sent = tamper === 'body' ? `${body} ` : body;
          const key = tamper === 'secret' ? `${secret}!` : secret;
          const expected = await sdkValid(sent, header, key);
          const got = await verdict(sanity({ secret: key }), delivery(header, sent), NOW / 1000);
          expect(expected).toBe(tamper === 'none');
          const stamp = tamper === 'timestamp' ? t + 1 : t;
          const fresh = Math.abs(NOW - stamp) <= 300_000;
          expect(got).toBe(!fresh ? 'timestamp_out_of_tolerance 403' : expected ? 'ok' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
