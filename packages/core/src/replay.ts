import { refuse, type Refusal } from './errors.js';
import { invalidNumber } from './options.js';
import type { Verified, VerifyResult } from './verifier.js';

/**
 * Where replay protection records the deliveries it has accepted. `claim` must
 * be atomic across every instance that shares the store: of two concurrent
 * claims of one key, exactly one may answer true.
 */
export interface ReplayStore {
  /**
   * Records `key` for `ttlSeconds` unless it is recorded and unexpired already;
   * true when this call recorded it. `token` is unique to this claim: store it
   * as the key's value, so that `release` removes this claim and no other.
   */
  claim(key: string, ttlSeconds: number, token: string): boolean | Promise<boolean>;
  /**
   * Removes the claim of `key` if it still holds `token`, so the sender's retry
   * of a delivery whose handler failed is accepted. A claim that expired and was
   * taken by another instance since is left alone. Optional: without it, a
   * delivery whose handler failed stays claimed until its TTL passes.
   */
  release?(key: string, token: string): void | Promise<void>;
}

export interface ReplayOptions {
  /** Default: one in-memory store per process, enough for a single instance. Use a shared store (`@hookguard/redis`) for many. */
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
  /** The most deliveries kept. Past it, expired ones are dropped first; then the oldest, with a line in the log. Default: 10000. */
  maxEntries?: number;
  /** Where the one warning about forgetting an unexpired delivery goes. Default: `console.warn`. */
  log?: (line: string) => void;
}

/**
 * A replay store in this process's memory, bounded in size. It protects one
 * instance; serverless platforms run many, which share nothing: use a shared store there.
 */
export function memoryReplayStore({ maxEntries = 10_000, log = (line) => console.warn(line) }: MemoryReplayStoreOptions = {}): ReplayStore {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new TypeError('memoryReplayStore: maxEntries must be a positive integer');
  const claims = new Map<string, { token: string; expiry: number }>();
  let nextExpiry = Infinity; // the earliest expiry in the map when it was last swept
  let warned = false;

  /** Makes room for one more: expired entries first (one sweep, not again until one can have expired), then the oldest. */
  const makeRoom = (now: number) => {
    if (now >= nextExpiry) {
      nextExpiry = Infinity;
      for (const [key, { expiry }] of claims) {
        if (expiry <= now) claims.delete(key);
        else nextExpiry = Math.min(nextExpiry, expiry);
      }
    }
    if (claims.size < maxEntries) return;
    const [oldest] = claims.keys();
    claims.delete(oldest!);
    if (!warned) {
      warned = true;
      log(`[hookguard] the in-memory replay store holds ${maxEntries} unexpired deliveries and forgets the oldest: a replay of those would be accepted. Use a shared store, or raise maxEntries.`);
    }
  };

  return {
    claim(key, ttlSeconds, token) {
      const now = Date.now();
      const existing = claims.get(key);
      if (existing && existing.expiry > now) return false;
      claims.delete(key); // re-inserted last, keeping the map in insertion (≈ age) order
      if (claims.size >= maxEntries) makeRoom(now);
      const expiry = now + ttlSeconds * 1000;
      claims.set(key, { token, expiry });
      nextExpiry = Math.min(nextExpiry, expiry);
      return true;
    },
    release(key, token) {
      if (claims.get(key)?.token === token) claims.delete(key);
    },
  };
}

let sharedMemoryStore: ReplayStore | undefined;

const DEFAULT_TTL_SECONDS = 86_400;
const DEFAULT_TIMEOUT_MS = 1000;

/** The replay options that make no sense (a NaN TTL would turn protection off), as a misconfiguration. */
export function replayOptionsProblem(options: ReplayOptions): Refusal | undefined {
  const store = options.store;
  if (store !== undefined && (typeof store !== 'object' || store === null || typeof store.claim !== 'function')) {
    return refuse('misconfigured', 'replay', 'option "store" must have a claim(key, ttlSeconds, token) method');
  }
  return invalidNumber('replay', 'ttlSeconds', options.ttlSeconds, 1) ?? invalidNumber('replay', 'timeoutMs', options.timeoutMs, 1);
}

/**
 * Refuses a verified delivery whose replay key was claimed before. Results
 * without a replay key (static credentials) pass: nothing tells their
 * deliveries apart. An accepted claim comes with `release`, for the adapters
 * to call when the handler fails.
 */
export async function claimDelivery(result: Verified, options: ReplayOptions, now: number): Promise<VerifyResult> {
  if (!result.replayKey) return result;
  const store = options.store ?? (sharedMemoryStore ??= memoryReplayStore());
  const ttl = result.expiresAt === undefined ? (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) : Math.max(1, result.expiresAt - now);
  const key = `${result.scheme}:${result.replayKey}`;
  const token = crypto.randomUUID();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const release = store.release && (() => withTimeout(attempt(() => store.release!(key, token)), timeoutMs).then(() => undefined));
  const answer = attempt(() => store.claim(key, ttl, token));
  const claimed = await withTimeout(answer, timeoutMs);
  if (claimed === false) return refuse('replayed', result.scheme, 'this delivery was already accepted');
  if (claimed !== true && !options.failOpen) {
    // Refused as unavailable, so a claim that landed all the same (its answer lost, an error after the
    // write, or late) must not turn the sender's retry into a 409: released once the store has answered.
    // Release goes by this claim's token, so it is harmless when nothing landed. (Accepted under
    // failOpen, the delivery keeps whatever claim landed, as any accepted one does.)
    if (release) void Promise.resolve(answer).then(release);
    return refuse('store_unavailable', result.scheme, 'the replay store did not answer');
  }
  return claimed === true && release ? Object.assign(result, { release }) : result;
}

/**
 * What a store call answered, or `undefined` when it threw or rejected: a
 * custom store's bug is a 503, never an exception out of verification. A
 * synchronous answer (the memory store's) stays synchronous.
 */
function attempt<T>(call: () => T | PromiseLike<T>): T | undefined | Promise<T | undefined> {
  try {
    const answer = call();
    if (typeof (answer as { then?: unknown } | null | undefined)?.then !== 'function') return answer as T;
    return Promise.resolve(answer).catch(() => undefined);
  } catch {
    return undefined;
  }
}

/** The answer, or `undefined` when it takes longer than `timeoutMs`; no timer for an answer already there. */
async function withTimeout<T>(answer: T | Promise<T>, timeoutMs: number): Promise<T | undefined> {
  if (!(answer instanceof Promise)) return answer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, undefined);
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
