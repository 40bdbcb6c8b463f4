// What the store sends and what redis-server then holds, read past the REST
// layer; how failures come out; and the options it refuses.
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { github, verifyRequest, type ReplayStore } from '@hookguard/core';
import { signGithub } from '@hookguard/core/sign';
import { Redis } from '@upstash/redis';
import { Redis as CloudflareRedis } from '@upstash/redis/cloudflare';
import { upstashReplayStore, type UpstashRedisClient } from '../src/index.js';
import { startUpstashRestServer, type UpstashRestServer } from './upstash-rest-server.js';

let server: UpstashRestServer;
beforeAll(async () => {
  server = await startUpstashRestServer();
}, 120_000);
afterAll(() => server?.stop());

type ClientOptions = { enableAutoPipelining?: boolean; responseEncoding?: false; token?: string; signal?: AbortSignal };
const client = (options: ClientOptions = {}) => new Redis({ url: server.url, token: server.token, retry: false, enableTelemetry: false, ...options });
/** The key's value (the claim's token) and remaining TTL in ms, from redis-server itself. */
const held = async (key: string) => {
  const value = await server.redis('GET', key);
  return value === null ? null : String(value);
};
const pttl = async (key: string) => Number(await server.redis('PTTL', key));
const sent = (key: string) => server.received.filter((command) => command.includes(key));

describe.each([
  ['default settings (auto-pipelined, base64)', {}, undefined],
  ['auto-pipelining off', { enableAutoPipelining: false }, 'manual:'],
  ['base64 off', { responseEncoding: false as const }, ''],
])('upstashReplayStore with %s', (name, options, prefix) => {
  const store = () => upstashReplayStore(prefix === undefined ? { redis: client(options) } : { redis: client(options), prefix });
  const stored = (key: string) => `${prefix ?? 'hookguard:replay:'}${name.split(' ')[0]}:${key}`;
  const key = (suffix: string) => `${name.split(' ')[0]}:${suffix}`;

  it('claims with SET <prefix><key> <token> NX PX <ms>, and redis-server holds the token for the TTL', async () => {
    expect(await store().claim(key('once'), 60, 'token-a')).toBe(true);
    expect(sent(stored('once'))).toEqual([['set', stored('once'), 'token-a', 'nx', 'px', '60000']]);
    expect(await held(stored('once'))).toBe('token-a');
    expect(await pttl(stored('once'))).toBeGreaterThan(59_000);
    expect(await pttl(stored('once'))).toBeLessThanOrEqual(60_000);
  });

  it("answers true when its own SET is resent after the answer was lost (the client's retry), false for another token", async () => {
    const real = client(options);
    // Each SET sent twice, the first answer lost: what a retry after a dropped response does.
    const resending: UpstashRedisClient = {
      set: async (...args) => (await real.set(...args), real.set(...args)),
      get: (name) => real.get(name),
      eval: (...args) => real.eval(...args),
    };
    const store = upstashReplayStore(prefix === undefined ? { redis: resending } : { redis: resending, prefix });
    expect(await store.claim(key('resent'), 60, 'token-a')).toBe(true);
    expect(await store.claim(key('resent'), 60, 'token-b')).toBe(false);
    expect(await held(stored('resent'))).toBe('token-a');
  });

  it('answers false for a key claimed and unexpired, keeping the first token', async () => {
    expect(await store().claim(key('twice'), 60, 'token-a')).toBe(true);
    expect(await store().claim(key('twice'), 60, 'token-b')).toBe(false);
    expect(await held(stored('twice'))).toBe('token-a');
  });

  it('rounds the TTL up to whole milliseconds', async () => {
    expect(await store().claim(key('rounded'), 1.0004, 'token-a')).toBe(true);
    // Rounded down or to nearest, this would be PX 0, which Redis refuses.
    expect(await store().claim(key('tiny'), 0.0001, 'token-a')).toBe(true);
    expect(sent(stored('rounded'))[0]?.slice(3)).toEqual(['nx', 'px', '1001']);
    expect(sent(stored('tiny'))[0]?.slice(3)).toEqual(['nx', 'px', '1']);
  });

  it('releases its own claim with one EVAL of the key and the token', async () => {
    await store().claim(key('released'), 60, 'token-a');
    await store().release(key('released'), 'token-a');
    const evals = sent(stored('released')).filter(([command]) => command === 'eval');
    expect(evals.map((command) => command.slice(2))).toEqual([['1', stored('released'), 'token-a']]);
    expect(await held(stored('released'))).toBeNull();
  });

  it('leaves a claim that holds another token, with its TTL', async () => {
    await store().claim(key('not-ours'), 60, 'token-a');
    await store().release(key('not-ours'), 'token-b');
    expect(await held(stored('not-ours'))).toBe('token-a');
    expect(await pttl(stored('not-ours'))).toBeGreaterThan(55_000);
  });
});

describe('failures come out as rejections, never as false', () => {
  const key = 'failing';
  const verdict = async (store: ReplayStore) => {
    const body = `{"id":"${Math.random()}"}`;
    const { headers } = await signGithub({ secret: 'gh', body });
    const result = await verifyRequest({ method: 'POST', url: 'https://hooks.example.com/github', headers, body }, github({ secret: 'gh' }), { replay: { store } });
    return result.ok ? 'ok' : `${result.error.code} ${result.error.status}`;
  };

  it('rejects when the REST API refuses the token (401), and verification answers 503', async () => {
    const store = upstashReplayStore({ redis: client({ token: 'wrong' }) });
    await expect(store.claim(key, 60, 'token-a')).rejects.toThrow('Unauthorized');
    await expect(store.release(key, 'token-a')).rejects.toThrow('Unauthorized');
    expect(await verdict(store)).toBe('store_unavailable 503');
  });

  it('rejects when Redis answers an error', async () => {
    const store = upstashReplayStore({ redis: client(), prefix: 'errors:' });
    await server.redis('HSET', 'errors:a-hash', 'field', 'value');
    await expect(store.release('a-hash', 'token-a')).rejects.toThrow('WRONGTYPE');
    await expect(store.claim('huge-ttl', 1e17, 'token-a')).rejects.toThrow('ERR');
  });

  it('rejects an answer that is neither OK nor null, such as the reason of an aborted fixed signal', async () => {
    const store = upstashReplayStore({ redis: client({ enableAutoPipelining: false, signal: AbortSignal.abort('timed out') }) });
    await expect(store.claim(key, 60, 'token-a')).rejects.toThrow('neither OK nor null');
    expect(await verdict(store)).toBe('store_unavailable 503');
  });

  it('with the settings the README gives, a request that hangs is cut at the signal and rejects', async () => {
    const hanging: Socket[] = [];
    const silent = createServer((socket) => void hanging.push(socket)).listen(0, '127.0.0.1');
    await new Promise((resolve) => silent.once('listening', resolve));
    const { port } = silent.address() as { port: number };
    const redis = new Redis({ url: `http://127.0.0.1:${port}`, token: 't', retry: { retries: 1, backoff: () => 50 }, signal: () => AbortSignal.timeout(200), enableTelemetry: false });
    const started = Date.now();
    await expect(upstashReplayStore({ redis }).claim(key, 60, 'token-a')).rejects.toThrow('aborted due to timeout');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(hanging).toHaveLength(1); // aborted, not retried
    const closed = new Promise((resolve) => silent.close(resolve));
    for (const socket of hanging) socket.destroy();
    await closed;
  });

  it('turns a client that throws into rejected promises, for claim and release', async () => {
    const throws = () => {
      throw new Error('the client is broken');
    };
    const store = upstashReplayStore({ redis: { set: throws, get: throws, eval: throws } });
    const claim = store.claim(key, 60, 'token-a'); // a synchronous throw would fail the test here
    const release = store.release(key, 'token-a');
    await expect(claim).rejects.toThrow('the client is broken');
    await expect(release).rejects.toThrow('the client is broken');
  });
});

describe('options', () => {
  it.each([
    ['no options', undefined],
    ['no client', {}],
    ['a client that is not one', { redis: 'redis://localhost' }],
    ['a client without eval', { redis: { set: async () => 'OK' } }],
  ])('throws a TypeError at creation for %s', (_name, options) => {
    expect(() => upstashReplayStore(options as unknown as { redis: UpstashRedisClient })).toThrow(TypeError);
    expect(() => upstashReplayStore(options as unknown as { redis: UpstashRedisClient })).toThrow('option "redis" must be a Redis client from @upstash/redis');
  });

  it('throws a TypeError at creation for a prefix that is not a string', () => {
    expect(() => upstashReplayStore({ redis: client(), prefix: 5 as unknown as string })).toThrow('option "prefix" must be a string');
  });
});

describe('runtimes', () => {
  it('claims through the Cloudflare build of @upstash/redis', async () => {
    const store = upstashReplayStore({ redis: new CloudflareRedis({ url: server.url, token: server.token, retry: false, enableTelemetry: false }) });
    expect(await store.claim('cloudflare', 60, 'token-cf')).toBe(true);
    expect(await held('hookguard:replay:cloudflare')).toBe('token-cf');
  });

  it('builds to a module that imports nothing, Node built-ins included', () => {
    // Built by `node ../../scripts/build-package.mjs` (also needed by the conformance suite's processes).
    const built = readFileSync(join(__dirname, '../dist/esm/index.js'), 'utf8');
    expect(built).toContain('function upstashReplayStore');
    expect(built).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
