// Senders that sign nothing and send a secret chosen by the receiver. The oracle
// is the header each sender's docs say it sends:
// - Telegram: core.telegram.org/bots/api#setwebhook, secret_token → header
//   "X-Telegram-Bot-Api-Secret-Token" with the secret token as content (1-256 of A-Z a-z 0-9 _ -).
// - Okta event hooks: okta/okta-developer-docs packages/@okta/vuepress-site/docs/concepts/event-hooks/index.md
//   @02169835, `Authorization: ${key}` where key is "simply a text string you decide on".
// - Cloudflare Notifications: cloudflare/cloudflare-docs src/content/docs/notifications/get-started/configure-webhooks.mdx
//   @25ff63eb, "Cloudflare will send your secret in the cf-webhook-auth header of every request".
// - Postmark: postmarkapp.com/developer/webhooks/webhooks-overview, Basic auth credentials in the
//   webhook URL (https://user:password@host/…), which HTTP clients send as `Authorization: Basic base64(user:password)`.
import { cloudflareNotifications, okta, postmark, telegram, verifyRequest, type Verifier } from '../../src/index.js';
import { URL, verdict, type Delivery } from './preset-kit.js';

const NOW = 1_750_000_000;
const BODY = '{"update_id":10000,"message":{"text":"hi"}}';

interface TokenCase {
  name: string;
  scheme: string;
  make: (secret: string | string[]) => Verifier;
  /** The headers the sender sends with this secret. */
  send: (secret: string) => Record<string, string>;
  secret: string;
  other: string;
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;

const CASES: TokenCase[] = [
  {
    name: 'telegram',
    scheme: 'telegram',
    make: (secretToken) => telegram({ secretToken }),
    send: (secret) => ({ 'X-Telegram-Bot-Api-Secret-Token': secret }),
    secret: 'tg_Secret-Token_0123456789',
    other: 'tg_Secret-Token_0123456788',
  },
  {
    name: 'okta',
    scheme: 'okta',
    make: (secret) => okta({ secret }),
    send: (secret) => ({ Authorization: secret }),
    secret: 'my-okta-event-hook-secret-4f1c',
    other: 'my-okta-event-hook-secret-4f1d',
  },
  {
    name: 'cloudflareNotifications',
    scheme: 'cloudflare-notifications',
    make: (secret) => cloudflareNotifications({ secret }),
    send: (secret) => ({ 'cf-webhook-auth': secret }),
    secret: 'cf-destination-secret-77aa',
    other: 'cf-destination-secret-77ab',
  },
];

const deliver = (headers: Record<string, string>, body = BODY): Delivery => ({ headers, body });

for (const c of CASES) {
  describe(`${c.name}: static token`, () => {
    it(`accepts the right value and reports scheme "${c.scheme}", whatever the body`, async () => {
      for (const body of [BODY, '', 'not json at all']) {
        const result = await verifyRequest({ method: 'POST', url: URL, headers: c.send(c.secret), body }, c.make(c.secret), { now: NOW });
        expect(result).toMatchObject({ ok: true, scheme: c.scheme });
      }
    });

    it('refuses a wrong value (403), naming the sender', async () => {
      expect(await verdict(c.make(c.secret), deliver(c.send(c.other)), NOW)).toBe('invalid_signature 403');
      expect(await verdict(c.make(c.secret), deliver(c.send(`${c.secret}x`)), NOW)).toBe('invalid_signature 403');
      expect(await verdict(c.make(c.secret), deliver(c.send(c.secret.slice(0, -1))), NOW)).toBe('invalid_signature 403');
      const result = await verifyRequest({ method: 'POST', url: URL, headers: c.send(c.other), body: BODY }, c.make(c.secret), { now: NOW });
      expect(result.ok ? undefined : result.error.scheme).toBe(c.scheme);
    });

    it('refuses a request without the header (401), naming the sender', async () => {
      const headers = { 'content-type': 'application/json' };
      expect(await verdict(c.make(c.secret), deliver(headers), NOW)).toBe('missing_credentials 401');
      const result = await verifyRequest({ method: 'POST', url: URL, headers, body: BODY }, c.make(c.secret), { now: NOW });
      expect(result.ok ? undefined : result.error.scheme).toBe(c.scheme);
    });

    it('accepts any listed value (rotation)', async () => {
      expect(await verdict(c.make([c.other, c.secret]), deliver(c.send(c.secret)), NOW)).toBe('ok');
      expect(await verdict(c.make([c.other]), deliver(c.send(c.secret)), NOW)).toBe('invalid_signature 403');
    });
  });
}

describe('static tokens: the header each sender uses, and no other', () => {
  it("a token in another sender's header is missing, not accepted", async () => {
    const secret = 'shared-value-123';
    expect(await verdict(telegram({ secretToken: secret }), deliver({ 'cf-webhook-auth': secret }), NOW)).toBe('missing_credentials 401');
    expect(await verdict(cloudflareNotifications({ secret }), deliver({ authorization: secret }), NOW)).toBe('missing_credentials 401');
    expect(await verdict(okta({ secret }), deliver({ 'x-telegram-bot-api-secret-token': secret }), NOW)).toBe('missing_credentials 401');
  });

  it('okta compares the whole Authorization value: a Bearer-prefixed secret is not the secret', async () => {
    const secret = 'my-okta-event-hook-secret-4f1c';
    expect(await verdict(okta({ secret }), deliver({ authorization: `Bearer ${secret}` }), NOW)).toBe('invalid_signature 403');
  });
});

describe('postmark: Basic credentials from the webhook URL', () => {
  const verifier = () => postmark({ username: 'postmark-hooks', password: 'p@ss:w0rd-9c1e' });

  it('accepts the right user and password, reporting scheme "postmark" and the user name', async () => {
    const result = await verifyRequest(
      { method: 'POST', url: URL, headers: { authorization: basic('postmark-hooks', 'p@ss:w0rd-9c1e') }, body: '{"RecordType":"Delivery"}' },
      verifier(),
      { now: NOW },
    );
    expect(result).toMatchObject({ ok: true, scheme: 'postmark', claims: { username: 'postmark-hooks' } });
  });

  it('refuses a wrong password or user (403), naming postmark', async () => {
    expect(await verdict(verifier(), deliver({ authorization: basic('postmark-hooks', 'p@ss:w0rd-9c1f') }), NOW)).toBe('invalid_signature 403');
    expect(await verdict(verifier(), deliver({ authorization: basic('someone-else', 'p@ss:w0rd-9c1e') }), NOW)).toBe('invalid_signature 403');
    const result = await verifyRequest({ method: 'POST', url: URL, headers: { authorization: basic('x', 'y') }, body: BODY }, verifier(), { now: NOW });
    expect(result.ok ? undefined : result.error.scheme).toBe('postmark');
  });

  it('refuses a request without credentials (401), naming postmark', async () => {
    expect(await verdict(verifier(), deliver({}), NOW)).toBe('missing_credentials 401');
    const result = await verifyRequest({ method: 'POST', url: URL, headers: {}, body: BODY }, verifier(), { now: NOW });
    expect(result.ok ? undefined : [result.error.scheme, result.error.status]).toEqual(['postmark', 401]);
  });
});
