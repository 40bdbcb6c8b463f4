// The Durable Object replay store on workerd (through Miniflare): the shared
// conformance suite, run from Node against the real objects through the test
// Worker's routes, four processes racing included; the objects' storage and
// alarms; and withVerification with replay protection on.
import { join } from 'node:path';
import { signGithub } from '@hookguard/core/sign';
import type { ReplayStore } from '@hookguard/core';
import { replayStoreConformance } from '@hookguard/testing/replay-store';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const SECRET = 'worker-secret';
let mf: Miniflare;
let url: URL;

beforeAll(async () => {
  const bundled = await build({ entryPoints: [join(__dirname, 'fixtures/replay-worker.mjs')], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
    bindings: { GITHUB_SECRET: SECRET },
    // SQLite-backed, as `new_sqlite_classes` makes it on Cloudflare.
    durableObjects: {
      REPLAY_CLAIMS: { className: 'InspectedClaims', useSQLite: true },
      PLAIN_CLAIMS: { className: 'ReplayClaims', useSQLite: true },
      BROKEN_CLAIMS: { className: 'BrokenClaims', useSQLite: true },
      HANGING_CLAIMS: { className: 'HangingClaims', useSQLite: true },
    },
    // A port, so that the suite's child processes reach the same objects.
    host: '127.0.0.1',
    port: 0,
  });
  url = await mf.ready;
}, 30_000);
afterAll(() => mf?.dispose());

/** A store whose claim and release are the Worker's routes, so every call runs durableObjectReplayStore on workerd. */
function workerStore(binding = 'REPLAY_CLAIMS'): ReplayStore {
  const call = async (action: string, body: object) => {
    const response = await mf.dispatchFetch(`https://worker.test/${action}?binding=${binding}`, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    claim: async (key, ttlSeconds, token) => (await call('claim', { key, ttlSeconds, token })) as boolean,
    release: async (key, token) => void (await call('release', { key, token })),
  };
}

replayStoreConformance('durableObjectReplayStore (workerd)', {
  create: () => workerStore(),
  unreachable: () => workerStore('HANGING_CLAIMS'),
  processes: { module: join(__dirname, 'fixtures/store.mjs'), export: 'createStore', get config() { return { url: url.href }; } },
});

type Stored = { claim: { token: string; expiresAt: number } | null; alarm: number | null };
/** What the object of `key` keeps; `/expired` first stores an expired claim there. */
const stored = async (key: string, path = '/stored') => (await mf.dispatchFetch(`https://worker.test${path}?key=${encodeURIComponent(key)}`)).json() as Promise<Stored>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the ReplayClaims object', () => {
  it('keeps its claim with an alarm at its expiry, and the alarm empties its storage', async () => {
    const store = workerStore();
    const key = `alarm:${Date.now()}`;
    expect(await store.claim(key, 1, 'token-a')).toBe(true);
    const { claim, alarm } = await stored(key);
    expect(claim?.token).toBe('token-a');
    expect(alarm).toBe(claim?.expiresAt);
    await sleep(2500); // alarms fire for real in Miniflare
    expect(await stored(key)).toEqual({ claim: null, alarm: null });
  }, 10_000);

  it('takes over an expired claim whose alarm has not run yet', async () => {
    const store = workerStore();
    const key = `late-alarm:${Date.now()}`;
    expect((await stored(key, '/expired')).claim?.token).toBe('expired');
    expect(await store.claim(key, 60, 'token-a')).toBe(true);
    expect((await stored(key)).claim?.token).toBe('token-a');
  });

  it('a release of its own claim empties its storage and cancels the alarm; another token changes nothing', async () => {
    const store = workerStore();
    const key = `release:${Date.now()}`;
    expect(await store.claim(key, 60, 'token-a')).toBe(true);
    await store.release!(key, 'token-b');
    expect((await stored(key)).claim?.token).toBe('token-a');
    await store.release!(key, 'token-a');
    expect(await stored(key)).toEqual({ claim: null, alarm: null });
  });

  it('refuses a claim that makes no sense (no token, a TTL that is not positive), so the store rejects', async () => {
    const store = workerStore();
    await expect(Promise.resolve(store.claim(`bad:${Date.now()}`, 0, 'token'))).rejects.toThrow(/claim: 503 .*answered 400/);
    await expect(Promise.resolve(store.claim(`bad:${Date.now()}`, 60, ''))).rejects.toThrow(/answered 400/);
  });

  it('an object that throws is a rejection of the store, never an answer', async () => {
    await expect(Promise.resolve(workerStore('BROKEN_CLAIMS').claim(`broken:${Date.now()}`, 60, 'token'))).rejects.toThrow(/claim: 503/);
  });
});

describe('withVerification with the Durable Object store', () => {
  const deliver = async (path: string, headers: Record<string, string>, body: string, answer = 200) => {
    const response = await mf.dispatchFetch(`https://hooks.example.com${path}`, { method: 'POST', headers: { ...headers, 'x-answer': String(answer) }, body });
    return [response.status, await response.text()] as const;
  };

  it("accepts a delivery once; a handler's 5xx releases it, so the retry is accepted", async () => {
    const body = `{"id":"${Date.now()}"}`;
    const { headers } = await signGithub({ secret: SECRET, body });
    expect(await deliver('/github', headers, body, 503)).toEqual([503, '']);
    expect(await deliver('/github', headers, body)).toEqual([200, '']);
    expect(await deliver('/github', headers, body)).toEqual([409, '{"error":"replayed"}']);
  });

  it('answers 503 when the object fails, never accepting', async () => {
    const body = `{"id":"broken-${Date.now()}"}`;
    const { headers } = await signGithub({ secret: SECRET, body });
    expect(await deliver('/github-broken-store', headers, body)).toEqual([503, '{"error":"store_unavailable"}']);
  });

  it('fails loudly (500) when the namespace is not bound, never accepting', async () => {
    const body = '{"id":"unbound"}';
    const { headers } = await signGithub({ secret: SECRET, body });
    const [status, text] = await deliver('/github-unbound-store', headers, body);
    expect([status, text]).toEqual([500, expect.stringContaining('TypeError: durableObjectReplayStore: the namespace must be a Durable Object namespace binding')]);
  });
});
