import { refuse } from './errors.js';
import type { Verified, VerifyResult } from './verifier.js';

/**
 * Where replay protection records the deliveries it has accepted. `claim` must
 * be atomic across every instance that shares the store: of two concurrent
 * claims of one key, exactly one may answer true.
 */
export interface ReplayStore {
  /** Records `key` for `ttlSeconds` unless it is recorded already; true when the key was new. */
  claim(key: string, ttlSeconds: number): boolean | Promise<boolean>;
}

export interface ReplayOptions {
  /** Default: one in-memory store per process, enough for a single instance. Use `@hookguard/redis` for many. */
  store?: ReplayStore;
  /**
   * How long a delivery is remembered when its scheme signs no time (GitHub,
   * Shopify, generic HMAC, Twilio): after that, a captured request verifies again.
   * Timestamped schemes are remembered exactly as long as their signature is
   * accepted. Default: 86400 (one day).
   */
  ttlSeconds?: number;
  /** How long to wait for the store before answering `store_unavailable` (503). Default: 1000. */
  timeoutMs?: number;
  /** Accept the request when the store fails or times out, instead of refusing it. Default: false. */
  failOpen?: boolean;
}

export interface MemoryReplayStoreOptions {
  /** The most deliveries kept; past it the oldest are forgotten first. Default: 10000. */
  maxEntries?: number;
}

/**
 * A replay store in this process's memory, bounded in size. It protects one
 * instance; serverless platforms run many, which share nothing: use a shared store there.
 */
export function memoryReplayStore({ maxEntries = 10_000 }: MemoryReplayStoreOptions = {}): ReplayStore {
  const expiries = new Map<string, number>();
  return {
    claim(key, ttlSeconds) {
      const now = Date.now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > now) return false;
      expiries.delete(key); // re-inserted last, keeping the map in insertion (≈ age) order
      expiries.set(key, now + ttlSeconds * 1000);
      for (const oldest of expiries.keys()) {
        if (expiries.size <= maxEntries) break;
        expiries.delete(oldest);
      }
      return true;
    },
  };
}

let sharedMemoryStore: ReplayStore | undefined;

const DEFAULT_TTL_SECONDS = 86_400;
const DEFAULT_TIMEOUT_MS = 1000;

/**
 * Refuses a verified delivery whose replay key was claimed before. Results
 * without a replay key (static credentials) pass: nothing tells their deliveries apart.
 */
export async function claimDelivery(result: Verified, options: ReplayOptions, now: number): Promise<VerifyResult> {
  if (!result.replayKey) return result;
  const store = options.store ?? (sharedMemoryStore ??= memoryReplayStore());
  const ttl = result.expiresAt === undefined ? (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) : Math.max(1, result.expiresAt - now);
  const claimed = await withTimeout(store.claim(`${result.scheme}:${result.replayKey}`, ttl), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (claimed === true) return result;
  if (claimed === false) return refuse('replayed', result.scheme, 'this delivery was already accepted');
  return options.failOpen ? result : refuse('store_unavailable', result.scheme, 'the replay store did not answer');
}

/** The store's answer, or `undefined` when it failed or did not answer in time. */
async function withTimeout(answer: boolean | Promise<boolean>, timeoutMs: number): Promise<boolean | undefined> {
  if (typeof answer === 'boolean') return answer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, undefined);
  });
  try {
    return await Promise.race([answer.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
