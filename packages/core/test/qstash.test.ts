import { Receiver } from '@upstash/qstash';
import fc from 'fast-check';
import { qstash, verifyRequest } from '../src/index.js';
import { qstashToken } from './signers.js';

const CURRENT = 'sig_current_7xTqjV3wZ8';
const NEXT = 'sig_next_Pq9rW2mK4d';
const URL_ = 'https://app.example.com/api/workflow';
const BODY = '{"initialData":"hello world"}';

const verifier = qstash({ currentSigningKey: CURRENT, nextSigningKey: NEXT });
const receiver = new Receiver({ currentSigningKey: CURRENT, nextSigningKey: NEXT });

const delivery = (signature: string | undefined, body: string | Uint8Array = BODY, url = URL_) => ({
  method: 'POST',
  url,
  headers: signature === undefined ? {} : { 'upstash-signature': signature },
  body,
});

async function ours(signature: string | undefined, body: string | Uint8Array = BODY, url = URL_, now?: number) {
  const result = await verifyRequest(delivery(signature, body, url), verifier, now === undefined ? {} : { now });
  return result.ok ? 'ok' : result.error.code;
}

async function upstash(signature: string, body: string | Uint8Array = BODY, url = URL_) {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  return receiver.verify({ signature, body: text, url }).then(
    () => 'ok',
    () => 'refused',
  );
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('qstash, cross-checked with @upstash/qstash Receiver', () => {
  it('accepts a token signed with the current or the next key, and returns its claims', async () => {
    for (const key of [CURRENT, NEXT]) {
      const token = await qstashToken({ key, url: URL_, body: BODY });
      expect(await upstash(token)).toBe('ok');
      expect(await ours(token)).toBe('ok');
    }
    const token = await qstashToken({ key: CURRENT, url: URL_, body: BODY });
    const result = await verifyRequest(delivery(token), verifier);
    expect(result).toMatchObject({ ok: true, scheme: 'qstash', claims: { iss: 'Upstash', sub: URL_ } });
    expect(result.ok && typeof result.claims?.['jti']).toBe('string');
  });

  it('refuses what the Receiver refuses: another key, body, URL or issuer', async () => {
    const cases: [string, string, string | Uint8Array, string][] = [
      ['another key', await qstashToken({ key: 'someone-else', url: URL_, body: BODY }), BODY, URL_],
      ['another body', await qstashToken({ key: CURRENT, url: URL_, body: BODY }), `${BODY} `, URL_],
      ['another URL', await qstashToken({ key: CURRENT, url: URL_, body: BODY }), BODY, `${URL_}?x=1`],
      ['another issuer', await qstashToken({ key: CURRENT, url: URL_, body: BODY, issuer: 'Mallory' }), BODY, URL_],
    ];
    for (const [why, token, body, url] of cases) {
      expect([why, await upstash(token, body, url)]).toEqual([why, 'refused']);
      expect([why, await ours(token, body, url)]).toEqual([why, 'invalid_signature']);
    }
  });

  it('refuses expired and not-yet-valid tokens beyond a 5 s tolerance', async () => {
    const issuedAt = 1_700_000_000;
    const token = await qstashToken({ key: CURRENT, url: URL_, body: BODY, issuedAt, lifetime: 300 });
    expect(await upstash(token)).toBe('refused'); // expired long ago on the real clock
    expect(await ours(token, BODY, URL_, issuedAt + 300 + 5)).toBe('ok');
    expect(await ours(token, BODY, URL_, issuedAt + 300 + 6)).toBe('timestamp_out_of_tolerance');
    expect(await ours(token, BODY, URL_, issuedAt - 5)).toBe('ok');
    expect(await ours(token, BODY, URL_, issuedAt - 6)).toBe('timestamp_out_of_tolerance');
    const strict = qstash({ currentSigningKey: CURRENT, nextSigningKey: NEXT, clockToleranceSeconds: 0 });
    const late = await verifyRequest(delivery(token), strict, { now: issuedAt + 301 });
    expect(late.ok || late.error.code).toBe('timestamp_out_of_tolerance');
  });

  it('accepts only HS256: alg none, HS512 and forged headers are refused', async () => {
    const claims = { iss: 'Upstash', sub: URL_, exp: 4_000_000_000, body: '' };
    expect(await ours(`${b64url({ alg: 'none' })}.${b64url(claims)}.`)).toBe('malformed');
    expect(await ours(`${b64url({ alg: 'none' })}.${b64url(claims)}.AAAA`)).toBe('malformed');
    // jose and the Receiver would accept HS512 under the same key; Upstash signs HS256 only.
    const hs512 = await qstashToken({ key: CURRENT, url: URL_, body: BODY, alg: 'HS512' });
    expect(await upstash(hs512)).toBe('ok');
    expect(await ours(hs512)).toBe('malformed');
    const valid = await qstashToken({ key: CURRENT, url: URL_, body: BODY });
    const [, payload, signature] = valid.split('.');
    expect(await ours(`${b64url({ alg: 'HS256', crit: ['b64'], b64: false })}.${payload}.${signature}`)).toBe('malformed');
    expect(await ours(`${valid}.extra`)).toBe('malformed');
    expect(await ours(valid.split('.').slice(0, 2).join('.'))).toBe('malformed');
    expect(await ours(undefined)).toBe('missing_credentials');
  });

  it('accepts a body claim with base64 padding, as the Receiver does', async () => {
    const { SignJWT } = await import('jose');
    const { createHash } = await import('node:crypto');
    const padded = `${createHash('sha256').update(BODY).digest('base64url')}=`;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ body: padded })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('Upstash').setSubject(URL_).setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 300)
      .sign(new TextEncoder().encode(CURRENT));
    expect(await upstash(token)).toBe('ok');
    expect(await ours(token)).toBe('ok');
  });

  it('agrees with the Receiver on random bodies and keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.constantFrom(CURRENT, NEXT, 'other-key'), async (bytes, key) => {
        const body = new TextDecoder().decode(bytes); // the Receiver takes text, so compare on text bodies
        const token = await qstashToken({ key, url: URL_, body });
        expect(await ours(token, body)).toBe((await upstash(token, body)) === 'ok' ? 'ok' : 'invalid_signature');
      }),
      { numRuns: 100 },
    );
  });

  it('refuses any single-byte change to the token, the body or the URL', async () => {
    const token = await qstashToken({ key: CURRENT, url: URL_, body: BODY });
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (where, delta) => {
        const flip = (text: string) => {
          const bytes = Buffer.from(text, 'latin1');
          bytes[where % bytes.length] = (bytes[where % bytes.length]! + delta) % 256;
          return bytes.toString('latin1');
        };
        expect(await ours(flip(token))).not.toBe('ok');
        expect(await ours(token, flip(BODY))).not.toBe('ok');
        expect(await ours(token, BODY, flip(URL_))).not.toBe('ok');
      }),
      { numRuns: 300 },
    );
  });

  it('can skip the URL check for senders behind rewrites, and then still binds the body', async () => {
    const token = await qstashToken({ key: CURRENT, url: URL_, body: BODY });
    const lenient = qstash({ currentSigningKey: CURRENT, nextSigningKey: NEXT, checkUrl: false });
    const elsewhere = await verifyRequest(delivery(token, BODY, 'http://localhost:3000/api/workflow'), lenient);
    expect(elsewhere.ok).toBe(true);
    const tampered = await verifyRequest(delivery(token, `${BODY}!`, URL_), lenient);
    expect(tampered.ok || tampered.error.code).toBe('invalid_signature');
  });
});

describe('qstash signing keys', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY by default', async () => {
    process.env['QSTASH_CURRENT_SIGNING_KEY'] = CURRENT;
    process.env['QSTASH_NEXT_SIGNING_KEY'] = NEXT;
    const token = await qstashToken({ key: NEXT, url: URL_, body: BODY });
    expect((await verifyRequest(delivery(token), qstash())).ok).toBe(true);
  });

  it('is misconfigured, before any request, when a key is missing or empty', async () => {
    delete process.env['QSTASH_CURRENT_SIGNING_KEY'];
    process.env['QSTASH_NEXT_SIGNING_KEY'] = NEXT;
    const fromEnv = qstash();
    expect(fromEnv.checkConfiguration()).toMatchObject({ code: 'misconfigured', status: 500 });
    expect(fromEnv.checkConfiguration()?.message).toContain('QSTASH_CURRENT_SIGNING_KEY');
    const token = await qstashToken({ key: NEXT, url: URL_, body: BODY });
    const result = await verifyRequest(delivery(token), fromEnv);
    expect(result.ok || result.error.code).toBe('misconfigured');
    expect(qstash({ currentSigningKey: CURRENT, nextSigningKey: '' }).checkConfiguration()?.code).toBe('misconfigured');
  });
});
