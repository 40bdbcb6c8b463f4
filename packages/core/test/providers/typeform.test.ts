// Typeform against the documented algorithm, computed here with node:crypto. No SDK
// verifies and no vector is published. Source: typeform.com/developers/webhooks/secure-your-webhooks/:
// "1. Using the HMAC SHA-256 algorithm, create a hash (using secret as a key) of the
// entire received payload as binary. 2. Encode the binary hash in base64 format.
// 3. Add prefix sha256= to the binary hash. 4. Compare the created value with the
// signature you received in the Typeform-Signature header", and its Ruby sample
// `'sha256=' + Base64.strict_encode64(hash)`. No time is signed.
import { createHmac } from 'node:crypto';
import { verifyRequest } from '../../src/index.js';
import { TYPEFORM, typeform } from '../../src/providers/typeform.js';
import { URL, documentedHmacProperties, presetConformance, verdict } from './preset-kit.js';

const SECRET = 'typeform_secret';
const T = 1_700_000_000;
const BODY = '{"event_id":"01ABC","event_type":"form_response"}';

/** The documented signature: `sha256=` + base64 HMAC-SHA256(secret, raw body). */
const typeformSignature = (secret: string, body: string | Uint8Array) => `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
const delivery = (signature: string, body: string | Uint8Array = BODY) => ({ headers: { 'typeform-signature': signature }, body });

presetConformance('typeform', () => ({
  verifier: typeform({ secret: SECRET }),
  delivery: delivery(typeformSignature(SECRET, BODY)),
  signedAt: T,
  otherKey: typeform({ secret: 'another_secret' }),
  signatureHeader: 'typeform-signature',
}));

describe('typeform: the scheme', () => {
  it('the oracle reproduces an independently computed value', () => {
    expect(typeformSignature(SECRET, BODY)).toBe('sha256=avoM/oP7xoyOktm7gKBSCvy0i7ltp/sf6guWr8qLwwA=');
  });

  it('is sha256= and base64 (not hex), no time signed', async () => {
    expect(TYPEFORM.signature).toEqual({ header: 'typeform-signature', prefix: 'sha256=' });
    expect(TYPEFORM.timestamp).toBeUndefined();
    const verifier = typeform({ secret: SECRET });
    const hex = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(await verdict(verifier, delivery(`sha256=${hex}`), T)).not.toBe('ok');
    expect(await verdict(verifier, delivery(`sha256=${hex}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(typeformSignature(SECRET, BODY).slice('sha256='.length)), T)).toBe('malformed 403');
  });

  it('accepts at any date, and either of two secrets (rotation)', async () => {
    for (const now of [0, T, 4_000_000_000]) expect(await verdict(typeform({ secret: SECRET }), delivery(typeformSignature(SECRET, BODY)), now)).toBe('ok');
    expect(await verdict(typeform({ secret: ['old', SECRET] }), delivery(typeformSignature(SECRET, BODY)), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(typeformSignature(SECRET, BODY)) }, typeform({ secret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'typeform' });
  });

  it('refuses a signature that differs in one base64 character', async () => {
    const good = typeformSignature(SECRET, BODY);
    const changed = `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`;
    expect(await verdict(typeform({ secret: SECRET }), delivery(changed), T)).toBe('invalid_signature 403');
  });
});

documentedHmacProperties('typeform', {
  preset: TYPEFORM,
  verifier: (secret) => typeform({ secret }),
  signature: typeformSignature,
  delivery: (signature, body) => delivery(signature, body),
  oracle: "the documented algorithm",
});
