// The same checks through the WebCrypto twin, as on Edge and Deno: core is loaded
// with `process.getBuiltinModule` hidden, so it cannot reach node:crypto.
import type * as Core from '../src/index.js';
import type * as CryptoModule from '../src/crypto/index.js';
import { generateKeyPairSync, sign as ed25519Sign } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { hmacOf, qstashToken, twilioSignature } from './signers.js';

let core: typeof Core;
let cryptoModule: typeof CryptoModule;
let webBackend: unknown;

beforeAll(() => {
  const original = process.getBuiltinModule;
  (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
  try {
    jest.isolateModules(() => {
      core = require('../src/index.js');
      cryptoModule = require('../src/crypto/index.js');
      webBackend = require('../src/crypto/web.js').webBackend;
    });
  } finally {
    process.getBuiltinModule = original;
  }
});

const post = (url: string, headers: Record<string, string>, body: string) => ({ method: 'POST', url, headers, body });

describe('WebCrypto backend', () => {
  it('is the backend when node:crypto is out of reach', () => {
    expect(cryptoModule.backend).toBe(webBackend);
  });

  it('verifies QStash and Lambda-style bodies with no Buffer either, as on Edge and Deno', async () => {
    const buffer = globalThis.Buffer;
    let edge: typeof Core;
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    try {
      jest.isolateModules(() => {
        edge = require('../src/index.js');
      });
    } finally {
      globalThis.Buffer = buffer;
    }
    const url = 'https://edge.example.com/api';
    const token = await qstashToken({ key: 'cur', url, body: 'é' });
    const result = await edge!.verifyRequest(post(url, { 'upstash-signature': token }, 'é'), edge!.qstash({ currentSigningKey: 'cur', nextSigningKey: 'n' }));
    expect(result).toMatchObject({ ok: true, claims: { iss: 'Upstash', sub: url } });
    expect([...edge!.decodeEventBody('AP8=', true)]).toEqual([0, 255]);
    expect(edge!.decodeEventBody('é', false)).toBe('é');
  });

  it('is the backend where touching process.getBuiltinModule throws, as in Next.js Edge', () => {
    const original = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule')!;
    Object.defineProperty(process, 'getBuiltinModule', {
      configurable: true,
      get() {
        throw new Error('A Node.js API is used (process.getBuiltinModule) which is not supported in the Edge Runtime.');
      },
    });
    try {
      jest.isolateModules(() => {
        const { backend } = require('../src/crypto/index.js') as typeof CryptoModule;
        expect(backend).toBe((require('../src/crypto/web.js') as { webBackend: unknown }).webBackend);
      });
    } finally {
      Object.defineProperty(process, 'getBuiltinModule', original);
    }
  });

  it.each(['sha1', 'sha256', 'sha512'] as const)('verifies %s HMACs made by node:crypto', async (algorithm) => {
    const verifier = core.hmac({ header: 'x-sig', algorithm, encoding: 'base64', secret: ['k1', 'k2'] });
    const signature = hmacOf(algorithm, 'k2', 'payload').toString('base64');
    expect((await core.verifyRequest(post('https://x/', { 'x-sig': signature }, 'payload'), verifier)).ok).toBe(true);
    const forged = await core.verifyRequest(post('https://x/', { 'x-sig': signature }, 'payloaD'), verifier);
    expect(forged.ok || forged.error.code).toBe('invalid_signature');
  });

  it('verifies Twilio, QStash and shared secrets', async () => {
    const url = 'https://mycompany.com/myapp.php?foo=1';
    const twilioOk = await core.verifyRequest(
      post(url, { 'x-twilio-signature': twilioSignature('tok', url, { A: 'b' }), 'content-type': 'application/x-www-form-urlencoded' }, 'A=b'),
      core.twilio({ authToken: 'tok' }),
    );
    expect(twilioOk.ok).toBe(true);
    const token = await qstashToken({ key: 'cur', url, body: '{}' });
    const qstashOk = await core.verifyRequest(post(url, { 'upstash-signature': token }, '{}'), core.qstash({ currentSigningKey: 'cur', nextSigningKey: 'nxt' }));
    expect(qstashOk.ok).toBe(true);
    const shared = core.sharedSecret({ secret: 'abc' });
    expect((await core.verifyRequest(post(url, { verification_key: 'abc' }, ''), shared)).ok).toBe(true);
    expect((await core.verifyRequest(post(url, { verification_key: 'abd' }, ''), shared)).ok).toBe(false);
  });

  it('verifies Standard Webhooks with byte keys and Ed25519, and Stripe with parts', async () => {
    const now = Math.floor(Date.now() / 1000);
    const secret = `whsec_${Buffer.from('web crypto key bytes').toString('base64')}`;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const whpk = `whpk_${publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('base64')}`;
    const body = '{"type":"user.created"}';
    const verifier = core.standardWebhooks({ secret: [secret, whpk] });
    const headers = (signature: string) => ({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(now), 'webhook-signature': signature });
    const symmetric = new Webhook(secret).sign('msg_1', new Date(now * 1000), body);
    const asymmetric = `v1a,${ed25519Sign(null, Buffer.from(`msg_1.${now}.${body}`), privateKey).toString('base64')}`;
    for (const signature of [symmetric, asymmetric]) {
      expect((await core.verifyRequest(post('https://x/', headers(signature), body), verifier)).ok).toBe(true);
      expect((await core.verifyRequest(post('https://x/', headers(signature), `${body} `), verifier)).ok).toBe(false);
    }
    const stripeHeader = `t=${now},v1=${hmacOf('sha256', 'whsec_s', `${now}.${body}`).toString('hex')}`;
    expect((await core.verifyRequest(post('https://x/', { 'stripe-signature': stripeHeader }, body), core.stripe({ secret: 'whsec_s' }))).ok).toBe(true);
    const slackHeaders = { 'x-slack-request-timestamp': String(now), 'x-slack-signature': `v0=${hmacOf('sha256', 'sl', `v0:${now}:${body}`).toString('hex')}` };
    const slackVerifier = core.slack({ signingSecret: ['other', 'sl'] });
    expect(await core.verifyRequest(post('https://x/', slackHeaders, body), slackVerifier, { replay: true })).toMatchObject({ ok: true, replayKey: expect.any(String) });
    expect((await core.verifyRequest(post('https://x/', slackHeaders, `${body} `), slackVerifier)).ok).toBe(false);
  });
});
