import type { ReplayStore } from '@hookguard/core';

/** A connected node-redis client (`createClient()` from `redis`, v4 or later). */
export interface NodeRedisClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** A connected ioredis client (`new Redis()`). */
export interface IoRedisClient {
  call(command: string, ...args: string[]): Promise<unknown>;
}

export interface RedisReplayStoreOptions {
  /**
   * Your connected client, node-redis or ioredis. Prefer one that fails fast
   * while disconnected (node-redis `disableOfflineQueue: true`, ioredis
   * `enableOfflineQueue: false`): a store that cannot answer within
   * `replay.timeoutMs` makes verification answer 503 anyway.
   */
  client: NodeRedisClient | IoRedisClient;
  /** Prepended to every key. Default: `hookguard:replay:`. */
  prefix?: string;
}

/** The core's `ReplayStore`, with both methods async and `release` always present. */
export interface RedisReplayStore extends ReplayStore {
  claim(key: string, ttlSeconds: number, token: string): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

// Deletes the key only while it still holds this claim's token. GET and DEL run
// in one script, atomically: issued apart, the claim could expire and be taken by
// another instance between them, and the DEL would remove that one. Plain EVAL, not
// EVALSHA: release runs only when a handler failed, so sending the script's text
// costs little, and EVAL needs no NOSCRIPT fallback.
const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * A replay store shared by every instance that uses the same Redis: each claim
 * is one `SET key token PX ttl NX`, atomic on the server, so of two deliveries of
 * one request exactly one is accepted, whichever instance receives them.
 */
export function redisReplayStore({ client, prefix = 'hookguard:replay:' }: RedisReplayStoreOptions): RedisReplayStore {
  // ioredis also has a sendCommand, with another signature: tell the clients apart by `call`.
  const send =
    'call' in client && typeof client.call === 'function'
      ? (args: string[]) => (client as IoRedisClient).call(args[0]!, ...args.slice(1))
      : (args: string[]) => (client as NodeRedisClient).sendCommand(args);
  // Both methods are async so that whatever goes wrong (a bad argument, a closed
  // client) reaches the caller as a rejected promise, never as a synchronous throw.
  return {
    async claim(key, ttlSeconds, token) {
      // The token, unique to this claim, is the value, so that release can tell it from a later claim of the same key.
      const reply = await send(['SET', prefix + key, token, 'PX', String(Math.ceil(ttlSeconds * 1000)), 'NX']);
      if (reply === 'OK') return true;
      if (reply !== null) throw new Error(`redisReplayStore: SET NX answered ${String(reply)}, neither OK nor null`);
      // Taken: by another claim, or by this one, resent after its answer was lost (ioredis resends
      // commands on reconnect). Read as taken, that would refuse a first delivery as a replay.
      return (await send(['GET', prefix + key])) === token;
    },
    async release(key, token) {
      await send(['EVAL', RELEASE, '1', prefix + key, token]);
    },
  };
}
