// GitLab, both of its forms (docs: gitlab-org/gitlab doc/user/project/integrations/webhooks.md,
// "Secret token", "Signing tokens", "Verify the signature", "Delivery headers"):
// - a secret token, which GitLab sends as is in X-Gitlab-Token (nothing is signed);
// - a signing token `whsec_<base64 of 32 bytes>`, with which GitLab signs each delivery
//   in the Standard Webhooks format: webhook-id, webhook-timestamp (unix seconds) and
//   webhook-signature `v1,<base64 HMAC-SHA256(base64decode(token without whsec_),
//   "{id}.{timestamp}.{body}")>`, space-separated when several. The docs' Ruby sample
//   decodes the key the same way; MR gitlab-org/gitlab!230944's test server verifies with
//   the standardwebhooks npm library, the oracle here (with svix for the other direction).
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { createHmac } from 'node:crypto';
import { gitlab, memoryReplayStore, verifyRequest } from '../../src/index.js';
import { signRequest } from '../../src/sign-request.js';
import { esmOracle } from '../oracles/esm.js';
import { presetConformance, URL, verdict } from './preset-kit.js';

const T = 1_700_000_000;
const BODY = '{"object_kind":"push","event_name":"push","ref":"refs/heads/main","user_name":"Zoë","commits":[]}';
const SECRET_TOKEN = 'gitlab-secret-token-0123';
const SIGNING_TOKEN = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
const OTHER_SIGNING_TOKEN = `whsec_${Buffer.from('fedcba9876543210fedcba9876543210').toString('base64')}`;
const ID = 'f5e5f430-f57b-4e6e-9fac-d9128cd7232f';

/** standardwebhooks' signature, as GitLab sends it. */
const swSign = (token: string, id: string, ts: number, body: string) => new Webhook(token).sign(id, new Date(ts * 1000), body);
const signedHeaders = (signature: string, id = ID, ts = T) => ({
  'webhook-id': id,
  'webhook-timestamp': String(ts),
  'webhook-signature': signature,
  'idempotency-key': id,
  'x-gitlab-event': 'Push Hook',
});
/** standardwebhooks' verdict at unix second `now` (it reads Date.now()). */
function swAccepts(token: string, body: string, headers: Record<string, string>, now: number): boolean {
  const clock = jest.spyOn(Date, 'now').mockReturnValue(now * 1000);
  try {
    new Webhook(token).verify(body, headers, { jsonParse: false }); // the signature only: bodies here need not be JSON
    return true;
  } catch {
    return false;
  } finally {
    clock.mockRestore();
  }
}

presetConformance('gitlab (signing token, signed by standardwebhooks)', () => ({
  verifier: gitlab({ token: SIGNING_TOKEN }),
  delivery: { headers: signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY)), body: BODY },
  signedAt: T,
  otherKey: gitlab({ token: OTHER_SIGNING_TOKEN }),
  signatureHeader: 'webhook-signature',
  tolerance: 300,
  pastOnly: false,
}));

describe('gitlab: the secret token in X-Gitlab-Token', () => {
  const sent = (token: string | undefined, body = BODY) => ({ headers: { 'x-gitlab-event': 'Push Hook', ...(token === undefined ? {} : { 'x-gitlab-token': token }) }, body });

  it('accepts the token GitLab sends as is, at any date and with any body (the body is not signed)', async () => {
    const verifier = gitlab({ token: SECRET_TOKEN });
    for (const now of [0, T, 4_000_000_000]) expect(await verdict(verifier, sent(SECRET_TOKEN), now)).toBe('ok');
    expect(await verdict(verifier, sent(SECRET_TOKEN, '{"object_kind":"tag_push"}'), T)).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: URL, ...sent(SECRET_TOKEN) }, verifier, { now: T });
    expect(result).toMatchObject({ ok: true, scheme: 'gitlab' });
  });

  it('refuses another token (403) and no token or an empty one (401)', async () => {
    const verifier = gitlab({ token: SECRET_TOKEN });
    for (const token of ['gitlab-secret-token-0124', `${SECRET_TOKEN}x`, SECRET_TOKEN.slice(0, -1), SECRET_TOKEN.toUpperCase(), '']) {
      expect([token, await verdict(verifier, sent(token), T)]).toEqual([token, token === '' ? 'missing_credentials 401' : 'invalid_signature 403']);
    }
    expect(await verdict(verifier, sent(undefined), T)).toBe('missing_credentials 401');
    expect(await verdict(gitlab({ token: 'another-token' }), sent(SECRET_TOKEN), T)).toBe('invalid_signature 403');
  });

  it('accepts any of several secret tokens (rotation)', async () => {
    const verifier = gitlab({ token: ['old-token', SECRET_TOKEN] });
    expect(await verdict(verifier, sent(SECRET_TOKEN), T)).toBe('ok');
    expect(await verdict(verifier, sent('old-token'), T)).toBe('ok');
    expect(await verdict(verifier, sent('newer-token'), T)).toBe('invalid_signature 403');
  });

  it('signRequest sends the token in X-Gitlab-Token', async () => {
    const { headers } = await signRequest('gitlab', { secret: SECRET_TOKEN, url: URL, body: BODY });
    expect(headers).toEqual({ 'x-gitlab-token': SECRET_TOKEN });
  });
});

describe('gitlab: the signing token, in the Standard Webhooks format', () => {
  it('accepts the self-made vector of the facts file, which standardwebhooks also accepts', async () => {
    const token = 'whsec_MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
    const headers = signedHeaders('v1,l39TF5TAFgWCHkP7k1UvqkTv126uJKnzB6/yXT5SKJ8=', 'msg_1', 1700000000);
    const body = '{"object_kind":"push"}';
    expect(swSign(token, 'msg_1', 1700000000, body)).toBe(headers['webhook-signature']);
    expect(swAccepts(token, body, headers, T)).toBe(true);
    expect(await verdict(gitlab({ token }), { headers, body }, T)).toBe('ok');
  });

  it('keys the HMAC with the base64-decoded token, never its UTF-8 text', async () => {
    const utf8Keyed = `v1,${createHmac('sha256', SIGNING_TOKEN).update(`${ID}.${T}.${BODY}`).digest('base64')}`;
    expect(swAccepts(SIGNING_TOKEN, BODY, signedHeaders(utf8Keyed), T)).toBe(false);
    expect(await verdict(gitlab({ token: SIGNING_TOKEN }), { headers: signedHeaders(utf8Keyed), body: BODY }, T)).toBe('invalid_signature 403');
  });

  it('binds the webhook-id and the timestamp', async () => {
    const signature = swSign(SIGNING_TOKEN, ID, T, BODY);
    const verifier = gitlab({ token: SIGNING_TOKEN });
    expect(await verdict(verifier, { headers: signedHeaders(signature, `${ID}0`), body: BODY }, T)).toBe('invalid_signature 403');
    expect(await verdict(verifier, { headers: signedHeaders(signature, ID, T + 1), body: BODY }, T)).toBe('invalid_signature 403');
  });

  it('accepts a space-separated list where any v1 matches, as standardwebhooks does', async () => {
    const good = swSign(SIGNING_TOKEN, ID, T, BODY);
    const other = swSign(OTHER_SIGNING_TOKEN, ID, T, BODY);
    for (const [list, accepted] of [
      [`${other} ${good}`, true],
      [`${good} ${other}`, true],
      [`v2,abc ${good}`, true],
      [other, false],
    ] as const) {
      expect([list, swAccepts(SIGNING_TOKEN, BODY, signedHeaders(list), T)]).toEqual([list, accepted]);
      expect([list, (await verdict(gitlab({ token: SIGNING_TOKEN }), { headers: signedHeaders(list), body: BODY }, T)) === 'ok']).toEqual([list, accepted]);
    }
  });

  it('never accepts the secret-token form in its place, even carrying the signing token', async () => {
    const verifier = gitlab({ token: SIGNING_TOKEN });
    expect(await verdict(verifier, { headers: { 'x-gitlab-token': SIGNING_TOKEN }, body: BODY }, T)).toBe('missing_credentials 401');
    const { 'webhook-signature': _dropped, ...unsigned } = signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY));
    expect(await verdict(verifier, { headers: { ...unsigned, 'x-gitlab-token': SIGNING_TOKEN }, body: BODY }, T)).toBe('missing_credentials 401');
  });

  it('accepts either of two signing tokens, reports webhook-id, and refuses its replay', async () => {
    const headers = signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY));
    expect(await verdict(gitlab({ token: [OTHER_SIGNING_TOKEN, SIGNING_TOKEN] }), { headers, body: BODY }, T)).toBe('ok');
    const request = { method: 'POST', url: URL, headers, body: BODY };
    expect(await verifyRequest(request, gitlab({ token: SIGNING_TOKEN }), { now: T })).toMatchObject({ ok: true, scheme: 'gitlab', deliveryId: ID, expiresAt: T + 300 });
    const replay = { store: memoryReplayStore() };
    expect((await verifyRequest(request, gitlab({ token: SIGNING_TOKEN }), { now: T, replay })).ok).toBe(true);
    const again = await verifyRequest(request, gitlab({ token: SIGNING_TOKEN }), { now: T + 1, replay });
    expect(again.ok ? 'ok' : `${again.error.code} ${again.error.status}`).toBe('replayed 409');
  });

  it('toleranceSeconds moves the window', async () => {
    const headers = signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY));
    expect(await verdict(gitlab({ token: SIGNING_TOKEN, toleranceSeconds: 30 }), { headers, body: BODY }, T + 30)).toBe('ok');
    expect(await verdict(gitlab({ token: SIGNING_TOKEN, toleranceSeconds: 30 }), { headers, body: BODY }, T + 31)).toBe('timestamp_out_of_tolerance 403');
  });
});

describe('gitlab: configuration', () => {
  it('refuses a mix of signing tokens and secret tokens as misconfigured (500), whatever arrives', async () => {
    const mixed = gitlab({ token: [SIGNING_TOKEN, SECRET_TOKEN] });
    expect(await verdict(mixed, { headers: { 'x-gitlab-token': SECRET_TOKEN }, body: BODY }, T)).toBe('misconfigured 500');
    expect(await verdict(mixed, { headers: signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY)), body: BODY }, T)).toBe('misconfigured 500');
    expect(mixed.checkConfiguration()).toMatchObject({ code: 'misconfigured', status: 500 });
    expect(gitlab({ token: [SECRET_TOKEN, 'other'] }).checkConfiguration()).toBeUndefined();
    expect(gitlab({ token: [SIGNING_TOKEN, OTHER_SIGNING_TOKEN] }).checkConfiguration()).toBeUndefined();
  });

  it('refuses a signing token that is not whsec_<base64> as misconfigured', async () => {
    expect(await verdict(gitlab({ token: 'whsec_***not base64***' }), { headers: signedHeaders(swSign(SIGNING_TOKEN, ID, T, BODY)), body: BODY }, T)).toBe('misconfigured 500');
  });
});

describe('gitlab: hookguard signs as GitLab does', () => {
  it('signRequest with a signing token is accepted by standardwebhooks and svix', async () => {
    const now = Math.floor(Date.now() / 1000); // svix runs in a child process on the real clock
    const { headers } = await signRequest('gitlab', { secret: SIGNING_TOKEN, url: URL, body: BODY, id: ID, timestamp: now });
    expect(headers).toEqual({ 'webhook-id': ID, 'webhook-timestamp': String(now), 'webhook-signature': swSign(SIGNING_TOKEN, ID, now, BODY) });
    expect(swAccepts(SIGNING_TOKEN, BODY, headers, now)).toBe(true);
    expect(esmOracle([['svix', 'verify', SIGNING_TOKEN, BODY, headers]])).toEqual([true]);
  });
});

describe('gitlab: hookguard agrees with standardwebhooks', () => {
  it('on genuine and tampered deliveries, at any body, id, key and age', async () => {
    const NOW = 1_750_000_000;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        fc.integer({ min: -400, max: 400 }),
        fc.constantFrom('none', 'body', 'id', 'timestamp', 'signature', 'key'),
        async (body, keyBytes, id, age, tamper) => {
          const token = `whsec_${Buffer.from(keyBytes).toString('base64')}`;
          const ts = NOW - age;
          let headers = signedHeaders(swSign(token, id, ts, body), id, ts);
          let sent = body;
          let verifyToken = token;
          if (tamper === 'body') sent = `${body}x`;
          if (tamper === 'id') headers = { ...headers, 'webhook-id': `${id}x` };
          if (tamper === 'timestamp') headers = { ...headers, 'webhook-timestamp': String(ts + 1) };
          if (tamper === 'signature') headers = { ...headers, 'webhook-signature': swSign(token, id, ts, `${body} `) };
          if (tamper === 'key') verifyToken = `whsec_${Buffer.from(keyBytes.map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64')}`;
          const accepted = swAccepts(verifyToken, sent, headers, NOW);
          const got = await verdict(gitlab({ token: verifyToken }), { headers, body: sent }, NOW);
          expect(got === 'ok').toBe(accepted);
          expect(accepted).toBe(tamper === 'none' && Math.abs(age) <= 300);
          const sentAge = NOW - Number(headers['webhook-timestamp']);
          if (!accepted) expect(got).toBe(Math.abs(sentAge) > 300 ? 'timestamp_out_of_tolerance 403' : 'invalid_signature 403');
        },
      ),
      { numRuns: 100 },
    );
  });
});
