import {
  autify, basicAuth, bearerToken, github, hmac, qstash, querySecret, sharedSecret, shopify, slack, standardWebhooks, stripe,
  twilio, verifyRequest, type SecretInput, type Verifier,
} from '../src/index.js';

// Every factory, built with one bad secret value.
const factories: Record<string, (secret: SecretInput) => Verifier> = {
  sharedSecret: (secret) => sharedSecret({ secret }),
  querySecret: (secret) => querySecret({ secret }),
  bearerToken: (token) => bearerToken({ token }),
  basicAuth: (password) => basicAuth({ username: 'u', password }),
  hmac: (secret) => hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', secret }),
  autify: (secret) => autify({ secret }),
  twilio: (authToken) => twilio({ authToken }),
  qstash: (currentSigningKey) => qstash({ currentSigningKey, nextSigningKey: 'n' }),
  github: (secret) => github({ secret }),
  stripe: (secret) => stripe({ secret }),
  slack: (signingSecret) => slack({ signingSecret }),
  standardWebhooks: (secret) => standardWebhooks({ secret }),
  shopify: (secret) => shopify({ secret }),
};
const badSecrets: [string, SecretInput][] = [
  ['undefined', undefined],
  ['an empty string', ''],
  ['an empty list', []],
  ['a list with an empty entry', ['ok', '']],
  ['an unset environment variable', { env: 'HOOKGUARD_TEST_UNSET' }],
];

// A request whose every credential is empty, so an empty secret would "match" if it were allowed.
const emptyCredentials = {
  method: 'POST',
  url: 'https://x/?secret=',
  headers: {
    verification_key: '', authorization: 'Basic dTo=', 'x-sig': '', 'x-autify-signature': '', 'x-twilio-signature': '',
    'upstash-signature': '', 'x-hub-signature-256': '', 'stripe-signature': '', 'x-slack-signature': '', 'webhook-signature': '',
    'x-shopify-hmac-sha256': '',
  },
  body: '',
};

describe.each(Object.entries(factories))('%s configuration', (_name, build) => {
  it.each(badSecrets)('fails closed with a 500 when the secret is %s', async (_why, secret) => {
    const verifier = build(secret);
    expect(verifier.checkConfiguration()).toMatchObject({ code: 'misconfigured', status: 500 });
    const result = await verifyRequest(emptyCredentials, verifier);
    expect(result.ok || result.error.code).toBe('misconfigured');
  });

  it('has no configuration error when the secret is set', () => {
    expect(build('czNjcmV0').checkConfiguration()).toBeUndefined(); // base64, for Standard Webhooks
  });
});

describe('secrets from the environment', () => {
  afterEach(() => {
    delete process.env['HOOKGUARD_TEST_KEY'];
  });

  it('names the variable, and picks it up once it is set', async () => {
    const verifier = sharedSecret({ secret: { env: 'HOOKGUARD_TEST_KEY' } });
    expect(verifier.checkConfiguration()?.message).toBe('shared-secret: environment variable HOOKGUARD_TEST_KEY is not set, empty or blank');
    process.env['HOOKGUARD_TEST_KEY'] = 'from-env';
    expect(verifier.checkConfiguration()).toBeUndefined();
    const request = { method: 'POST', url: 'https://x/', headers: { verification_key: 'from-env' }, body: '' };
    expect((await verifyRequest(request, verifier)).ok).toBe(true);
  });

  it('names the option when a literal secret is missing', () => {
    expect(basicAuth({ username: 'u', password: undefined }).checkConfiguration()?.message).toBe('basic: option "password" is not set');
  });
});
