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

/**
 * A replay store shared by every instance that uses the same Redis: each claim
 * is one `SET key 1 PX ttl NX`, atomic on the server, so of two deliveries of one
 * request exactly one is accepted, whichever instance receives them.
 */
export function redisReplayStore({ client, prefix = 'hookguard:replay:' }: RedisReplayStoreOptions): ReplayStore {
  // ioredis also has a sendCommand, with another signature: tell the clients apart by `call`.
  const send =
    'call' in client && typeof client.call === 'function'
      ? (args: string[]) => (client as IoRedisClient).call(args[0]!, ...args.slice(1))
      : (args: string[]) => (client as NodeRedisClient).sendCommand(args);
  return {
    async claim(key, ttlSeconds) {
      const reply = await send(['SET', prefix + key, '1', 'PX', String(Math.ceil(ttlSeconds * 1000)), 'NX']);
      return reply === 'OK';
    },
  };
}
