import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { github, stripe, verifyRequest } from '@hookguard/core';
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

type Client = { store: ReturnType<typeof redisReplayStore>; raw: (...args: string[]) => Promise<unknown>; close(): Promise<unknown> };
const clients: Record<string, () => Promise<Client>> = {
  'node-redis': async () => {
    const client = await createClient({ url: server.url, disableOfflineQueue: true }).connect();
    return { store: redisReplayStore({ client }), raw: (...args) => client.sendCommand(args), close: () => client.quit() };
  },
  ioredis: async () => {
    const client = new Redis(server.port, '127.0.0.1', { enableOfflineQueue: true, lazyConnect: false });
    return { store: redisReplayStore({ client, prefix: 'io:' }), raw: (c, ...a) => client.call(c!, ...a), close: () => client.quit() };
  },
};

describe.each(Object.keys(clients))('redisReplayStore with %s', (name) => {
  let client: Client;
  beforeAll(async () => {
    client = await clients[name]!();
  });
  afterAll(() => client.close());

  it('claims a key once, with SET NX PX under the prefix', async () => {
    const key = `${name}-once`;
    expect(await client.store.claim(key, 60)).toBe(true);
    expect(await client.store.claim(key, 60)).toBe(false);
    const prefix = name === 'ioredis' ? 'io:' : 'hookguard:replay:';
    const ttl = Number(await client.raw('PTTL', prefix + key));
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('lets a key be claimed again once its TTL has passed', async () => {
    const key = `${name}-expiring`;
    expect(await client.store.claim(key, 0.2)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await client.store.claim(key, 0.2)).toBe(true);
  });

  it('accepts exactly one of many concurrent claims', async () => {
    const answers = await Promise.all(Array.from({ length: 25 }, () => client.store.claim(`${name}-race`, 60)));
    expect(answers.filter(Boolean)).toHaveLength(1);
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
