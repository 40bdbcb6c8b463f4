// The conformance suite on core's memory store, and on stores broken on
// purpose: each defect must fail the test written for it, or the suite proves nothing.
import { memoryReplayStore, type ReplayStore } from '@hookguard/core';
import { replayStoreConformance, type TestApi } from '../src/replay-store.js';

replayStoreConformance('memoryReplayStore', { create: () => memoryReplayStore() });

/** Runs the suite on `store` with a recording test API: the names of the tests that failed. */
async function failures(create: () => ReplayStore, extra: Partial<Parameters<typeof replayStoreConformance>[1]> = {}): Promise<string[]> {
  const tests: [string, () => Promise<void>][] = [];
  const api: TestApi = { describe: (_name, body) => body(), it: (name, body) => void tests.push([name, body]) };
  replayStoreConformance('broken', { create, test: api, ...extra });
  const failed: string[] = [];
  for (const [name, body] of tests) await body().catch(() => failed.push(name));
  return failed;
}

/** A memory store with one defect applied. */
const broken = (change: (store: Required<ReplayStore>, claims: Map<string, { token: string; until: number }>) => Partial<ReplayStore>) => () => {
  const claims = new Map<string, { token: string; until: number }>();
  const store: Required<ReplayStore> = {
    claim(key, ttl, token) {
      const held = claims.get(key);
      if (held && held.until > Date.now()) return false;
      claims.set(key, { token, until: Date.now() + ttl * 1000 });
      return true;
    },
    release(key, token) {
      if (claims.get(key)?.token === token) claims.delete(key);
    },
  };
  return { ...store, ...change(store, claims) };
};

describe('replayStoreConformance catches broken stores', () => {
  jest.setTimeout(30_000);

  it('the reference store passes every test', async () => {
    expect(await failures(broken(() => ({})))).toEqual([]);
  });

  it('a store that claims twice', async () => {
    const failed = await failures(broken(() => ({ claim: () => true })));
    expect(failed).toEqual(expect.arrayContaining(['claims a key once: a second claim, with another token, is refused', 'of many concurrent claims of one key, exactly one wins']));
  });

  it('a store whose claims never expire', async () => {
    const failed = await failures(broken((store) => ({ claim: (key, _ttl, token) => store.claim(key, 1e9, token) })));
    expect(failed).toContain('a claim expires after its TTL, and the key can be claimed again');
  });

  it('a store whose claims expire too soon (a TTL read as milliseconds)', async () => {
    const failed = await failures(broken((store) => ({ claim: (key, ttl, token) => store.claim(key, ttl / 1000, token) })));
    expect(failed).toContain('a claim holds for its whole TTL: still refused most of the way through');
  });

  it("a store whose release removes another instance's claim", async () => {
    const failed = await failures(broken((_store, claims) => ({ release: (key) => void claims.delete(key) })));
    expect(failed).toEqual(expect.arrayContaining(['leaves a claim that holds another token', 'leaves the claim another instance made after ours expired']));
  });

  it('a store that cannot release', async () => {
    const failed = await failures(broken(() => ({ release: () => undefined })));
    expect(failed).toEqual(expect.arrayContaining(['releases its own claim, so the key can be claimed again']));
  });

  it('an unreachable store that answers anyway', async () => {
    const always = await failures(broken(() => ({})), { unreachable: () => ({ claim: () => true }) });
    expect(always).toContain('a store that does not answer costs a 503 store_unavailable within timeoutMs, or an accept with failOpen');
  });
});
