import { autify, hmac, verifyRequest, type Verifier } from '../src/index.js';
import { hmacOf } from './signers.js';

// Published vectors: RFC 2202 §3 and RFC 4231 §4.3 (test case 2).
const JEFE = { key: 'Jefe', body: 'what do ya want for nothing?' };
const RFC_VECTORS = {
  sha1: 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
  sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  sha512:
    '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
} as const;

const signed = (header: string, value: string | string[] | undefined, body: string | Uint8Array) => ({
  method: 'POST',
  url: 'https://example.com/hook',
  headers: value === undefined ? {} : { [header]: value },
  body,
});

async function codeOf(verifier: Verifier, request: ReturnType<typeof signed>) {
  const result = await verifyRequest(request, verifier);
  return result.ok ? 'ok' : result.error.code;
}

describe('hmac', () => {
  it.each(Object.entries(RFC_VECTORS))('matches the RFC %s vector in hex, base64 and base64url', async (algorithm, hex) => {
    const bytes = Buffer.from(hex, 'hex');
    for (const [encoding, text] of [
      ['hex', hex],
      ['base64', bytes.toString('base64')],
      ['base64url', bytes.toString('base64url')],
    ] as const) {
      const verifier = hmac({ header: 'x-sig', algorithm: algorithm as 'sha1', encoding, secret: JEFE.key });
      expect(await codeOf(verifier, signed('x-sig', text, JEFE.body))).toBe('ok');
      expect(await codeOf(verifier, signed('x-sig', text, JEFE.body + ' '))).toBe('invalid_signature');
    }
  });

  it('accepts only the canonical spelling of a signature, as the providers compare strings', async () => {
    const bytes = Buffer.from(RFC_VECTORS.sha256, 'hex');
    const base64 = bytes.toString('base64');
    const verify = (encoding: 'hex' | 'base64' | 'base64url', text: string) =>
      codeOf(hmac({ header: 'x-sig', algorithm: 'sha256', encoding, secret: JEFE.key }), signed('x-sig', text, JEFE.body));
    expect(await verify('hex', RFC_VECTORS.sha256.toUpperCase())).toBe('malformed');
    expect(await verify('base64', base64.replace(/=$/, ''))).toBe('malformed');
    // The last character before the padding carries two unused bits: flipping them
    // spells the same bytes, and must still not pass.
    const last = base64.at(-2)!;
    const sameBytes = base64.slice(0, -2) + String.fromCharCode(last.charCodeAt(0) + 1) + '=';
    expect(Buffer.from(sameBytes, 'base64').equals(bytes)).toBe(true);
    expect(await verify('base64', sameBytes)).toBe('invalid_signature');
    expect(await verify('base64url', bytes.toString('base64url'))).toBe('ok');
  });

  it('refuses a missing prefix, a truncated or extended signature and repeated headers', async () => {
    const header = `sha256=${RFC_VECTORS.sha256}`;
    const verifier = hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=', secret: JEFE.key });
    expect(await codeOf(verifier, signed('x-sig', header, JEFE.body))).toBe('ok');
    expect(await codeOf(verifier, signed('x-sig', header.slice(7), JEFE.body))).toBe('malformed');
    expect(await codeOf(verifier, signed('x-sig', header.slice(0, -2), JEFE.body))).toBe('malformed');
    expect(await codeOf(verifier, signed('x-sig', `${header}00`, JEFE.body))).toBe('malformed');
    expect(await codeOf(verifier, signed('x-sig', [header, header], JEFE.body))).toBe('malformed');
  });

  it('signs the raw bytes, so re-serialized JSON does not verify', async () => {
    const raw = '{"a": 1,  "b":[1,2]}';
    const header = `sha256=${hmacOf('sha256', 'k', raw).toString('hex')}`;
    const verifier = hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=', secret: 'k' });
    expect(await codeOf(verifier, signed('x-sig', header, raw))).toBe('ok');
    expect(await codeOf(verifier, signed('x-sig', header, JSON.stringify(JSON.parse(raw))))).toBe('invalid_signature');
  });

  it('accepts any key of a rotation list and refuses keys outside it', async () => {
    const body = new Uint8Array([0, 1, 2, 255]);
    const signature = hmacOf('sha256', 'next', body).toString('base64');
    const rotating = hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'base64', secret: ['current', 'next'] });
    const other = hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'base64', secret: 'current' });
    expect(await codeOf(rotating, signed('x-sig', signature, body))).toBe('ok');
    expect(await codeOf(other, signed('x-sig', signature, body))).toBe('invalid_signature');
  });

  it('refuses signatures of another algorithm, even when they would match under it', async () => {
    const sha1 = hmacOf('sha1', 'k', 'body').toString('hex');
    const verifier = hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', secret: 'k' });
    expect(await codeOf(verifier, signed('x-sig', sha1, 'body'))).toBe('malformed');
  });

  it('is misconfigured, at cold start and for every request, with an unknown algorithm, encoding or no header', async () => {
    const nonsense = [
      hmac({ header: 'x', algorithm: 'md5' as 'sha1', encoding: 'hex', secret: 'k' }),
      hmac({ header: 'x', algorithm: 'sha1', encoding: 'latin1' as 'hex', secret: 'k' }),
      hmac({ header: ' ', algorithm: 'sha1', encoding: 'hex', secret: 'k' }),
      hmac({ header: undefined as unknown as string, algorithm: 'sha1', encoding: 'hex', secret: 'k' }),
    ];
    for (const verifier of nonsense) {
      expect(verifier.checkConfiguration()?.code).toBe('misconfigured');
      expect(await codeOf(verifier, signed('x', hmacOf('sha1', 'k', 'body').toString('hex'), 'body'))).toBe('misconfigured');
    }
  });
});

describe('autify', () => {
  const secret = 'b2f82af62f9980f6b01e1cd7e716230d0a063f58';
  const body = '{"event":"test_plan_result","status":"passed"}';
  const header = `sha1=${hmacOf('sha1', secret, body).toString('hex')}`;

  it('accepts X-Autify-Signature: sha1=<hex> over the raw body', async () => {
    expect(await codeOf(autify({ secret }), signed('X-Autify-Signature', header, body))).toBe('ok');
    const result = await verifyRequest(signed('x-autify-signature', header, body), autify({ secret }));
    expect(result).toEqual({ ok: true, scheme: 'autify' });
  });

  it('refuses a tampered body, a wrong secret, a missing header and a sha256= prefix', async () => {
    expect(await codeOf(autify({ secret }), signed('x-autify-signature', header, `${body} `))).toBe('invalid_signature');
    expect(await codeOf(autify({ secret: `${secret}0` }), signed('x-autify-signature', header, body))).toBe('invalid_signature');
    expect(await codeOf(autify({ secret }), signed('x-autify-signature', undefined, body))).toBe('missing_credentials');
    expect(await codeOf(autify({ secret }), signed('x-autify-signature', header.replace('sha1=', 'sha256='), body))).toBe('malformed');
  });
});
