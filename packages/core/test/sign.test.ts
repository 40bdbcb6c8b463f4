// Each signer against the provider's own verifier (or a published vector), and
// against hookguard's verifier: the two must be exact inverses.
import { Receiver } from '@upstash/qstash';
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import twilioSdk from 'twilio';
import {
  signAutify, signBasicAuth, signBearerToken, signGithub, signHmac, signQstash, signQuerySecret, signSharedSecret, signShopify,
  signRequest, signSlack, signStandardWebhooks, signStripe, signTwilio, SIGNABLE_SCHEMES, type SignedParts,
} from '../src/sign.js';
import {
  autify, basicAuth, bearerToken, github, hmac, qstash, querySecret, sharedSecret, shopify, slack, standardWebhooks, stripe, twilio,
  verifyRequest, type Verifier,
} from '../src/index.js';
import { esmOracle } from './oracles/esm.js';
import { PROVIDERS } from '../src/catalog.js';

const URL_ = 'https://hooks.example.com/api/in?tenant=a%20b';
const JSON_BODY = '{"id":"evt_1","amount":1200}';
const FORM_BODY = 'Body=Hello+world&From=%2B15550001111&MediaUrl=b&MediaUrl=a';

async function accepts(verifier: Verifier, signed: SignedParts, body: string, url = URL_, contentType?: string) {
  const headers = { ...(contentType ? { 'content-type': contentType } : {}), ...signed.headers };
  const result = await verifyRequest({ method: 'POST', url: signed.url ?? url, headers, body }, verifier);
  return result.ok || result.error.message;
}

describe('signers, checked by the providers’ verifiers', () => {
  it('signTwilio: form bodies pass twilio.validateRequest', async () => {
    const signed = await signTwilio({ authToken: 'tok', url: URL_, body: FORM_BODY });
    const params = { Body: 'Hello world', From: '+15550001111', MediaUrl: ['b', 'a'] };
    expect(twilioSdk.validateRequest('tok', signed.headers['x-twilio-signature']!, signed.url!, params)).toBe(true);
    expect(await accepts(twilio({ authToken: 'tok' }), signed, FORM_BODY)).toBe(true);
  });

  it('signTwilio: JSON bodies get bodySHA256 and pass twilio.validateRequestWithBody', async () => {
    const signed = await signTwilio({ authToken: 'tok', url: URL_, body: JSON_BODY, contentType: 'application/json' });
    expect(signed.url).toMatch(/&bodySHA256=[0-9a-f]{64}$/);
    expect(twilioSdk.validateRequestWithBody('tok', signed.headers['x-twilio-signature']!, signed.url!, JSON_BODY)).toBe(true);
    expect(await accepts(twilio({ authToken: 'tok' }), signed, JSON_BODY)).toBe(true);
  });

  it('signQstash: passes @upstash/qstash Receiver', async () => {
    const signed = await signQstash({ signingKey: 'next-key', url: URL_, body: JSON_BODY });
    const receiver = new Receiver({ currentSigningKey: 'current-key', nextSigningKey: 'next-key' });
    await expect(receiver.verify({ signature: signed.headers['upstash-signature']!, body: JSON_BODY, url: URL_ })).resolves.toBe(true);
    expect(await accepts(qstash({ currentSigningKey: 'current-key', nextSigningKey: 'next-key' }), signed, JSON_BODY)).toBe(true);
  });

  it('signStandardWebhooks: passes standardwebhooks and svix', async () => {
    const secret = `whsec_${Buffer.from('a standard webhooks key').toString('base64')}`;
    const signed = await signStandardWebhooks({ secret, body: JSON_BODY });
    expect(() => new Webhook(secret).verify(JSON_BODY, signed.headers)).not.toThrow();
    expect(esmOracle([['svix', 'verify', secret, JSON_BODY, signed.headers]])).toEqual([true]);
    expect(await accepts(standardWebhooks({ secret }), signed, JSON_BODY)).toBe(true);
  });

  it("signStandardWebhooks: reproduces Svix's published example", async () => {
    const signed = await signStandardWebhooks({
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      body: '{"test": 2432232314}',
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
    });
    expect(signed.headers['webhook-signature']).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signStripe: passes stripe.webhooks.constructEvent', async () => {
    const signed = await signStripe({ secret: 'whsec_stripe', body: JSON_BODY });
    const event = new Stripe('sk_test_offline').webhooks.constructEvent(JSON_BODY, signed.headers['stripe-signature']!, 'whsec_stripe');
    expect(event.id).toBe('evt_1');
    expect(await accepts(stripe({ secret: 'whsec_stripe' }), signed, JSON_BODY)).toBe(true);
  });

  it('signGithub: passes @octokit/webhooks-methods verify', async () => {
    const signed = await signGithub({ secret: 'gh-secret', body: JSON_BODY });
    expect(esmOracle([['octokit', 'verify', 'gh-secret', JSON_BODY, signed.headers['x-hub-signature-256']]])).toEqual([true]);
    expect(signed.headers['x-github-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await accepts(github({ secret: 'gh-secret' }), signed, JSON_BODY)).toBe(true);
  });

  it("signSlack: reproduces Slack's published example", async () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const signed = await signSlack({ signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', body, timestamp: 1531420618 });
    expect(signed.headers['x-slack-signature']).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
    const fresh = await signSlack({ signingSecret: 's', body });
    expect(await accepts(slack({ signingSecret: 's' }), fresh, body)).toBe(true);
  });

  it('signShopify, signAutify and signHmac: match the documented HMACs and RFC 4231', async () => {
    const shopifySigned = await signShopify({ secret: 'shp', body: JSON_BODY });
    expect(shopifySigned.headers['x-shopify-hmac-sha256']).toBe(createHmac('sha256', 'shp').update(JSON_BODY).digest('base64'));
    expect(await accepts(shopify({ secret: 'shp' }), shopifySigned, JSON_BODY)).toBe(true);
    const autifySigned = await signAutify({ secret: 'au', body: JSON_BODY });
    expect(autifySigned.headers['x-autify-signature']).toBe(`sha1=${createHmac('sha1', 'au').update(JSON_BODY).digest('hex')}`);
    expect(await accepts(autify({ secret: 'au' }), autifySigned, JSON_BODY)).toBe(true);
    const options = { header: 'X-Sig', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=' } as const;
    const rfc = await signHmac({ ...options, secret: 'Jefe', body: 'what do ya want for nothing?' });
    expect(rfc.headers['x-sig']).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(await accepts(hmac({ ...options, secret: 'k' }), await signHmac({ ...options, secret: 'k', body: JSON_BODY }), JSON_BODY)).toBe(true);
  });

  it('static credentials: what each verifier accepts', async () => {
    expect(await accepts(sharedSecret({ secret: 's' }), await signSharedSecret({ secret: 's' }), '')).toBe(true);
    expect(await accepts(querySecret({ secret: 'a&b c' }), await signQuerySecret({ secret: 'a&b c', url: URL_ }), '')).toBe(true);
    expect(await accepts(bearerToken({ token: 't' }), await signBearerToken({ token: 't' }), '')).toBe(true);
    expect(await accepts(basicAuth({ username: 'u', password: 'p:w' }), await signBasicAuth({ username: 'u', password: 'p:w' }), '')).toBe(true);
  });

  it('refuse to sign with an empty secret', async () => {
    await expect(signGithub({ secret: '', body: '' })).rejects.toThrow(/option "secret" is required to sign/);
    await expect(signStandardWebhooks({ secret: 'not-base64!', body: '' })).rejects.toThrow(/whsec_/);
  });
});

describe('signRequest(scheme, options)', () => {
  const whsec = `whsec_${Buffer.from('any key').toString('base64')}`;
  const verifiers: Record<string, [Verifier, string]> = {
    'shared-secret': [sharedSecret({ secret: 's' }), 's'],
    'query-secret': [querySecret({ secret: 's' }), 's'],
    bearer: [bearerToken({ token: 's' }), 's'],
    basic: [basicAuth({ username: 'u', password: 'p:w' }), 'u:p:w'],
    autify: [autify({ secret: 's' }), 's'],
    github: [github({ secret: 's' }), 's'],
    shopify: [shopify({ secret: 's' }), 's'],
    stripe: [stripe({ secret: 's' }), 's'],
    slack: [slack({ signingSecret: 's' }), 's'],
    'standard-webhooks': [standardWebhooks({ secret: whsec }), whsec],
    twilio: [twilio({ authToken: 's' }), 's'],
    qstash: [qstash({ currentSigningKey: 's', nextSigningKey: 'n' }), 's'],
  };

  // Every catalogue provider whose sender signs with a secret; Discord, Telnyx and SendGrid sign with private keys.
  const secretFor = (name: string) => (['clerk', 'resend', 'openai', 'replicate', 'supabase'].includes(name) ? whsec : name === 'postmark' ? 'u:p:w' : 's');
  for (const { name, preset, verifier } of PROVIDERS) {
    if (verifiers[name] || (preset && !preset.check.sign)) continue;
    verifiers[name] = [verifier([secretFor(name)], URL_), secretFor(name)];
  }
  // GitLab here with a secret token, sent as is (its signing-token form is tested in providers/gitlab.test.ts).
  const STATIC = ['shared-secret', 'query-secret', 'bearer', 'basic', 'telegram', 'okta', 'cloudflare-notifications', 'postmark', 'gitlab'];

  it('knows every scheme, and each signature passes the verifier of that name only', async () => {
    expect([...SIGNABLE_SCHEMES].sort()).toEqual(Object.keys(verifiers).sort());
    for (const [scheme, [verifier, secret]] of Object.entries(verifiers)) {
      expect(verifier.scheme).toBe(scheme);
      const body = scheme === 'mailgun' || scheme === 'linear' ? JSON_BODY : FORM_BODY; // these sign inside a JSON body
      const signed = await signRequest(scheme, { secret, url: URL_, body });
      const request = { method: 'POST', url: signed.url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signed.headers }, body: signed.body };
      expect([scheme, (await verifyRequest(request, verifier)).ok]).toEqual([scheme, true]);
      const tampered = await verifyRequest({ ...request, headers: signed.headers, body: `${String(signed.body)}&x=1` }, verifier);
      expect([scheme, tampered.ok]).toEqual([scheme, STATIC.includes(scheme)]);
    }
  });

  it('names the known schemes when given another', async () => {
    await expect(signRequest('hmac-md5', { secret: 's', url: URL_ })).rejects.toThrow(/unknown scheme "hmac-md5"; known: shared-secret/);
  });
});
