// Razorpay against its own SDK (razorpay 2.9.8, razorpay/razorpay-node
// lib/utils/razorpay-utils.js `validateWebhookSignature(body, signature, secret)`,
// re-exported as the static `Razorpay.validateWebhookSignature`) and the published
// vector of test/utils/razorpay-utils.spec.js. The SDK has no signing function.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { validateWebhookSignature } from 'razorpay/dist/utils/razorpay-utils.js';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { RAZORPAY, razorpay } from '../../src/providers/razorpay.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

// razorpay-utils.spec.js
const SECRET = '123456';
const BODY = '{"a":1,"b":2,"c":{"d":3}}';
const SIGNATURE = '2fe04e22977002e6c7cb553adab8b460cb9e2a4970d5953cb27a8472752e3bbc';
const HEADER = 'x-razorpay-signature';

const sdkValid = (body: string, signature: string, secret: string) => {
  try {
    return validateWebhookSignature(body, signature, secret);
  } catch {
    return false; // it throws on a missing argument (an empty body or signature)
  }
};
const delivery = (signature: string, body = BODY) => ({ headers: { [HEADER]: signature, 'x-razorpay-event-id': 'Fv3Rw2Vb3y0Yb1' }, body });

presetConformance('razorpay (published vector)', () => ({
  verifier: razorpay({ secret: SECRET }),
  delivery: delivery(SIGNATURE),
  signedAt: 1700000000, // Razorpay signs no time
  otherKey: razorpay({ secret: '654321' }),
  signatureHeader: HEADER,
}));

describe('razorpay: the published vector', () => {
  const verifier = razorpay({ secret: SECRET });

  it('the SDK agrees with it (the oracle is sound)', () => {
    expect(sdkValid(BODY, SIGNATURE, SECRET)).toBe(true);
    expect(sdkValid(BODY, 'sdfafds', SECRET)).toBe(false);
  });

  it("refuses the spec's wrong signature, and the right one re-spelled in upper case (as the SDK does)", async () => {
    expect(await verdict(verifier, delivery('sdfafds'), 0)).toBe('malformed 403');
    expect(sdkValid(BODY, SIGNATURE.toUpperCase(), SECRET)).toBe(false);
    expect(await verdict(verifier, delivery(SIGNATURE.toUpperCase()), 0)).not.toBe('ok');
  });

  it('refuses the same JSON spelled otherwise: the raw bytes are signed', async () => {
    expect(await verdict(verifier, delivery(SIGNATURE, JSON.stringify(JSON.parse(BODY), null, 1)), 0)).toBe('invalid_signature 403');
    expect(await verdict(verifier, delivery(SIGNATURE, `${BODY}\n`), 0)).toBe('invalid_signature 403');
  });

  it('accepts under a list of secrets holding the right one (retries signed with an old secret)', async () => {
    expect(await verdict(razorpay({ secret: ['new-secret', SECRET] }), delivery(SIGNATURE), 0)).toBe('ok');
    expect(await verdict(razorpay({ secret: ['new-secret', 'older'] }), delivery(SIGNATURE), 0)).toBe('invalid_signature 403');
  });

  it('returns x-razorpay-event-id as the delivery id, which the signature does not cover', async () => {
    const result = await verifyRequest({ method: 'POST', url: URL, headers: delivery(SIGNATURE).headers, body: BODY }, verifier, { now: 0 });
    expect(result.ok && result.deliveryId).toBe('Fv3Rw2Vb3y0Yb1');
    const other = await verifyRequest({ method: 'POST', url: URL, headers: { ...delivery(SIGNATURE).headers, 'x-razorpay-event-id': 'another' }, body: BODY }, verifier, { now: 0 });
    expect(other.ok && other.deliveryId).toBe('another');
  });

  it('signPreset reproduces the published signature', async () => {
    expect((await signPreset(RAZORPAY, { secret: SECRET, body: BODY })).headers).toEqual({ [HEADER]: SIGNATURE });
  });
});

describe('razorpay: hookguard and the SDK agree', () => {
  const SECRETS = fc.stringMatching(/^[!-~][ -~]{0,30}[!-~]$/);

  it('signPreset output is accepted by the SDK, at any body and secret', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), SECRETS, async (body, secret) => {
        const { headers } = await signPreset(RAZORPAY, { secret, body });
        expect(sdkValid(body, headers[HEADER]!, secret)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('on genuine and tampered deliveries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        SECRETS,
        fc.constantFrom('none', 'body', 'secret', 'signature', 'upper'),
        async (body, secret, tamper) => {
          let signature = createHmac('sha256', secret).update(body).digest('hex');
          if (tamper === 'signature') signature = signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
          if (tamper === 'upper') signature = `${signature.slice(0, -1)}${signature.at(-1)!.replace(/\d/, 'A').toUpperCase()}`;
          const sent = tamper === 'body' ? `${body} ` : body;
          const key = tamper === 'secret' ? `${secret}!` : secret;
          const expected = sdkValid(sent, signature, key);
          const got = await verdict(razorpay({ secret: key }), delivery(signature, sent), 0);
          expect(got === 'ok').toBe(expected);
          if (tamper === 'none') expect(got).toBe('ok');
          else if (tamper !== 'upper') expect(got).toBe('invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
