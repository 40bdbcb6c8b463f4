// The classes of attack and misconfiguration of the hardening issue, each on
// verifyRequest: every test here failed on the code before it.
import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import {
  basicAuth,
  memoryReplayStore,
  qstash,
  sharedSecret,
  slack,
  standardWebhooks,
  stripe,
  twilio,
  verifyRequest,
  withRequestVerification,
  type ReplayStore,
  type Verifier,
} from '../src/index.js';
import { twilioSignature } from './signers.js';

const sdk = new Stripe('sk_test_offline');
const T = 1_700_000_000;
const BODY = '{"id":"evt_1"}';
const post = (headers: Record<string, string>, body: string = BODY, url = 'https://shop.example.com/hook') => ({ method: 'POST', url, headers, body });
const code = (result: Awaited<ReturnType<typeof verifyRequest>>) => (result.ok ? 'ok' : `${result.error.code} ${result.error.status}`);

describe('replay keys come from what was verified, not from header text', () => {
  const secret = 'whsec_respelled';
  const header = sdk.webhooks.generateTestHeaderString({ payload: BODY, secret, timestamp: T });
  const v1 = header.split(',v1=')[1]!;
  const wrong = 'a'.repeat(64);

  it('Stripe: every spelling of one signed header is one delivery', async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = stripe({ secret });
    expect(code(await verifyRequest(post({ 'stripe-signature': header }), verifier, { now: T, replay }))).toBe('ok');
    for (const respelled of [`v1=${v1},t=${T}`, `t=${T}, v1=${v1}`, `t=${T},v0=${wrong},v1=${v1}`, `t=${T},v1=${wrong},v1=${v1}`, `t=${T},v1=${v1},v1=${v1}`]) {
      expect([respelled, code(await verifyRequest(post({ 'stripe-signature': respelled }), verifier, { now: T, replay }))]).toEqual([respelled, 'replayed 409']);
    }
  });

  it('Stripe: during a rotation, the signature under either secret is the same delivery', async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = stripe({ secret: [secret, 'whsec_next'] });
    const next = sdk.webhooks.generateTestHeaderString({ payload: BODY, secret: 'whsec_next', timestamp: T });
    expect(code(await verifyRequest(post({ 'stripe-signature': next }), verifier, { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(post({ 'stripe-signature': header }), verifier, { now: T, replay }))).toBe('replayed 409');
  });

  it('Standard Webhooks: a re-spelled or extended signature list is the same delivery', async () => {
    const key = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const headers = new Webhook(key).sign('msg_1', new Date(T * 1000), BODY);
    const signed = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(T) };
    const replay = { store: memoryReplayStore() };
    const verifier = standardWebhooks({ secret: key });
    expect(code(await verifyRequest(post({ ...signed, 'webhook-signature': headers }), verifier, { now: T, replay }))).toBe('ok');
    for (const respelled of [`v1,${'A'.repeat(43)}= ${headers}`, `${headers} v1,${'B'.repeat(43)}=`, `  ${headers}  `]) {
      expect(code(await verifyRequest(post({ ...signed, 'webhook-signature': respelled }), verifier, { now: T, replay }))).toBe('replayed 409');
    }
  });
});

describe('no input throws', () => {
  it('Basic credentials that are not base64 are malformed, not an exception', async () => {
    const verifier = basicAuth({ username: 'u', password: 'p' });
    for (const credentials of ['ABC==', '=', 'ABCD=', `${'A'.repeat(43)}==`, 'A===']) {
      expect(code(await verifyRequest(post({ authorization: `Basic ${credentials}` }), verifier))).toBe('malformed 403');
    }
  });

  it('a Standard Webhooks v1a signature that is not base64 is a mismatch, not an exception', async () => {
    const verifier = standardWebhooks({ secret: `whpk_${Buffer.alloc(32, 7).toString('base64')}` });
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(T) };
    for (const signature of ['v1a,ABC==', 'v1a,=', 'v1a,']) {
      expect(code(await verifyRequest(post({ ...headers, 'webhook-signature': signature }), verifier, { now: T }))).toBe('invalid_signature 403');
    }
  });

  it('tries no more v1a signatures than there are public keys: a list of hundreds costs what one does', async () => {
    const { generateKeyPairSync, sign } = await import('node:crypto');
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
    const verifier = standardWebhooks({ secret: `whpk_${raw.toString('base64')}` });
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(T) };
    const valid = `v1a,${sign(null, Buffer.from(`msg_1.${T}.${BODY}`), privateKey).toString('base64')}`;
    const forged = (count: number) => Array.from({ length: count }, () => `v1a,${Buffer.alloc(64, 1).toString('base64')}`).join(' ');
    const status = async (signatures: string) => code(await verifyRequest(post({ ...headers, 'webhook-signature': signatures }), verifier, { now: T }));
    expect(await status(valid)).toBe('ok');
    expect(await status(`${forged(20)} ${valid}`)).toBe('invalid_signature 403');
    expect(await status(`${valid} ${forged(20)}`)).toBe('ok');
    // Longer than any sender's list: refused before it is parsed.
    expect(await status(`${valid} ${forged(200)}`)).toBe('malformed 403');
  });

  it('refuses a Stripe header of more entries than Stripe lists, before parsing it', async () => {
    const header = sdk.webhooks.generateTestHeaderString({ payload: BODY, secret: 'whsec_many', timestamp: T });
    const verifier = stripe({ secret: 'whsec_many' });
    expect(code(await verifyRequest(post({ 'stripe-signature': `${header}${',v0=0'.repeat(20)}` }), verifier, { now: T }))).toBe('ok');
    expect(code(await verifyRequest(post({ 'stripe-signature': `${header}${',v1='.repeat(4000)}` }), verifier, { now: T }))).toBe('malformed 403');
  });

  it('a custom store that throws, answers a non-boolean or never answers is a 503, not a rejection', async () => {
    const verifier = stripe({ secret: 'whsec_store' });
    const signed = () => post({ 'stripe-signature': sdk.webhooks.generateTestHeaderString({ payload: BODY, secret: 'whsec_store', timestamp: T }) });
    const stores: ReplayStore[] = [
      { claim: () => { throw new Error('sync'); } },
      { claim: () => 'yes' as unknown as boolean },
      { claim: () => undefined as unknown as boolean },
      { claim: () => Promise.resolve(1 as unknown as boolean) },
      { claim: () => new Promise<boolean>(() => undefined) },
    ];
    for (const store of stores) {
      expect(code(await verifyRequest(signed(), verifier, { now: T, replay: { store, timeoutMs: 30 } }))).toBe('store_unavailable 503');
    }
  });

  it('a custom verifier that throws or answers nonsense is refused with 500 internal_error, logged once, with no stack', async () => {
    const lines: string[] = [];
    const log = jest.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
    try {
      const throwing: Verifier = { scheme: 'custom', checkConfiguration: () => undefined, verify: () => { throw new RangeError('boom'); } };
      const nonsense: Verifier = { scheme: 'custom', checkConfiguration: () => undefined, verify: async () => ({ ok: 1 }) as never };
      for (let i = 0; i < 3; i++) {
        expect(code(await verifyRequest(post({}), throwing))).toBe('internal_error 500');
        expect(code(await verifyRequest(post({}), nonsense))).toBe('internal_error 500');
      }
      expect(lines).toHaveLength(2);
      expect(lines.join('\n')).toContain('RangeError: boom');
      expect(lines.join('\n')).not.toMatch(/\n\s+at /);
    } finally {
      log.mockRestore();
    }
  });
});

describe('misconfiguration fails closed', () => {
  const whitespace = [' ', '\n', '\t \r\n'];

  it('a blank, null or non-string secret is misconfigured at cold start and for every request, even signed with it', async () => {
    for (const secret of [...whitespace, null, 42, {}, [' '], ['ok', 7]]) {
      const verifier = sharedSecret({ secret: secret as never });
      expect(verifier.checkConfiguration()?.code).toBe('misconfigured');
      expect(code(await verifyRequest(post({ verification_key: String(secret) }), verifier))).toBe('misconfigured 500');
    }
    for (const blank of whitespace) {
      process.env['HOOKGUARD_BLANK'] = blank;
      const verifier = twilio({ authToken: { env: 'HOOKGUARD_BLANK' } });
      const forged = { 'x-twilio-signature': twilioSignature(blank, 'https://shop.example.com/hook', {}) };
      expect(verifier.checkConfiguration()?.message).toContain('HOOKGUARD_BLANK');
      expect(code(await verifyRequest(post(forged, ''), verifier))).toBe('misconfigured 500');
    }
    delete process.env['HOOKGUARD_BLANK'];
  });

  it('a NaN, infinite or negative tolerance or TTL is misconfigured, never a check turned off', async () => {
    const unset = Number(process.env['HOOKGUARD_UNSET']);
    const verifiers = [
      stripe({ secret: 'whsec_x', toleranceSeconds: unset }),
      slack({ signingSecret: 's', toleranceSeconds: -1 }),
      standardWebhooks({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', toleranceSeconds: Infinity }),
      qstash({ currentSigningKey: 'a', nextSigningKey: 'b', clockToleranceSeconds: unset }),
    ];
    for (const verifier of verifiers) {
      expect(verifier.checkConfiguration()?.code).toBe('misconfigured');
      expect(code(await verifyRequest(post({}), verifier))).toBe('misconfigured 500');
    }
    const verifier = stripe({ secret: 'whsec_x' });
    for (const replay of [{ ttlSeconds: unset }, { timeoutMs: -5 }, { store: {} as ReplayStore }]) {
      expect(code(await verifyRequest(post({}), verifier, { replay }))).toBe('misconfigured 500');
    }
    expect(code(await verifyRequest(post({}), verifier, { maxBodyBytes: unset }))).toBe('misconfigured 500');
  });
});

describe('Twilio parsing is bounded', () => {
  it('refuses a form body of more parameters than any Twilio request has, before sorting it', async () => {
    const verifier = twilio({ authToken: 'tw' });
    const form = (count: number) => Array.from({ length: count }, (_, i) => `p${i}=v`).join('&');
    const params = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, 'v']));
    const url = 'https://shop.example.com/hook';
    const headers = (count: number) => ({ 'x-twilio-signature': twilioSignature('tw', url, params(count)), 'content-type': 'application/x-www-form-urlencoded' });
    expect(code(await verifyRequest(post(headers(1000), form(1000), url), verifier))).toBe('ok');
    expect(code(await verifyRequest(post(headers(1001), form(1001), url), verifier))).toBe('malformed 403');
    expect(code(await verifyRequest(post(headers(1), '%&'.repeat(512 * 1024), url), verifier))).toBe('malformed 403');
  });

  it('decodes malformed escapes as twilio-node does, without throwing', async () => {
    const verifier = twilio({ authToken: 'tw' });
    const url = 'https://shop.example.com/hook';
    const body = 'A=%zz%41&B=%&C=%E2%82&D=%EF%BB%BFx';
    const parsed = Object.fromEntries(new URLSearchParams(body));
    const headers = { 'x-twilio-signature': twilioSignature('tw', url, parsed), 'content-type': 'application/x-www-form-urlencoded' };
    expect(code(await verifyRequest(post(headers, body, url), verifier))).toBe('ok');
  });
});

describe('Twilio URLs an attacker rewrites', () => {
  const verifier = twilio({ authToken: 'tw' });
  const json = '{"event":"call.completed"}';
  const hash = createHash('sha256').update(json).digest('hex');

  it('checks the body of a bodySHA256 delivery however the parameter name is escaped', async () => {
    const signedUrl = `https://h.example/hook?bodySHA256=${hash}`;
    const headers = { 'x-twilio-signature': twilioSignature('tw', signedUrl), 'content-type': 'application/json' };
    expect(code(await verifyRequest(post(headers, json, signedUrl), verifier))).toBe('ok');
    const escaped = `https://h.example/hook?body%53HA256=${hash}`;
    for (const [body, type] of [['', 'application/json'], ['=&=&&', 'application/x-www-form-urlencoded'], [json, 'application/json']] as const) {
      const forged = { ...headers, 'content-type': type };
      const result = code(await verifyRequest(post(forged, body, escaped), verifier));
      expect([body, result]).toEqual([body, body === json ? 'ok' : 'invalid_signature 403']);
    }
  });

  it('refuses a delivery signed for one path at another that dot segments resolve to it', async () => {
    const signature = twilioSignature('tw', 'https://h.example/voice', { CallSid: 'CA1' });
    const headers = { 'x-twilio-signature': signature, 'content-type': 'application/x-www-form-urlencoded' };
    expect(code(await verifyRequest(post(headers, 'CallSid=CA1', 'https://h.example/voice'), verifier))).toBe('ok');
    for (const url of ['https://h.example/sms/../voice', 'https://h.example/sms/%2e%2e/voice', 'https://h.example/./voice']) {
      expect([url, code(await verifyRequest(post(headers, 'CallSid=CA1', url), verifier))]).toEqual([url, 'invalid_signature 403']);
    }
  });
});

describe('memoryReplayStore under load', () => {
  afterEach(() => jest.useRealTimers());

  it('drops expired deliveries before any unexpired one, and says once when it must forget one', () => {
    jest.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    const store = memoryReplayStore({ maxEntries: 3, log: (line) => lines.push(line) });
    expect(store.claim('long', 1000, 't')).toBe(true); // the oldest, and still valid
    expect([store.claim('a', 1, 't'), store.claim('b', 1, 't')]).toEqual([true, true]);
    jest.setSystemTime(2000); // a and b have expired
    expect([store.claim('c', 1000, 't'), store.claim('d', 1000, 't')]).toEqual([true, true]);
    expect(store.claim('long', 1000, 't')).toBe(false); // kept: the expired ones made room
    expect(lines).toEqual([]);
    expect(store.claim('e', 1000, 't')).toBe(true); // full of unexpired: the oldest goes, with one warning
    expect(store.claim('f', 1000, 't')).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Use a shared store');
  });

  it('releases a claim only with its own token', () => {
    const store = memoryReplayStore();
    expect(store.claim('k', 60, 'mine')).toBe(true);
    store.release!('k', 'theirs');
    expect(store.claim('k', 60, 'other')).toBe(false);
    store.release!('k', 'mine');
    expect(store.claim('k', 60, 'other')).toBe(true);
  });
});

describe('a delivery whose handler failed is not lost', () => {
  const secret = 'whsec_release';
  const delivery = () =>
    new Request('https://shop.example.com/hook', {
      method: 'POST',
      headers: { 'stripe-signature': sdk.webhooks.generateTestHeaderString({ payload: BODY, secret }) },
      body: BODY,
    });

  it('releases the claim when the handler throws or answers 5xx, and keeps it after a 2xx', async () => {
    const answers: (() => Response)[] = [
      () => { throw new Error('database down'); },
      () => new Response(null, { status: 503 }),
      () => new Response('done'),
    ];
    const request = delivery();
    const calls: number[] = [];
    const handler = withRequestVerification(async (_request: Request) => (calls.push(calls.length), answers[calls.length - 1]!()), {
      verifier: stripe({ secret }),
      replay: { store: memoryReplayStore() },
    });
    const copy = () => new Request(request.url, { method: 'POST', headers: request.headers, body: BODY });
    await expect(handler(copy())).rejects.toThrow('database down');
    expect((await handler(copy())).status).toBe(503);
    expect((await handler(copy())).status).toBe(200);
    expect((await handler(copy())).status).toBe(409);
    expect(calls).toEqual([0, 1, 2]);
  });

  it('gives verifyRequest callers the same release', async () => {
    const store = memoryReplayStore();
    const verifier = stripe({ secret });
    const header = sdk.webhooks.generateTestHeaderString({ payload: BODY, secret });
    const first = await verifyRequest(post({ 'stripe-signature': header }), verifier, { replay: { store } });
    expect(first.ok && typeof first.release).toBe('function');
    if (first.ok) await first.release!();
    expect(code(await verifyRequest(post({ 'stripe-signature': header }), verifier, { replay: { store } }))).toBe('ok');
  });
});

describe('refusals name the real cause', () => {
  it('Standard Webhooks with webhook-* headers but no signature names webhook-signature', async () => {
    const result = await verifyRequest(post({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(T) }), standardWebhooks({ secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }), { now: T });
    expect(!result.ok && result.error.message).toBe('standard-webhooks: header webhook-signature is missing');
  });

  it('Stripe with a v1 that is not hex says so', async () => {
    const result = await verifyRequest(post({ 'stripe-signature': `t=${T},v1=zz` }), stripe({ secret: 'whsec_x' }), { now: T });
    expect(!result.ok && result.error.message).toBe('stripe: header stripe-signature has no v1= signature of 64 hex digits');
    const none = await verifyRequest(post({ 'stripe-signature': `t=${T},v0=${'a'.repeat(64)}` }), stripe({ secret: 'whsec_x' }), { now: T });
    expect(!none.ok && none.error.message).toBe('stripe: header stripe-signature has no v1= signature');
  });
});
