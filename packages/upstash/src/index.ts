import type { ReplayStore } from '@hookguard/core';

/**
 * The three commands the store sends, as `Redis` from `@upstash/redis` has them
 * (`Redis.fromEnv()`, or the `@upstash/redis/cloudflare` and `/fastly` builds).
 */
export interface UpstashRedisClient {
  set(key: string, value: string, options: { nx: true; px: number }): Promise<unknown>;
  get(key: string): Promise<unknown>;
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
}

export interface UpstashReplayStoreOptions {
  /**
   * Your `Redis` from `@upstash/redis`. Give it a per-request timeout
   * (`signal: () => AbortSignal.timeout(ms)`) and few retries: a call that
   * outlives `replay.timeoutMs` makes verification answer 503 anyway.
   */
  redis: UpstashRedisClient;
  /** Prepended to every key. Default: `hookguard:replay:`. */
  prefix?: string;
}

/** The core's `ReplayStore`, with both methods async and `release` always present. */
export interface UpstashReplayStore extends ReplayStore {
  claim(key: string, ttlSeconds: number, token: string): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

// Deletes the key only while it still holds this claim's token, GET and DEL in
// one script so that no other instance's claim can slip in between them. Plain
// EVAL, not EVALSHA: release runs only when a handler failed, so sending the
// script's text costs little, and EVAL needs no NOSCRIPT fallback.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const isClient = (redis: unknown): redis is UpstashRedisClient =>
  typeof redis === 'object' && redis !== null && ['set', 'get', 'eval'].every((name) => typeof (redis as Record<string, unknown>)[name] === 'function');

/** Misconfiguration fails at cold start, not as a 503 on every delivery. */
function checkOptions(options: UpstashReplayStoreOptions | undefined): void {
  if (!isClient(options?.redis)) {
    throw new TypeError('upstashReplayStore: option "redis" must be a Redis client from @upstash/redis, e.g. Redis.fromEnv()');
  }
  if (options.prefix !== undefined && typeof options.prefix !== 'string') {
    throw new TypeError('upstashReplayStore: option "prefix" must be a string');
  }
}

/**
 * A replay store on Upstash Redis over its REST API, for Node and Edge
 * runtimes alike: each claim is one `SET key token NX PX ttl`, atomic on the
 * server, so of two deliveries of one request exactly one is accepted,
 * whichever instance receives them.
 */
export function upstashReplayStore(options: UpstashReplayStoreOptions): UpstashReplayStore {
  checkOptions(options);
  const { redis, prefix = 'hookguard:replay:' } = options;
  // Both methods are async so that whatever goes wrong reaches the caller as a
  // rejected promise, never as a synchronous throw.
  return {
    async claim(key, ttlSeconds, token) {
      // The token, unique to this claim, is the value, so that release can tell it from a later claim of the same key.
      const reply = await redis.set(prefix + key, token, { nx: true, px: Math.ceil(ttlSeconds * 1000) });
      if (reply === 'OK') return true;
      // Taken: by another claim, or by this one, resent by the client's retry after its answer was
      // lost. Read as taken, that would refuse a first delivery as a replay (409, never retried).
      if (reply === null) return (await redis.get(prefix + key)) === token;
      // @upstash/redis resolves every command with the abort reason once a fixed
      // `signal` has aborted. Read as "already claimed", that would refuse a first
      // delivery as a replay (409, never retried) rather than as unavailable (503).
      throw new Error(`upstashReplayStore: SET NX answered ${JSON.stringify(reply)}, neither OK nor null`);
    },
    async release(key, token) {
      await redis.eval(RELEASE, [prefix + key], [token]);
    },
  };
}
