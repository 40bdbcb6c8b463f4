import { isRefusal, type Refusal } from '@hookguard/core';

/** A fetched value and the time (unix seconds) until which it may be used. */
export interface Kept<V> {
  readonly value: V;
  readonly expiresAt: number;
}

/**
 * Values fetched from senders, kept in module scope so warm invocations of a
 * function reuse them: the first request after a cold start pays one fetch,
 * later ones none. Concurrent misses share one fetch; failures are not kept.
 * Bounded: past `limit` entries the oldest is dropped.
 */
export class FetchedCache<V> {
  readonly #entries = new Map<string, Kept<V>>();
  readonly #pending = new Map<string, Promise<V | Refusal>>();

  constructor(readonly limit: number) {}

  /** The value under `key` while fresh, else `load`'s (one fetch for concurrent callers), kept when it is no refusal. */
  load(key: string, now: number, load: () => Promise<Kept<V> | Refusal>): Promise<V | Refusal> {
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now) return Promise.resolve(entry.value);
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = load().then((loaded) => {
        if (isRefusal(loaded)) return loaded;
        if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value!);
        this.#entries.set(key, loaded);
        return loaded.value;
      });
      // Settled either way, the fetch is over: a load that threw must not answer every later request.
      const settled = () => void this.#pending.delete(key);
      pending.then(settled, settled);
      this.#pending.set(key, pending);
    }
    return pending;
  }

  /**
   * Forgets `key` while it still holds `stale`, so the next request fetches it
   * again; one already fetched anew is kept (a request that read the old value
   * must not throw the new one away and fetch once more).
   */
  forget(key: string, stale: V): void {
    if (this.#entries.get(key)?.value === stale) this.#entries.delete(key);
  }
}
