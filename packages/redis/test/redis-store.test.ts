import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { github, stripe, verifyRequest, withRequestVerification } from '@hookguard/core';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import Stripe from 'stripe';
import { redisReplayStore } from '../src/index.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

const sdk = new Stripe('sk_test_offline');
const T = 1_700_000_000;
const BODY = '{"id":"evt_redis"}';
const stripeSignature = (secret: string, timestamp = T) => sdk.webhooks.generateTestHeaderString({ payload: BODY, secret, timestamp });
const delivery = (signature: string) => ({ method: 'POST', url: 'https://shop.example.com/stripe', headers: { 'stripe-signature': signature }, body: BODY });
const code = (result: Awaited<ReturnType<typeof verifyRequest>>) => (result.ok ? 'ok' : `${result.error.code} ${result.error.status}`);

let server: RedisServer;
beforeAll(async () => {
  server = await startRedisServer();
}, 120_000);
afterAll(() => server?.stop());

type Client = {
  store: ReturnType<typeof redisReplayStore>;
  prefix: string;
  raw: (...args: string[]) => Promise<unknown>;
  close(): Promise<unknown>;
};
const clients: Record<string, () => Promise<Client>> = {
  'node-redis': async () => {
    const client = await createClient({ url: server.url, disableOfflineQueue: true }).connect();
    const store = redisReplayStore({ client });
    return { store, prefix: 'hookguard:replay:', raw: (...args) => client.sendCommand(args), close: () => client.quit() };
  },
  ioredis: async () => {
    const client = new Redis(server.port, '127.0.0.1', { enableOfflineQueue: true, lazyConnect: false });
    const store = redisReplayStore({ client, prefix: 'io:' });
    return { store, prefix: 'io:', raw: (c, ...a) => client.call(c!, ...a), close: () => client.quit() };
  },
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(Object.keys(clients))('redisReplayStore with %s', (name) => {
  let client: Client;
  beforeAll(async () => {
    client = await clients[name]!();
  });
  afterAll(() => client.close());
  // What the server holds for a key: its value (the claim's token) and its remaining TTL in ms.
  const held = (key: string) => client.raw('GET', client.prefix + key);
  const pttl = async (key: string) => Number(await client.raw('PTTL', client.prefix + key));

  it('claims a key once, with SET <token> NX PX under the prefix', async () => {
    const key = `${name}-once`;
    expect(await client.store.claim(key, 60, 'token-a')).toBe(true);
    expect(await client.store.claim(key, 60, 'token-b')).toBe(false);
    expect(await held(key)).toBe('token-a');
    const ttl = await pttl(key);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('lets a key be claimed again once its TTL has passed', async () => {
    const key = `${name}-expiring`;
    expect(await client.store.claim(key, 0.2, 'token-a')).toBe(true);
    await sleep(300);
    expect(await client.store.claim(key, 0.2, 'token-b')).toBe(true);
  });

  it('answers true when its own SET is resent after the answer was lost (ioredis resends on reconnect), false for another token', async () => {
    const key = `${name}-resent`;
    // Every SET sent twice, the first answer lost.
    const resending = { sendCommand: async (args: string[]) => (args[0] === 'SET' && (await client.raw(...args)), client.raw(...args)) };
    const store = redisReplayStore({ client: resending, prefix: client.prefix });
    expect(await store.claim(key, 60, 'token-a')).toBe(true);
    expect(await store.claim(key, 60, 'token-b')).toBe(false);
    expect(await held(key)).toBe('token-a');
  });

  it('rejects an answer that is neither OK nor null, rather than reading it as taken', async () => {
    const store = redisReplayStore({ client: { sendCommand: async () => Buffer.from('OK') } });
    await expect(store.claim(`${name}-odd`, 60, 'token-a')).rejects.toThrow('neither OK nor null');
  });

  it('accepts exactly one of many concurrent claims, and keeps its token', async () => {
    const key = `${name}-race`;
    const tokens = Array.from({ length: 25 }, (_, i) => `token-${i}`);
    const answers = await Promise.all(tokens.map((token) => client.store.claim(key, 60, token)));
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await held(key)).toBe(tokens[answers.indexOf(true)]);
  });

  it('releases its own claim, so the next claim of the key succeeds', async () => {
    const key = `${name}-released`;
    expect(await client.store.claim(key, 60, 'token-a')).toBe(true);
    await client.store.release(key, 'token-a');
    expect(await held(key)).toBeNull();
    expect(await client.store.claim(key, 60, 'token-b')).toBe(true);
    expect(await held(key)).toBe('token-b');
  });

  it('leaves a claim that holds another token', async () => {
    const key = `${name}-not-ours`;
    expect(await client.store.claim(key, 60, 'token-a')).toBe(true);
    await client.store.release(key, 'token-b');
    expect(await held(key)).toBe('token-a');
    expect(await pttl(key)).toBeGreaterThan(55_000);
    expect(await client.store.claim(key, 60, 'token-c')).toBe(false);
  });

  it('leaves the claim of another instance that took the key after ours expired', async () => {
    const key = `${name}-reclaimed`;
    expect(await client.store.claim(key, 0.2, 'token-a')).toBe(true);
    await sleep(300);
    expect(await client.store.claim(key, 60, 'token-b')).toBe(true);
    await client.store.release(key, 'token-a'); // the first handler fails late
    expect(await held(key)).toBe('token-b');
    expect(await client.store.claim(key, 60, 'token-c')).toBe(false);
  });

  it('releases a key that is gone without error', async () => {
    await expect(client.store.release(`${name}-never-claimed`, 'token-a')).resolves.toBeUndefined();
  });

  it('accepts the sender\'s retry of a delivery whose handler failed, through withRequestVerification', async () => {
    const secret = `whsec_${name}_retry`;
    const signature = stripeSignature(secret, Math.floor(Date.now() / 1000));
    const outcomes = [() => Promise.reject(new Error('database down')), () => new Response(null, { status: 503 }), () => new Response('done')];
    let calls = 0;
    const handler = withRequestVerification(async (_request: Request) => outcomes[calls++]!(), { verifier: stripe({ secret }), replay: { store: client.store } });
    const deliver = () => handler(new Request('https://shop.example.com/stripe', { method: 'POST', headers: { 'stripe-signature': signature }, body: BODY }));
    await expect(deliver()).rejects.toThrow('database down');
    expect((await deliver()).status).toBe(503);
    expect((await deliver()).status).toBe(200);
    expect((await deliver()).status).toBe(409); // handled once: now a replay
    expect(calls).toBe(3);
  });

  it('refuses a replayed delivery through verifyRequest with 409', async () => {
    const secret = `whsec_${name}`;
    const replay = { store: client.store };
    const verifier = stripe({ secret });
    expect(code(await verifyRequest(delivery(stripeSignature(secret)), verifier, { now: T, replay }))).toBe('ok');
    expect(code(await verifyRequest(delivery(stripeSignature(secret)), verifier, { now: T + 1, replay }))).toBe('replayed 409');
    expect(code(await verifyRequest(delivery(stripeSignature(secret, T + 2)), verifier, { now: T + 2, replay }))).toBe('ok');
  });
});

describe('a client that throws', () => {
  it('turns the throw into a rejected promise, for claim and release', async () => {
    const closed = () => {
      throw new Error('the client is closed');
    };
    for (const client of [{ sendCommand: closed }, { call: closed }]) {
      const store = redisReplayStore({ client });
      const claim = store.claim('key', 60, 'token-a'); // a synchronous throw would fail the test here
      const release = store.release('key', 'token-a');
      await expect(claim).rejects.toThrow('the client is closed');
      await expect(release).rejects.toThrow('the client is closed');
    }
  });
});

describe('two processes sharing one Redis', () => {
  it('accept a delivery once between them', async () => {
    const run = promisify(execFile);
    const signature = stripeSignature('whsec_two_processes');
    const script = join(__dirname, 'fixtures/verify-once.mjs');
    const verdicts = await Promise.all(
      [1, 2].map(() => run(process.execPath, [script, server.url, signature, BODY, String(T)]).then(({ stdout }) => stdout)),
    );
    expect(verdicts.sort()).toEqual(['ok', 'replayed']);
  }, 30_000);
});

describe('when Redis stops', () => {
  it('answers 503 within the timeout, or accepts when fail-open is chosen', async () => {
    const own = await startRedisServer();
    const nodeRedis = createClient({ url: own.url, disableOfflineQueue: true, socket: { reconnectStrategy: 100 } });
    nodeRedis.on('error', () => undefined); // reconnect attempts log errors while the server is down
    await nodeRedis.connect();
    const ioredis = new Redis(own.port, '127.0.0.1', { maxRetriesPerRequest: null });
    ioredis.on('error', () => undefined);
    const stores = [redisReplayStore({ client: nodeRedis }), redisReplayStore({ client: ioredis })];
    const verifier = github({ secret: 'gh' });
    const { createHmac } = await import('node:crypto');
    const request = {
      method: 'POST',
      url: 'https://ci.example.com/hook',
      headers: { 'x-hub-signature-256': `sha256=${createHmac('sha256', 'gh').update(BODY).digest('hex')}` },
      body: BODY,
    };
    expect(code(await verifyRequest(request, verifier, { replay: { store: stores[0]! } }))).toBe('ok');
    await own.stop();
    for (const store of stores) {
      const started = Date.now();
      expect(code(await verifyRequest(request, verifier, { replay: { store, timeoutMs: 300 } }))).toBe('store_unavailable 503');
      expect(Date.now() - started).toBeLessThan(1500);
      expect(code(await verifyRequest(request, verifier, { replay: { store, timeoutMs: 300, failOpen: true } }))).toBe('ok');
    }
    ioredis.disconnect();
    await nodeRedis.disconnect().catch(() => undefined);
  }, 30_000);
});
