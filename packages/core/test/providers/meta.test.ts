// Meta (Graph API webhooks: WhatsApp Cloud API, Messenger, Instagram) against the
// published vector of Meta's own SDK: WhatsApp/WhatsApp-Nodejs-SDK (58ca3d5)
// src/__tests__/utils.test.ts, with the secret of its jest.config.ts
// (M4D_APP_SECRET: 'TEST_APP_SECRET') and body 'test'. The SDK (src/api/webhooks.ts)
// reads x-hub-signature-256, strips 'sha256=' and compares it with
// createHmac('sha256', appSecret).update(body, 'utf-8').digest('hex'). That is the
// node:crypto oracle the property below computes. No time is signed.
import { createHmac } from 'node:crypto';
import { verifyRequest } from '../../src/index.js';
import { signPreset } from '../../src/presets/sign-preset.js';
import { META, meta } from '../../src/providers/meta.js';
import { URL, documentedHmacProperties, presetConformance, verdict } from './preset-kit.js';

// Published: WhatsApp-Nodejs-SDK src/__tests__/utils.test.ts + jest.config.ts.
const SECRET = 'TEST_APP_SECRET';
const BODY = 'test';
const PUBLISHED = '0c61947b610d4f45e65f3d680e26027121ec2413e77598bcb6cfc6e0d9888221';
const HEADER = `sha256=${PUBLISHED}`;
const T = 1_700_000_000;

/** What Meta's SDK computes: hex HMAC-SHA256(app secret, raw body), sent as `sha256=<hex>`. */
const metaSignature = (secret: string, body: string | Uint8Array) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const delivery = (signature: string, body: string | Uint8Array = BODY) => ({ headers: { 'x-hub-signature-256': signature }, body });

presetConformance('meta (published vector)', () => ({
  verifier: meta({ appSecret: SECRET }),
  delivery: delivery(HEADER),
  signedAt: T,
  otherKey: meta({ appSecret: 'ANOTHER_APP_SECRET' }),
  signatureHeader: 'x-hub-signature-256',
}));

describe('meta: the published vector', () => {
  it('the oracle reproduces it', () => {
    expect(metaSignature(SECRET, BODY)).toBe(HEADER);
  });

  it('signPreset reproduces the published header byte for byte', async () => {
    expect(await signPreset(META, { secret: SECRET, body: BODY })).toEqual({ headers: { 'x-hub-signature-256': HEADER } });
  });

  it('signs no time: the vector is accepted at any date', async () => {
    expect(META.timestamp).toBeUndefined();
    for (const now of [0, T, 4_000_000_000]) expect(await verdict(meta({ appSecret: SECRET }), delivery(HEADER), now)).toBe('ok');
  });
});

describe('meta: the sha256= header', () => {
  it('needs the sha256= prefix: the bare hex, or another prefix, is malformed', async () => {
    const verifier = meta({ appSecret: SECRET });
    expect(await verdict(verifier, delivery(PUBLISHED), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`sha1=${PUBLISHED}`), T)).toBe('malformed 403');
    expect(await verdict(verifier, delivery(`sha256:${PUBLISHED}`), T)).toBe('malformed 403');
  });

  it('reads X-Hub-Signature-256 only: the legacy sha1 X-Hub-Signature alone is no signature (401)', async () => {
    const sha1 = `sha1=${createHmac('sha1', SECRET).update(BODY).digest('hex')}`;
    expect(await verdict(meta({ appSecret: SECRET }), { headers: { 'x-hub-signature': sha1 }, body: BODY }, T)).toBe('missing_credentials 401');
    // …and the sha1 value under the sha256 header is no HMAC-SHA256.
    expect(await verdict(meta({ appSecret: SECRET }), delivery(sha1.replace('sha1=', 'sha256=')), T)).toBe('malformed 403');
  });

  it('hashes the raw bytes: re-escaping unicode, as a re-serializer would, breaks the signature', async () => {
    const raw = '{"entry":[{"changes":[{"value":{"text":"äöå"}}]}]}';
    const escaped = '{"entry":[{"changes":[{"value":{"text":"\\u00e4\\u00f6\\u00e5"}}]}]}';
    expect(await verdict(meta({ appSecret: SECRET }), delivery(metaSignature(SECRET, raw), raw), T)).toBe('ok');
    expect(await verdict(meta({ appSecret: SECRET }), delivery(metaSignature(SECRET, raw), escaped), T)).toBe('invalid_signature 403');
    expect(await verdict(meta({ appSecret: SECRET }), delivery(metaSignature(SECRET, escaped), escaped), T)).toBe('ok');
  });

  it('accepts either of two app secrets (rotation), and reports the scheme', async () => {
    expect(await verdict(meta({ appSecret: ['OLD_APP_SECRET', SECRET] }), delivery(HEADER), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, headers: delivery(HEADER).headers, body: BODY }, meta({ appSecret: SECRET }), { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'meta' });
  });
});

documentedHmacProperties('meta', {
  preset: META,
  verifier: (secret) => meta({ appSecret: secret }),
  signature: metaSignature,
  delivery: (signature, body) => delivery(signature, body),
  oracle: "the SDK's computation",
});
