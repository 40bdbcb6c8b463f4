// fast-check properties over the schemes not covered by an SDK oracle: what the
// reference signer produces is accepted; one changed byte in the body, the
// credential header or the secret is refused.
import fc from 'fast-check';
import { autify, bearerToken, hmac, querySecret, sharedSecret, verifyRequest, type Verifier } from '../src/index.js';
import { hmacOf } from './signers.js';

interface Scheme {
  build(secret: string): Verifier;
  /** The credential the sender attaches, computed without hookguard. */
  credential(secret: string, body: Uint8Array): string;
  header: string;
  signsBody: boolean;
  /** Where the credential's own bytes start: `Bearer` may be spelled in any case (RFC 9110), so it is not mutated. */
  mutableFrom?: number;
}

const schemes: Record<string, Scheme> = {
  'sharedSecret': { build: (secret) => sharedSecret({ secret }), credential: (s) => s, header: 'verification_key', signsBody: false },
  'bearerToken': {
    build: (token) => bearerToken({ token }),
    credential: (s) => `Bearer ${s}`,
    header: 'authorization',
    signsBody: false,
    mutableFrom: 'Bearer '.length,
  },
  'autify': {
    build: (secret) => autify({ secret }),
    credential: (s, body) => `sha1=${hmacOf('sha1', s, body).toString('hex')}`,
    header: 'x-autify-signature',
    signsBody: true,
  },
  'hmac sha256 hex': {
    build: (secret) => hmac({ header: 'x-hub-signature-256', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=', secret }),
    credential: (s, body) => `sha256=${hmacOf('sha256', s, body).toString('hex')}`,
    header: 'x-hub-signature-256',
    signsBody: true,
  },
  'hmac sha512 base64': {
    build: (secret) => hmac({ header: 'x-sig', algorithm: 'sha512', encoding: 'base64', secret }),
    credential: (s, body) => hmacOf('sha512', s, body).toString('base64'),
    header: 'x-sig',
    signsBody: true,
  },
};

const secret = fc.stringMatching(/^[A-Za-z0-9_\-.~]{1,40}$/);
const body = fc.uint8Array({ maxLength: 2048 });
const mutation = fc.record({ where: fc.nat(), delta: fc.integer({ min: 1, max: 255 }) });

function flipBytes(bytes: Uint8Array, { where, delta }: { where: number; delta: number }): Uint8Array {
  const copy = Uint8Array.from(bytes.length ? bytes : [0]);
  copy[where % copy.length] = (copy[where % copy.length]! + delta) % 256;
  return copy;
}
const flipText = (text: string, change: { where: number; delta: number }) => Buffer.from(flipBytes(Buffer.from(text, 'latin1'), change)).toString('latin1');

const request = (header: string, value: string, bytes: Uint8Array | string) => ({ method: 'POST', url: 'https://x/hook', headers: { [header]: value }, body: bytes });
const accepted = async (verifier: Verifier, req: ReturnType<typeof request>) => (await verifyRequest(req, verifier)).ok;

describe.each(Object.entries(schemes))('%s properties', (_name, scheme) => {
  it('accepts what the reference signer produces', async () => {
    await fc.assert(
      fc.asyncProperty(secret, body, async (key, bytes) => {
        expect(await accepted(scheme.build(key), request(scheme.header, scheme.credential(key, bytes), bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts a text body (as Lambda and Netlify events carry it) signed over its UTF-8 bytes', async () => {
    // Any UTF-16 units, lone surrogates included: those become U+FFFD's bytes, in the signer's encoding as in ours.
    const text = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 512 });
    await fc.assert(
      fc.asyncProperty(secret, text, async (key, body) => {
        expect(await accepted(scheme.build(key), request(scheme.header, scheme.credential(key, Buffer.from(body)), body))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses one changed byte in the credential or the secret, and in the body when it is signed', async () => {
    await fc.assert(
      fc.asyncProperty(secret, body, mutation, async (key, bytes, change) => {
        const credential = scheme.credential(key, bytes);
        const verifier = scheme.build(key);
        const start = scheme.mutableFrom ?? 0;
        const changed = credential.slice(0, start) + flipText(credential.slice(start), change);
        expect(await accepted(verifier, request(scheme.header, changed, bytes))).toBe(false);
        const otherKey = flipText(key, change);
        expect(await accepted(scheme.build(otherKey), request(scheme.header, credential, bytes))).toBe(false);
        if (scheme.signsBody) expect(await accepted(verifier, request(scheme.header, credential, flipBytes(bytes, change)))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('querySecret properties', () => {
  it('accepts the encoded secret and refuses one changed byte in it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }).filter((text) => text.trim() !== ''), mutation, async (key, change) => {
        const verifier = querySecret({ secret: key });
        const url = (value: string) => `https://wt.example.com/run?secret=${encodeURIComponent(value)}`;
        const get = (value: string) => verifyRequest({ method: 'GET', url: url(value), headers: {} }, verifier);
        expect((await get(key)).ok).toBe(true);
        const changed = flipText(key, change);
        if (changed !== key) expect((await get(changed)).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
