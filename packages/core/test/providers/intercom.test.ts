// Intercom against the documented algorithm, computed here with node:crypto. No
// SDK verifies and no vector is published (the docs' example header comes without
// its secret). Source: developers.intercom.com/intercom-api-reference/v1.0/reference/signed-notifications:
// "The signature is the hexadecimal (40-byte) representation of a SHA-1 signature
// computed using the HMAC algorithm as defined in RFC2104. The X-Hub-Signature header
// value starts with the string sha1= followed by the signature". No time is signed.
import { createHmac } from 'node:crypto';
import { verifyRequest } from '../../src/index.js';
import { INTERCOM, intercom } from '../../src/providers/intercom.js';
import { URL, documentedHmacProperties, presetConformance, verdict } from './preset-kit.js';

const SECRET = 'intercom_client_secret';
const T = 1_700_000_000;
const BODY = '{"type":"notification_event","topic":"conversation.user.created","id":"notif_ccd8a4d0","data":{"item":{"body":"hé"}}}';

/** The documented signature: `sha1=` + hex HMAC-SHA1(client secret, raw body). */
const intercomSignature = (secret: string, body: string | Uint8Array) => `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
const delivery = (signature: string, body: string | Uint8Array = BODY) => ({ headers: { 'x-hub-signature': signature }, body });

presetConformance('intercom', () => ({
  verifier: intercom({ clientSecret: SECRET }),
  delivery: delivery(intercomSignature(SECRET, BODY)),
  signedAt: T,
  otherKey: intercom({ clientSecret: 'another_client_secret' }),
  signatureHeader: 'x-hub-signature',
}));

describe('intercom: the scheme', () => {
  it('the oracle reproduces an independently computed value (key ic_secret)', () => {
    expect(intercomSignature('ic_secret', '{"event":"x","n":"hé"}')).toBe('sha1=c6bcf204f9dc528536ad3e2f17c5604a3fa9bd3b');
  });

  it('is sha1= and 40 hex digits of HMAC-SHA1 in X-Hub-Signature, no time signed', async () => {
    expect(INTERCOM.signature).toEqual({ header: 'x-hub-signature', prefix: 'sha1=' });
    expect(INTERCOM.timestamp).toBeUndefined();
    expect(intercomSignature(SECRET, BODY)).toMatch(/^sha1=[0-9a-f]{40}$/);
  });

  it('refuses an HMAC-SHA256 in its place, the bare hex, or a sha256= prefix', async () => {
    const verifier = intercom({ clientSecret: SECRET });
    const sha256 = createHmac('sha256', SECRET).update(BODY).digest('hex');
    expect(await verdict(verifier, delivery(`sha1=${sha256}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`sha256=${sha256}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(intercomSignature(SECRET, BODY).slice(5)), T)).toBe('malformed 403');
  });

  it('does not read X-Hub-Signature-256 (401 without X-Hub-Signature)', async () => {
    const headers = { 'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(BODY).digest('hex')}` };
    expect(await verdict(intercom({ clientSecret: SECRET }), { headers, body: BODY }, T)).toBe('missing_credentials 401');
  });

  it('accepts at any date, and either of two secrets (rotation)', async () => {
    for (const now of [0, T, 4_000_000_000]) expect(await verdict(intercom({ clientSecret: SECRET }), delivery(intercomSignature(SECRET, BODY)), now)).toBe('ok');
    expect(await verdict(intercom({ clientSecret: ['old', SECRET] }), delivery(intercomSignature(SECRET, BODY)), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...delivery(intercomSignature(SECRET, BODY)) }, intercom({ clientSecret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'intercom' });
  });
});

documentedHmacProperties('intercom', {
  preset: INTERCOM,
  verifier: (secret) => intercom({ clientSecret: secret }),
  signature: intercomSignature,
  delivery: (signature, body) => delivery(signature, body),
  oracle: "the documented algorithm",
});
