// Nothing secret in what a refusal carries: not the configured secret, not the
// signature hookguard expected, not the token the client presented.
import { createHash } from 'node:crypto';
import {
  autify, basicAuth, bearerToken, github, hmac, qstash, querySecret, sharedSecret, shopify, slack, standardWebhooks, stripe, twilio,
  verifyRequest, type Verifier,
} from '../src/index.js';
import { hmacOf, qstashToken, twilioSignature } from './signers.js';

const SECRET = 'S3CRET-4f9a2c7e';
const PRESENTED = 'PRESENTED-b81d0e33';
const URL_ = 'https://api.example.com/hook?x=1';
const BODY = 'Body=hello&From=%2B15550001111';

function everythingIn(value: unknown): string {
  if (value instanceof Error) {
    return JSON.stringify({ ...value, message: value.message, stack: value.stack, cause: String((value as { cause?: unknown }).cause) });
  }
  return JSON.stringify(value, (_key, nested) => (nested instanceof Error ? everythingIn(nested) : nested));
}

const NOW = 1_700_000_000;
const expectedValues = [
  SECRET,
  hmacOf('sha256', SECRET, `${NOW}.${BODY}`).toString('hex'),
  hmacOf('sha256', SECRET, `v0:${NOW}:${BODY}`).toString('hex'),
  hmacOf('sha256', SECRET, BODY).toString('base64'),
  hmacOf('sha256', SECRET, BODY).toString('hex'),
  hmacOf('sha1', SECRET, BODY).toString('hex'),
  twilioSignature(SECRET, URL_, Object.fromEntries(new URLSearchParams(BODY))),
  createHash('sha256').update(BODY).digest('base64url'),
];

const cases: [string, Verifier, Record<string, string>, string][] = [
  ['sharedSecret', sharedSecret({ secret: SECRET }), { verification_key: PRESENTED }, URL_],
  ['querySecret', querySecret({ secret: SECRET }), {}, `${URL_}&secret=${PRESENTED}`],
  ['bearerToken', bearerToken({ token: SECRET }), { authorization: `Bearer ${PRESENTED}` }, URL_],
  ['basicAuth', basicAuth({ username: 'u', password: SECRET }), { authorization: `Basic ${Buffer.from(`u:${PRESENTED}`).toString('base64')}` }, URL_],
  ['hmac', hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', secret: SECRET }), { 'x-sig': '00'.repeat(32) }, URL_],
  ['autify', autify({ secret: SECRET }), { 'x-autify-signature': `sha1=${'00'.repeat(20)}` }, URL_],
  ['twilio', twilio({ authToken: SECRET }), { 'x-twilio-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'content-type': 'application/x-www-form-urlencoded' }, URL_],
  ['github', github({ secret: SECRET }), { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` }, URL_],
  ['stripe', stripe({ secret: SECRET }), { 'stripe-signature': `t=${NOW},v1=${'0'.repeat(64)}` }, URL_],
  ['slack', slack({ signingSecret: SECRET }), { 'x-slack-signature': `v0=${'0'.repeat(64)}`, 'x-slack-request-timestamp': String(NOW) }, URL_],
  ['shopify', shopify({ secret: SECRET }), { 'x-shopify-hmac-sha256': 'A'.repeat(43) + '=' }, URL_],
  [
    'standardWebhooks',
    standardWebhooks({ secret: `whsec_${Buffer.from(SECRET).toString('base64')}` }),
    { 'webhook-id': 'msg_1', 'webhook-timestamp': String(NOW), 'webhook-signature': `v1,${'A'.repeat(43)}=` },
    URL_,
  ],
];

describe('refusals reveal nothing secret', () => {
  it.each(cases)('%s', async (_name, verifier, headers, url) => {
    const result = await verifyRequest({ method: 'POST', url, headers, body: BODY }, verifier, { now: NOW });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_signature' } });
    const text = everythingIn(result);
    for (const value of [...expectedValues, PRESENTED]) expect(text).not.toContain(value);
  });

  it('qstash, for a token signed with another key, another URL and another body', async () => {
    const token = await qstashToken({ key: 'other', url: 'https://elsewhere.example.com/', body: 'other body' });
    const verifier = qstash({ currentSigningKey: SECRET, nextSigningKey: `${SECRET}-next` });
    const forgedClaims = await qstashToken({ key: SECRET, url: 'https://elsewhere.example.com/', body: 'other body' });
    for (const signature of [token, forgedClaims]) {
      const result = await verifyRequest({ method: 'POST', url: URL_, headers: { 'upstash-signature': signature }, body: BODY }, verifier);
      expect(result.ok).toBe(false);
      const text = everythingIn(result);
      for (const value of [...expectedValues, `${SECRET}-next`, URL_, signature]) expect(text).not.toContain(value);
    }
  });
});
