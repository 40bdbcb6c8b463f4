import { generateKeyPairSync, sign as ed25519Sign } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { standardWebhooks, verifyRequest } from '../src/index.js';
import { esmOracle } from './oracles/esm.js';

// Svix's published example ("Verifying manually").
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const PUBLISHED = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

type Names = 'webhook' | 'svix';
const headers = (signature: string, names: Names = 'webhook', id = ID, timestamp = TIMESTAMP) => ({
  [`${names}-id`]: id,
  [`${names}-timestamp`]: String(timestamp),
  [`${names}-signature`]: signature,
});
const verdict = async (sent: Record<string, string>, body = BODY, now = TIMESTAMP, secret: string | string[] = SECRET) => {
  const result = await verifyRequest({ method: 'POST', url: 'https://app.example.com/webhooks', headers: sent, body }, standardWebhooks({ secret }), { now });
  return result.ok ? 'ok' : result.error.code;
};

describe('standardWebhooks, cross-checked with standardwebhooks and svix', () => {
  it("accepts Svix's published example, which both SDKs also sign, under both header names", async () => {
    const reference = new Webhook(SECRET).sign(ID, new Date(TIMESTAMP * 1000), BODY);
    const [svix] = esmOracle([['svix', 'sign', SECRET, ID, TIMESTAMP, BODY]]);
    expect([reference, svix]).toEqual([PUBLISHED, PUBLISHED]);
    expect(await verdict(headers(PUBLISHED))).toBe('ok');
    expect(await verdict(headers(PUBLISHED, 'svix'))).toBe('ok');
    const result = await verifyRequest({ method: 'POST', url: 'https://x/', headers: headers(PUBLISHED), body: BODY }, standardWebhooks({ secret: SECRET }), { now: TIMESTAMP });
    expect(result).toEqual({ ok: true, scheme: 'standard-webhooks', deliveryId: ID, expiresAt: TIMESTAMP + 300 });
  });

  it('accepts a list with one matching signature, as the reference SDK does', async () => {
    const now = Math.floor(Date.now() / 1000);
    const sign = (secret: string) => new Webhook(secret).sign(ID, new Date(now * 1000), BODY);
    const other = sign(`whsec_${Buffer.from('another key').toString('base64')}`);
    const list = headers(`${other} v2,abc ${sign(SECRET)}`, 'webhook', ID, now);
    expect(() => new Webhook(SECRET).verify(BODY, list)).not.toThrow();
    expect(await verdict(list, BODY, now)).toBe('ok');
    const onlyOther = headers(other, 'webhook', ID, now);
    expect(() => new Webhook(SECRET).verify(BODY, onlyOther)).toThrow();
    expect(await verdict(onlyOther, BODY, now)).toBe('invalid_signature');
    // Only entries named exactly v1 are HMAC signatures.
    const renamed = headers(sign(SECRET).replace('v1,', 'v10,'), 'webhook', ID, now);
    expect(await verdict(renamed, BODY, now)).toBe('invalid_signature');
  });

  it('binds the id, the timestamp and the body', async () => {
    expect(await verdict(headers(PUBLISHED, 'webhook', 'msg_other'))).toBe('invalid_signature');
    expect(await verdict(headers(PUBLISHED, 'webhook', ID, TIMESTAMP + 1), BODY, TIMESTAMP)).toBe('invalid_signature');
    expect(await verdict(headers(PUBLISHED), '{"test": 2432232315}')).toBe('invalid_signature');
  });

  it('holds the timestamp to 300 s either way', async () => {
    expect(await verdict(headers(PUBLISHED), BODY, TIMESTAMP + 300)).toBe('ok');
    expect(await verdict(headers(PUBLISHED), BODY, TIMESTAMP + 301)).toBe('timestamp_out_of_tolerance');
    expect(await verdict(headers(PUBLISHED), BODY, TIMESTAMP - 301)).toBe('timestamp_out_of_tolerance');
  });

  it('agrees with both SDKs on fresh signatures over random bodies', async () => {
    const now = Math.floor(Date.now() / 1000);
    const bodies = ['{}', '{"type":"user.created","data":{"id":"user_29w83sxmDNGwOuEthce5gg56FcC"}}', 'plain text ✓', 'x'.repeat(5000)];
    const secret = 'whsec_' + Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
    const signatures = bodies.map((body) => new Webhook(secret).sign('msg_1', new Date(now * 1000), body));
    const svixVerdicts = esmOracle(bodies.map((body, i) => ['svix', 'verify', secret, body, headers(signatures[i]!, 'svix', 'msg_1', now)]));
    expect(svixVerdicts).toEqual(bodies.map(() => true));
    for (const [i, body] of bodies.entries()) {
      expect(await verdict(headers(signatures[i]!, 'webhook', 'msg_1', now), body, now, secret)).toBe('ok');
      expect(await verdict(headers(signatures[i]!, 'webhook', 'msg_1', now), `${body} `, now, secret)).toBe('invalid_signature');
    }
  });

  it('verifies v1a Ed25519 signatures under whpk_ public keys', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    const whpk = `whpk_${raw.toString('base64')}`;
    const signature = `v1a,${ed25519Sign(null, Buffer.from(`${ID}.${TIMESTAMP}.${BODY}`), privateKey).toString('base64')}`;
    expect(await verdict(headers(signature), BODY, TIMESTAMP, whpk)).toBe('ok');
    expect(await verdict(headers(`${PUBLISHED} ${signature}`), BODY, TIMESTAMP, [SECRET, whpk])).toBe('ok');
    expect(await verdict(headers(signature), `${BODY} `, TIMESTAMP, whpk)).toBe('invalid_signature');
    expect(await verdict(headers(signature), BODY, TIMESTAMP, SECRET)).toBe('invalid_signature');
  });

  it('refuses missing headers, and is misconfigured by secrets that are not base64 keys', async () => {
    const { 'webhook-id': _id, ...withoutId } = headers(PUBLISHED);
    expect(await verdict(withoutId)).toBe('missing_credentials');
    expect(await verdict({})).toBe('missing_credentials');
    expect(standardWebhooks({ secret: 'whsec_!!not base64!!' }).checkConfiguration()?.code).toBe('misconfigured');
    expect(standardWebhooks({ secret: 'whpk_' + Buffer.alloc(16).toString('base64') }).checkConfiguration()?.code).toBe('misconfigured');
    expect(await verdict(headers(PUBLISHED), BODY, TIMESTAMP, 'whsec_%%%')).toBe('misconfigured');
  });
});
