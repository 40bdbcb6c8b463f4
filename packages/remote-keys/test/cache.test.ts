import { refuse } from '@hookguard/core';
import { FetchedCache } from '../src/cache.js';

describe('FetchedCache', () => {
  const kept = (value: string, expiresAt = 100) => async () => ({ value, expiresAt });

  it('keeps a value until it expires, and shares one load among concurrent misses', async () => {
    const cache = new FetchedCache<string>(4);
    let loads = 0;
    const load = async () => ({ value: `v${++loads}`, expiresAt: 100 });
    expect(await Promise.all([cache.load('k', 0, load), cache.load('k', 0, load)])).toEqual(['v1', 'v1']);
    expect(await cache.load('k', 99, load)).toBe('v1');
    expect(await cache.load('k', 100, load)).toBe('v2');
  });

  it('forgets a key only while it holds the stale value: one fetched anew since is kept', async () => {
    const cache = new FetchedCache<string>(4);
    const old = (await cache.load('k', 0, kept('old'))) as string;
    cache.forget('k', old);
    const fresh = await cache.load('k', 1, kept('fresh'));
    // a request that read the old value, and failed late, must not throw the fresh one away
    cache.forget('k', old);
    expect(await cache.load('k', 2, kept('third'))).toBe(fresh);
  });

  it('keeps no refusal, and drops the oldest entry past its limit', async () => {
    const cache = new FetchedCache<string>(2);
    expect(await cache.load('k', 0, async () => refuse('key_unavailable', 'test', 'down'))).toMatchObject({ ok: false });
    expect(await cache.load('k', 0, kept('up'))).toBe('up');
    await cache.load('a', 0, kept('a'));
    await cache.load('b', 0, kept('b'));
    expect(await cache.load('k', 0, kept('again'))).toBe('again');
  });
});
