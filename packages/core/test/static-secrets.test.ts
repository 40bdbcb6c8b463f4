import { basicAuth, bearerToken, querySecret, sharedSecret, verifyRequest, type Verifier } from '../src/index.js';

const post = (headers: Record<string, string | string[]>, url = 'https://api.example.com/hook') =>
  ({ method: 'POST', url, headers, body: '{}' });

async function codeOf(verifier: Verifier, request: ReturnType<typeof post>) {
  const result = await verifyRequest(request, verifier);
  return result.ok ? 'ok' : `${result.error.code} ${result.error.status}`;
}

describe('sharedSecret (Hasura Action header)', () => {
  const verifier = sharedSecret({ secret: 'super_secret_token' });

  it('accepts the secret in the verification_key header, whatever the header name case', async () => {
    expect(await codeOf(verifier, post({ verification_key: 'super_secret_token' }))).toBe('ok');
    expect(await codeOf(verifier, post({ 'Verification_Key': 'super_secret_token' }))).toBe('ok');
  });

  it('answers 401 without the header and 403 with a wrong, longer, shorter or repeated value', async () => {
    expect(await codeOf(verifier, post({}))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({ verification_key: '' }))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({ verification_key: 'super_secret_tokeN' }))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({ verification_key: 'super_secret_token!' }))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({ verification_key: 'super_secret_toke' }))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({ verification_key: ['super_secret_token', 'x'] }))).toBe('malformed 403');
  });

  it('reads another header when told, and accepts every secret of a rotation list', async () => {
    const rotating = sharedSecret({ header: 'x-action-secret', secret: ['old', 'new'] });
    expect(await codeOf(rotating, post({ 'x-action-secret': 'old' }))).toBe('ok');
    expect(await codeOf(rotating, post({ 'x-action-secret': 'new' }))).toBe('ok');
    expect(await codeOf(rotating, post({ 'x-action-secret': 'older' }))).toBe('invalid_signature 403');
    expect(await codeOf(rotating, post({ verification_key: 'new' }))).toBe('missing_credentials 401');
  });
});

describe('querySecret (Auth0 Webtask)', () => {
  const verifier = querySecret({ secret: 'w3bt4sk' });

  it('accepts ?secret= and compares the decoded value', async () => {
    expect(await codeOf(verifier, post({}, 'https://wt.example.com/x?secret=w3bt4sk'))).toBe('ok');
    expect(await codeOf(querySecret({ param: 'key', secret: 'a b&c' }), post({}, 'https://x/?key=a%20b%26c'))).toBe('ok');
  });

  it('refuses a missing, wrong or repeated parameter', async () => {
    expect(await codeOf(verifier, post({}, 'https://wt.example.com/x'))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({}, 'https://wt.example.com/x?secret='))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({}, 'https://wt.example.com/x?secret=w3bt4sK'))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({}, 'https://wt.example.com/x?secret=w3bt4sk&secret=w3bt4sk'))).toBe('malformed 403');
  });

  it('needs an absolute URL, and refuses a request without one as malformed (a client must never raise the configuration alarm)', async () => {
    expect(await codeOf(verifier, post({}, '/x?secret=w3bt4sk'))).toBe('malformed 403');
  });
});

describe('bearerToken', () => {
  const verifier = bearerToken({ token: 'tok_123' });

  it('accepts Authorization: Bearer <token>, scheme name in any case', async () => {
    expect(await codeOf(verifier, post({ authorization: 'Bearer tok_123' }))).toBe('ok');
    expect(await codeOf(verifier, post({ Authorization: 'bearer   tok_123' }))).toBe('ok');
  });

  it('treats another auth scheme as missing, and refuses empty or wrong tokens', async () => {
    expect(await codeOf(verifier, post({}))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({ authorization: 'Basic tok_123' }))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({ authorization: 'Bearertok_123' }))).toBe('missing_credentials 401');
    expect(await codeOf(verifier, post({ authorization: 'Bearer ' }))).toBe('malformed 403');
    expect(await codeOf(verifier, post({ authorization: 'Bearer' }))).toBe('malformed 403');
    expect(await codeOf(verifier, post({ authorization: 'Bearer tok_124' }))).toBe('invalid_signature 403');
  });
});

describe('basicAuth', () => {
  const verifier = basicAuth({ username: 'twilio', password: ['pw-old', 'pw:new'] });
  const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

  it('accepts user:password (a password may contain a colon) and reports the user name', async () => {
    const result = await verifyRequest(post({ authorization: basic('twilio:pw:new') }), verifier);
    expect(result).toEqual({ ok: true, scheme: 'basic', claims: { username: 'twilio' } });
    expect(await codeOf(verifier, post({ authorization: basic('twilio:pw-old') }))).toBe('ok');
  });

  it('refuses a wrong user or password, and credentials that are not base64 user:password', async () => {
    expect(await codeOf(verifier, post({ authorization: basic('twilio:pw') }))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({ authorization: basic('Twilio:pw-old') }))).toBe('invalid_signature 403');
    expect(await codeOf(verifier, post({ authorization: basic('twilio') }))).toBe('malformed 403');
    expect(await codeOf(verifier, post({ authorization: 'Basic !!!' }))).toBe('malformed 403');
    expect(await codeOf(verifier, post({ authorization: 'Bearer x' }))).toBe('missing_credentials 401');
  });
});
