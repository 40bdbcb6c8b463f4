import Stripe from 'stripe';
import { github, memoryReplayStore, qstash, sharedSecret, slack, stripe, twilio, verifyRequest, type ReplayStore } from '../src/index.js';
import { hmacOf, qstashToken, twilioSignature } from './signers.js';

const SECRET = 'whsec_replay_test';
const sdk = new Stripe('sk_test_offline');
const T = 1_700_000_000;
const BODY = '{"id":"evt_1"}';
const stripeDelivery = (timestamp = T) => ({
  method: 'POST',
  url: 'https://shop.example.com/stripe',
  headers: { 'stripe-signature': sdk.webhooks.generateTestHeaderString({ payload: BODY, secret: SECRET, timestamp }) },
  body: BODY,
});
const githubDelivery = (deliveryId: string) => ({
  method: 'POST',
  url: 'https://ci.example.com/github',
  headers: { 'x-hub-signature-256': `sha256=${hmacOf('sha256', 'gh', BODY).toString('hex')}`, 'x-github-delivery': deliveryId },
  body: BODY,
});
const code = (result: Awaited<ReturnType<typeof verifyRequest>>) => (result.ok ? 'ok' : `${result.error.code} ${result.error.status}`);

describe('replay protection', () => {
  it('refuses a second copy for every scheme that signs, with the result details intact the first time', async () => {
    const now = Math.floor(Date.now() / 1000);
    const url = 'https://app.example.com/hook?x=1';
    const form = 'Body=Hi&From=%2B1555';
    const token = await qstashToken({ key: 'cur', url, body: BODY });
    const deliveries = [
      [qstash({ currentSigningKey: 'cur', nextSigningKey: 'nxt' }), { 'upstash-signature': token }, BODY],
      [slack({ signingSecret: 'sl' }), { 'x-slack-request-timestamp': String(now), 'x-slack-signature': `v0=${hmacOf('sha256', 'sl', `v0:${now}:${form}`).toString('hex')}` }, form],
      [twilio({ authToken: 'tw' }), { 'x-twilio-signature': twilioSignature('tw', url, { Body: 'Hi', From: '+1555' }), 'content-type': 'application/x-www-form-urlencoded' }, form],
    ] as const;
    for (const [verifier, headers, body] of deliveries) {
      const replay = { store: memoryReplayStore() };
      const first = await verifyRequest({ method: 'POST', url, headers, body }, verifier, { now, replay });
      expect(first).toMatchObject({ ok: true, scheme: verifier.scheme, replayKey: expect.any(String) });
      if (verifier.scheme === 'qstash') expect(first).toMatchObject({ deliveryId: expect.stringMatching(/^msg_/), claims: { sub: url } });
      expect(code(await verifyRequest({ method: 'POST', url, headers, body }, verifier, { now, replay }))).toBe('replayed 409');
    }
  });

  it('refuses a second delivery of the same signed request with 409', async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = stripe({ secret: SECRET });
    expect(code(await verifyRequest(stripeDelivery(), verifier, { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(stripeDelivery(), verifier, { now: T + 10, replay }))).toBe('replayed 409');
  });

  it("accepts the sender's retry, which is signed anew", async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = stripe({ secret: SECRET });
    expect(code(await verifyRequest(stripeDelivery(T), verifier, { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(stripeDelivery(T + 60), verifier, { now: T + 60, replay }))).toBe('ok');
  });

  it('cannot be dodged by changing a delivery id the signature does not cover', async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = github({ secret: 'gh' });
    expect(code(await verifyRequest(githubDelivery('a1'), verifier, { replay }))).toBe('ok');
    expect(code(await verifyRequest(githubDelivery('b2'), verifier, { replay }))).toBe('replayed 409');
  });

  it('remembers a timestamped delivery for as long as its signature is accepted, others for ttlSeconds', async () => {
    const claims: [string, number][] = [];
    const store: ReplayStore = { claim: (key, ttl) => (claims.push([key, ttl]), true) };
    await verifyRequest(stripeDelivery(), stripe({ secret: SECRET }), { now: T + 100, replay: { store } });
    await verifyRequest(githubDelivery('x'), github({ secret: 'gh' }), { replay: { store, ttlSeconds: 3600 } });
    expect(claims.map(([key, ttl]) => [key.split(':')[0], ttl])).toEqual([['stripe', 200], ['github', 3600]]);
    expect(claims.every(([key]) => !key.includes(BODY) && key.length < 80)).toBe(true);
  });

  it('lets static credentials through: they identify no delivery', async () => {
    const replay = { store: memoryReplayStore() };
    const request = { method: 'POST', url: 'https://x/', headers: { verification_key: 'k' }, body: '' };
    for (let i = 0; i < 2; i++) expect(code(await verifyRequest(request, sharedSecret({ secret: 'k' }), { replay }))).toBe('ok');
  });

  it('reports no replay key when replay protection is off', async () => {
    const result = await verifyRequest(stripeDelivery(), stripe({ secret: SECRET }), { now: T });
    expect(result.ok && result.replayKey).toBeUndefined();
  });

  it('lets exactly one of two concurrent deliveries through', async () => {
    const replay = { store: memoryReplayStore() };
    const verifier = stripe({ secret: SECRET });
    const results = await Promise.all([1, 2].map(() => verifyRequest(stripeDelivery(), verifier, { now: T, replay })));
    expect(results.map(code).sort()).toEqual(['ok', 'replayed 409']);
  });

  it('uses one in-memory store per process for replay: true', async () => {
    const verifier = stripe({ secret: SECRET });
    expect(code(await verifyRequest(stripeDelivery(T + 7), verifier, { now: T + 7, replay: true }))).toBe('ok');
    expect(code(await verifyRequest(stripeDelivery(T + 7), verifier, { now: T + 7, replay: true }))).toBe('replayed 409');
  });
});

describe('a replay store that fails', () => {
  const verifier = stripe({ secret: SECRET });
  const failing: ReplayStore = { claim: () => Promise.reject(new Error('ECONNREFUSED')) };
  const hanging: ReplayStore = { claim: () => new Promise<boolean>(() => undefined) };

  it('fails closed with 503, without waiting past the timeout', async () => {
    expect(code(await verifyRequest(stripeDelivery(), verifier, { now: T, replay: { store: failing } }))).toBe('store_unavailable 503');
    const started = Date.now();
    expect(code(await verifyRequest(stripeDelivery(), verifier, { now: T, replay: { store: hanging, timeoutMs: 50 } }))).toBe('store_unavailable 503');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  // A store whose first claim is written and then not answered as such (a reset after the write,
  // a client that gave up), and which answers normally from then on: the sender's retry.
  const writesThenFails = (late: 'rejects' | 'slow'): ReplayStore => {
    const memory = memoryReplayStore();
    let calls = 0;
    return {
      async claim(key, ttl, token) {
        const claimed = memory.claim(key, ttl, token);
        if (++calls > 1) return claimed;
        if (late === 'rejects') throw new Error('ECONNRESET after the write');
        await new Promise((resolve) => setTimeout(resolve, 100));
        return claimed;
      },
      release: (key, token) => memory.release!(key, token),
    };
  };

  it.each(['rejects', 'slow'] as const)('a claim that landed but whose answer %s is released: after the 503, the retry is accepted, not refused 409', async (late) => {
    const store = writesThenFails(late);
    const delivery = stripeDelivery();
    expect(code(await verifyRequest(delivery, verifier, { now: T, replay: { store, timeoutMs: 20 } }))).toBe('store_unavailable 503');
    await new Promise((resolve) => setTimeout(resolve, 150)); // the store has answered; the claim is released
    expect(code(await verifyRequest(delivery, verifier, { now: T, replay: { store } }))).toBe('ok');
    expect(code(await verifyRequest(delivery, verifier, { now: T, replay: { store } }))).toBe('replayed 409');
  });

  it('under failOpen, a late claim is kept: the delivery was accepted, and its replay is refused', async () => {
    const store = writesThenFails('slow');
    const delivery = stripeDelivery();
    expect(code(await verifyRequest(delivery, verifier, { now: T, replay: { store, timeoutMs: 20, failOpen: true } }))).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(code(await verifyRequest(delivery, verifier, { now: T, replay: { store } }))).toBe('replayed 409');
  });

  it('accepts when fail-open is chosen', async () => {
    expect(code(await verifyRequest(stripeDelivery(), verifier, { now: T, replay: { store: hanging, timeoutMs: 20, failOpen: true } }))).toBe('ok');
  });
});

describe('memoryReplayStore', () => {
  afterEach(() => jest.useRealTimers());

  it('forgets a key once its time is up', () => {
    jest.useFakeTimers({ now: 0 });
    const store = memoryReplayStore();
    expect(store.claim('a', 10, 't')).toBe(true);
    jest.setSystemTime(9_999);
    expect(store.claim('a', 10, 't')).toBe(false);
    jest.setSystemTime(10_001);
    expect(store.claim('a', 10, 't')).toBe(true);
  });

  it('keeps at most maxEntries keys, forgetting the oldest first', () => {
    const store = memoryReplayStore({ maxEntries: 2 });
    expect([store.claim('a', 60, 't'), store.claim('b', 60, 't'), store.claim('c', 60, 't')]).toEqual([true, true, true]);
    expect(store.claim('c', 60, 't')).toBe(false);
    expect(store.claim('b', 60, 't')).toBe(false);
    expect(store.claim('a', 60, 't')).toBe(true);
  });
});
