import type { ReplayStore } from '@hookguard/core';

// Plain structural types rather than @cloudflare/workers-types or `cloudflare:workers`:
// this module must build, and load, anywhere (Node tests, the package's CJS build).

/** The parts of a Durable Object namespace binding (`env.REPLAY_CLAIMS`) the store uses. */
export interface DurableObjectNamespaceLike {
  idFromName(name: string): unknown;
  get(id: never): { fetch(url: string, init: { method: string; body: string }): Promise<Response> };
}

/** The parts of `DurableObjectState` the object uses: its storage, key-value API and alarm. */
interface ClaimState {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    deleteAll(): Promise<void>;
    setAlarm(scheduledTime: number): Promise<void>;
    deleteAlarm(): Promise<void>;
  };
}

export interface DurableObjectReplayStoreOptions {
  /**
   * Put before every key when naming its object. Default: `''`, as the namespace
   * holds nothing but claims. Give one to each Worker when several share a
   * namespace (a binding with `script_name`) yet must each accept a delivery once.
   */
  prefix?: string;
}

/** The core's `ReplayStore`, with both methods async and `release` always present. */
export interface DurableObjectReplayStore extends ReplayStore {
  claim(key: string, ttlSeconds: number, token: string): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

interface Claim {
  token: string;
  expiresAt: number;
}

/** What the store sends the object: the token, and for a claim its TTL. */
interface Ask {
  token?: unknown;
  ttlSeconds?: unknown;
}

const CLAIM = 'claim';
const answer = (status: number) => new Response(null, { status });
const validTtl = (ttl: unknown): ttl is number => typeof ttl === 'number' && ttl > 0 && Number.isFinite(ttl);

/**
 * The Durable Object behind `durableObjectReplayStore`: export it from your
 * Worker and bind it (`[[durable_objects.bindings]]`). Each object holds the
 * claim of one delivery key, so claims of different deliveries never queue
 * behind one another. Its storage is emptied by an alarm once the claim expires.
 */
export class ReplayClaims {
  readonly #storage: ClaimState['storage'];

  constructor(state: ClaimState, _env?: unknown) {
    this.#storage = state.storage;
  }

  /** `POST /claim {ttlSeconds, token}` answers `true` or `false`; `POST /release {token}` answers 204. */
  async fetch(request: Request): Promise<Response> {
    const action = new URL(request.url).pathname;
    const { token, ttlSeconds } = ((await request.json().catch(() => null)) ?? {}) as Ask;
    if (typeof token !== 'string' || token === '') return answer(400);
    if (action === '/claim') return validTtl(ttlSeconds) ? Response.json(await this.#claim(ttlSeconds, token)) : answer(400);
    if (action !== '/release') return answer(404);
    await this.#release(token);
    return answer(204);
  }

  /** Deletes the claim once expired, so that an object per delivery does not keep storage forever. */
  async alarm(): Promise<void> {
    const claim = await this.#storage.get<Claim>(CLAIM);
    // Alarms may be retried or run late: a claim still unexpired keeps its storage until it is not.
    if (claim && claim.expiresAt > Date.now()) await this.#storage.setAlarm(claim.expiresAt);
    else await this.#storage.deleteAll();
  }

  // Atomic without a transaction: an object's input gate delivers no other
  // request while a storage call is under way, and nothing else is awaited
  // between the read and the writes, so no other claim can read in between.
  async #claim(ttlSeconds: number, token: string): Promise<boolean> {
    const held = await this.#storage.get<Claim>(CLAIM);
    const now = Date.now();
    if (held && held.expiresAt > now) return false;
    const expiresAt = now + Math.ceil(ttlSeconds * 1000);
    await this.#storage.put(CLAIM, { token, expiresAt } satisfies Claim);
    await this.#storage.setAlarm(expiresAt);
    return true;
  }

  // The same input gate keeps the token check and the delete together: a later claim cannot land between them.
  async #release(token: string): Promise<void> {
    const held = await this.#storage.get<Claim>(CLAIM);
    if (held?.token !== token) return;
    await this.#storage.deleteAlarm();
    await this.#storage.deleteAll();
  }
}

/**
 * A replay store shared by every isolate of every Worker bound to the same
 * Durable Object namespace: each delivery key is its own object
 * (`namespace.idFromName(key)`), a `ReplayClaims` whose claim cannot interleave
 * with another (see there), so of two claims of one key exactly one is accepted.
 * One round trip to the object per claim, and one per release.
 */
export function durableObjectReplayStore(namespace: DurableObjectNamespaceLike, { prefix = '' }: DurableObjectReplayStoreOptions = {}): DurableObjectReplayStore {
  const ns = namespace as Partial<DurableObjectNamespaceLike> | null | undefined;
  if (typeof ns?.idFromName !== 'function' || typeof ns.get !== 'function') {
    throw new TypeError('durableObjectReplayStore: the namespace must be a Durable Object namespace binding (env.REPLAY_CLAIMS), with idFromName and get: is it bound in wrangler.toml?');
  }
  if (typeof prefix !== 'string') throw new TypeError('durableObjectReplayStore: option "prefix" must be a string');

  // Async, so that whatever goes wrong (a bad key, an object that throws) reaches the core as a rejection, never a synchronous throw.
  const call = async (key: string, action: 'claim' | 'release', body: object): Promise<Response> => {
    if (typeof key !== 'string') throw new TypeError('durableObjectReplayStore: the key must be a string');
    const stub = namespace.get(namespace.idFromName(prefix + key) as never);
    // The host is never resolved: a stub's fetch goes to its object, which reads only the path.
    const response = await stub.fetch(`https://replay-claims/${action}`, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`durableObjectReplayStore: the Durable Object answered ${response.status} to ${action}`);
    return response;
  };
  return {
    async claim(key, ttlSeconds, token) {
      const claimed: unknown = await (await call(key, 'claim', { ttlSeconds, token })).json();
      if (typeof claimed !== 'boolean') throw new Error('durableObjectReplayStore: the Durable Object answered no boolean to claim');
      return claimed;
    },
    async release(key, token) {
      await call(key, 'release', { token });
    },
  };
}
