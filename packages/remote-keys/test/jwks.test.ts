// Tokens signed with keys made here by jose (a well-kept JOSE library, the
// oracle), their key sets served by a local key host reached through an
// injected fetch: Google's for Pub/Sub push, and another issuer's for jwks().
import { verifyRequest, type Verifier } from '@hookguard/core';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { GOOGLE_CERTS_URL, jwks, pubsub } from '../src/index.js';
import { startKeyHost, type KeyHost } from './local-server.js';

const NOW = 1_750_000_000;
const AUDIENCE = 'https://hooks.example.com/pubsub';
const EMAIL = 'pusher@project.iam.gserviceaccount.com';

let host: KeyHost;
let google: { privateKey: KeyLike; kid: string };
let other: { privateKey: KeyLike; kid: string };

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, kid, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

beforeAll(async () => {
  host = await startKeyHost(['www.googleapis.com', 'login.example.com']);
  const g = await keyPair('google-1');
  const o = await keyPair('other-1');
  google = g;
  other = o;
  host.routes.set(new URL(GOOGLE_CERTS_URL).pathname, { body: JSON.stringify({ keys: [g.jwk] }), headers: { 'cache-control': 'public, max-age=19800' } });
  host.routes.set('/.well-known/jwks.json', { body: JSON.stringify({ keys: [o.jwk] }) });
});
afterAll(() => host.close());

const token = (claims: JWTPayload, { key = google, iat = NOW, exp = NOW + 3600, alg = 'RS256' } = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg, kid: key.kid, typ: 'JWT' }).setIssuedAt(iat).setExpirationTime(exp).sign(key.privateKey);

const pushClaims = (extra: JWTPayload = {}): JWTPayload => ({ iss: 'https://accounts.google.com', aud: AUDIENCE, email: EMAIL, email_verified: true, sub: '1234', ...extra });

const verdict = async (verifier: Verifier, authorization: string | undefined, now = NOW) => {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  const result = await verifyRequest({ method: 'POST', url: AUDIENCE, headers, body: '{"message":{"data":"aGk="}}' }, verifier, { now });
  return result.ok ? 'ok' : `${result.error.code} ${result.error.status}`;
};

const push = (extra: Partial<Parameters<typeof pubsub>[0]> = {}) => pubsub({ audience: AUDIENCE, serviceAccountEmail: EMAIL, fetch: host.fetch, ...extra });

describe('pubsub', () => {
  it('accepts a push token Google signed for this audience and service account', async () => {
    expect(await verdict(push(), `Bearer ${await token(pushClaims())}`)).toBe('ok');
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ iss: 'accounts.google.com' }))}`)).toBe('ok');
  });

  it('refuses another audience, another account, an unverified email, another issuer', async () => {
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ aud: 'https://elsewhere.example.com/' }))}`)).toBe('invalid_signature 403');
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ email: 'someone@else.iam.gserviceaccount.com' }))}`)).toBe('invalid_signature 403');
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ email_verified: false }))}`)).toBe('invalid_signature 403');
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ iss: 'https://evil.example.com' }))}`)).toBe('invalid_signature 403');
  });

  it('refuses an expired token (403), one not yet valid, and one signed by a key Google does not publish', async () => {
    expect(await verdict(push(), `Bearer ${await token(pushClaims(), { iat: NOW - 7200, exp: NOW - 3600 })}`)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(push(), `Bearer ${await token(pushClaims({ nbf: NOW + 600 }))}`)).toBe('timestamp_out_of_tolerance 403');
    expect(await verdict(push(), `Bearer ${await token(pushClaims(), { key: { ...other, kid: 'google-1' } })}`)).toBe('invalid_signature 403');
  });

  it('refuses no token (401), and tokens that are not RS256 JWTs (403)', async () => {
    expect(await verdict(push(), undefined)).toBe('missing_credentials 401');
    expect(await verdict(push(), 'Basic dXNlcjpwYXNz')).toBe('malformed 403');
    expect(await verdict(push(), 'Bearer not.a.jwt')).toBe('malformed 403');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(pushClaims({ exp: NOW + 60 }))).toString('base64url')}.`;
    expect(await verdict(push(), `Bearer ${none}`)).toBe('malformed 403');
  });

  it('is misconfigured without an audience or a service account', () => {
    expect(pubsub({ audience: AUDIENCE, serviceAccountEmail: '' }).checkConfiguration()?.code).toBe('misconfigured');
    expect(pubsub({ audience: '', serviceAccountEmail: EMAIL }).checkConfiguration()?.code).toBe('misconfigured');
  });
});

describe('jwks', () => {
  const verifier = (extra: Partial<Parameters<typeof jwks>[0]> = {}) =>
    jwks({ url: 'https://login.example.com/.well-known/jwks.json', issuer: 'https://login.example.com', audience: 'hooks', fetch: host.fetch, ...extra });
  const claims = { iss: 'https://login.example.com', aud: 'hooks', jti: 'delivery-7' };

  it('accepts a token of the key set, with its claims and jti as deliveryId', async () => {
    const result = await verifyRequest({ method: 'POST', url: AUDIENCE, headers: { authorization: `Bearer ${await token(claims, { key: other })}` }, body: '' }, verifier(), { now: NOW });
    expect(result).toMatchObject({ ok: true, scheme: 'jwks', deliveryId: 'delivery-7', claims: { aud: 'hooks' } });
  });

  it('refuses a wrong audience or issuer, and a key set that cannot be fetched (503)', async () => {
    expect(await verdict(verifier(), `Bearer ${await token({ ...claims, aud: 'other' }, { key: other })}`)).toBe('invalid_signature 403');
    expect(await verdict(verifier(), `Bearer ${await token({ ...claims, iss: 'https://x' }, { key: other })}`)).toBe('invalid_signature 403');
    const gone = verifier({ url: 'https://login.example.com/missing.json' });
    expect(await verdict(gone, `Bearer ${await token(claims, { key: other })}`)).toBe('key_unavailable 503');
    const unreachable = verifier({ url: 'https://unreachable.example.com/jwks.json' });
    expect(await verdict(unreachable, `Bearer ${await token(claims, { key: other })}`)).toBe('key_unavailable 503');
  });

  it('refetches the set for a new key, at most once per cooldown: a flood of unknown kids is not a flood of fetches', async () => {
    const rotated = await keyPair('rotated-2');
    const path = '/rotating/jwks.json';
    host.routes.set(path, { body: JSON.stringify({ keys: [(await keyPair('old-1')).jwk] }) });
    const v = verifier({ url: `https://login.example.com${path}` });
    const fetches = () => host.fetched.filter((p) => p === path).length;
    expect(await verdict(v, `Bearer ${await token(claims, { key: rotated })}`)).toBe('invalid_signature 403');
    expect(fetches()).toBe(1); // fetched just now: no refetch within the cooldown
    host.routes.set(path, { body: JSON.stringify({ keys: [rotated.jwk] }) });
    expect(await verdict(v, `Bearer ${await token(claims, { key: rotated, iat: NOW + 60, exp: NOW + 3600 })}`, NOW + 60)).toBe('ok');
    expect(fetches()).toBe(2);
    for (let i = 0; i < 5; i++) await verdict(v, `Bearer ${await token(claims, { key: { ...rotated, kid: `made-up-${i}` }, iat: NOW + 61 })}`, NOW + 61);
    expect(fetches()).toBe(2);
  });

  it('answers 503 for a key set jose refuses, and fetches again once the host mends it (a failed load is not kept)', async () => {
    const path = '/broken/jwks.json';
    host.routes.set(path, { body: '{"keys":[1]}' });
    const v = verifier({ url: `https://login.example.com${path}` });
    expect(await verdict(v, `Bearer ${await token(claims, { key: other })}`)).toBe('key_unavailable 503');
    const mended = await keyPair('mended-1');
    host.routes.set(path, { body: JSON.stringify({ keys: [mended.jwk] }) });
    expect(await verdict(v, `Bearer ${await token(claims, { key: mended })}`)).toBe('ok');
  });

  it('refuses a token without exp: it would never expire', async () => {
    const forever = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: other.kid }).setIssuedAt(NOW).sign(other.privateKey);
    expect(await verdict(verifier(), `Bearer ${forever}`)).toBe('invalid_signature 403');
  });

  it('is misconfigured with a URL that is not https', () => {
    expect(jwks({ url: 'http://login.example.com/jwks.json', issuer: 'x', audience: 'y' }).checkConfiguration()?.code).toBe('misconfigured');
  });
});
