import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { verifyRequest, withRequestVerification, github, type ReplayStore } from '@hookguard/core';
import { signGithub } from '@hookguard/core/sign';

/** The test functions the suite registers with: jest's and vitest's globals by default, or node:test's. */
export interface TestApi {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>, timeoutMs?: number): unknown;
}

export interface ReplayStoreConformanceOptions {
  /** A store on the backend under test, connected. Called for each test; give every call the same backend. */
  create(): ReplayStore | Promise<ReplayStore>;
  /** Closes what `create` opened (a client), after each test. */
  close?(store: ReplayStore): void | Promise<void>;
  /** A store whose backend does not answer (stopped, or an address nothing listens on): it must cost a 503 within the timeout. */
  unreachable?(): ReplayStore | Promise<ReplayStore>;
  /**
   * For the race between processes: an ES module each child process imports
   * (an absolute path or a file: URL, loadable by plain `node`) and the export
   * that makes a store from `config`, which is passed as JSON.
   */
  processes?: { module: string; export: string; config?: unknown; count?: number };
  /** The shortest TTL, in seconds, the backend keeps to: claims this short are seen to expire. Default: 1. */
  shortTtlSeconds?: number;
  /** Default: the global `describe` and `it`. */
  test?: TestApi;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let keys = 0;
/** A key no earlier run of the suite on a persistent backend can hold. */
const freshKey = (name: string) => `conformance:${name}:${process.pid}:${Date.now()}:${++keys}`;

/**
 * Registers the claim-and-release contract of `ReplayStore` as tests, for any
 * store, yours included: a key claimed once, also by concurrent callers and by
 * separate processes; claims that expire; release of this claim only; and,
 * through `verifyRequest`, a replay refused 409, a failed handler's retry
 * accepted, a store that does not answer costing 503 within `timeoutMs`.
 */
export function replayStoreConformance(name: string, options: ReplayStoreConformanceOptions): void {
  const { describe, it } = options.test ?? (globalThis as unknown as TestApi);
  const short = options.shortTtlSeconds ?? 1;
  const withStore = (body: (store: ReplayStore) => Promise<void>) => async () => {
    const store = await options.create();
    try {
      await body(store);
    } finally {
      await options.close?.(store);
    }
  };
  const claim = (store: ReplayStore, key: string, ttl: number, token: string) => Promise.resolve(store.claim(key, ttl, token));
  const release = (store: ReplayStore, key: string, token: string) => Promise.resolve(store.release?.(key, token));

  describe(`${name}: the replay store contract`, () => {
    it('claims a key once: a second claim, with another token, is refused', withStore(async (store) => {
      const key = freshKey('once');
      assert.equal(await claim(store, key, 60, 'token-a'), true);
      assert.equal(await claim(store, key, 60, 'token-b'), false);
    }));

    it('of many concurrent claims of one key, exactly one wins', withStore(async (store) => {
      const key = freshKey('race');
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(store, key, 60, `token-${i}`)));
      assert.deepEqual(answers.filter((answer) => answer === true).length, 1, `answers: ${JSON.stringify(answers)}`);
      assert.ok(answers.every((answer) => typeof answer === 'boolean'), 'every answer is a boolean');
    }));

    it('a claim holds for its whole TTL: still refused most of the way through', withStore(async (store) => {
      const key = freshKey('held');
      // A TTL read in the wrong unit (milliseconds for seconds), or cut short, lets the key go early.
      assert.equal(await claim(store, key, short + 3, 'token-a'), true);
      await sleep(short * 1000 + 1000);
      assert.equal(await claim(store, key, 60, 'token-b'), false);
    }), short * 1000 + 10_000);

    it('a claim expires after its TTL, and the key can be claimed again', withStore(async (store) => {
      const key = freshKey('expiry');
      assert.equal(await claim(store, key, short, 'token-a'), true);
      assert.equal(await claim(store, key, short, 'token-b'), false);
      await sleep(short * 1000 + 1100);
      assert.equal(await claim(store, key, 60, 'token-c'), true);
    }), short * 1000 + 10_000);

    it('releases its own claim, so the key can be claimed again', withStore(async (store) => {
      assert.equal(typeof store.release, 'function', 'a store releases, so that a failed delivery can be retried');
      const key = freshKey('release');
      assert.equal(await claim(store, key, 60, 'token-a'), true);
      await release(store, key, 'token-a');
      assert.equal(await claim(store, key, 60, 'token-b'), true);
      assert.equal(await claim(store, key, 60, 'token-c'), false);
    }));

    it('leaves a claim that holds another token', withStore(async (store) => {
      const key = freshKey('not-ours');
      assert.equal(await claim(store, key, 60, 'token-a'), true);
      await release(store, key, 'token-b');
      assert.equal(await claim(store, key, 60, 'token-c'), false);
    }));

    it('leaves the claim another instance made after ours expired', withStore(async (store) => {
      const key = freshKey('reclaimed');
      assert.equal(await claim(store, key, short, 'token-a'), true);
      await sleep(short * 1000 + 1100);
      assert.equal(await claim(store, key, 60, 'token-b'), true);
      await release(store, key, 'token-a'); // the first handler failed late
      assert.equal(await claim(store, key, 60, 'token-c'), false);
    }), short * 1000 + 10_000);

    it('releases a key never claimed without error', withStore(async (store) => {
      await release(store, freshKey('never'), 'token-a');
    }));

    it('through verifyRequest: a delivery is accepted once, its replay refused 409', withStore(async (store) => {
      const secret = `conformance-${freshKey('secret')}`;
      const body = `{"id":"${freshKey('delivery')}"}`;
      const { headers } = await signGithub({ secret, body });
      const deliver = () => verifyRequest({ method: 'POST', url: 'https://hooks.example.com/github', headers, body }, github({ secret }), { replay: { store } });
      const first = await deliver();
      assert.equal(first.ok, true, first.ok ? '' : first.error.code);
      const second = await deliver();
      assert.equal(second.ok ? 'ok' : `${second.error.code} ${second.error.status}`, 'replayed 409');
    }));

    it("a handler that fails releases the claim: the sender's retry is accepted, and once handled, refused", withStore(async (store) => {
      const secret = `conformance-${freshKey('retry')}`;
      const body = `{"id":"${freshKey('retry')}"}`;
      const { headers } = await signGithub({ secret, body });
      let calls = 0;
      const handler = withRequestVerification(async (_request: Request) => new Response(null, { status: ++calls === 1 ? 503 : 200 }), { verifier: github({ secret }), replay: { store } });
      const deliver = async () => (await handler(new Request('https://hooks.example.com/github', { method: 'POST', headers, body }))).status;
      assert.deepEqual([await deliver(), await deliver(), await deliver()], [503, 200, 409]);
    }));

    if (options.unreachable) {
      const unreachable = options.unreachable;
      it('a store that does not answer costs a 503 store_unavailable within timeoutMs, or an accept with failOpen', async () => {
        const store = await unreachable();
        const secret = 'conformance-down';
        const body = `{"id":"${freshKey('down')}"}`;
        const { headers } = await signGithub({ secret, body });
        const deliver = (failOpen: boolean) => verifyRequest({ method: 'POST', url: 'https://hooks.example.com/github', headers, body }, github({ secret }), { replay: { store, timeoutMs: 300, failOpen } });
        const started = Date.now();
        const refused = await deliver(false);
        assert.equal(refused.ok ? 'ok' : `${refused.error.code} ${refused.error.status}`, 'store_unavailable 503');
        assert.ok(Date.now() - started < 1500, `answered after ${Date.now() - started} ms`);
        assert.equal((await deliver(true)).ok, true);
      }, 10_000);
    }

    if (options.processes) {
      const processes = options.processes;
      it(`separate processes claiming one key at once: exactly one wins`, async () => {
        const answers = await raceInProcesses(processes, freshKey('processes'));
        assert.equal(answers.filter((answer) => answer === true).length, 1, `answers: ${JSON.stringify(answers)}`);
      }, 30_000);
    }
  });
}

// Each child imports the store's module, makes its store, says it is ready, and claims at the parent's signal.
const CHILD = `
const [modulePath, exportName, config, key, token] = JSON.parse(process.argv[1]);
const store = await (await import(modulePath))[exportName](config);
process.stdout.write('ready\\n');
process.stdin.once('data', async () => {
  let answer;
  try { answer = await store.claim(key, 60, token); } catch (error) { answer = 'threw: ' + error; }
  process.stdout.write(JSON.stringify(answer) + '\\n');
  process.exit(0);
});
`;

/** Each child's answer to one claim of `key`, all made at once once every child is ready. */
async function raceInProcesses({ module, export: name, config = null, count = 4 }: NonNullable<ReplayStoreConformanceOptions['processes']>, key: string): Promise<unknown[]> {
  const children = Array.from({ length: count }, (_, i) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify([module, name, config, key, `process-${i}`])], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => {
      const line = await lines.next();
      if (line.done) throw new Error(`a child process exited before answering (${child.exitCode})`);
      return line.value;
    };
    return { child, next };
  });
  try {
    for (const { next } of children) assert.equal(await next(), 'ready');
    for (const { child } of children) child.stdin.write('go\n');
    return await Promise.all(children.map(async ({ next }) => JSON.parse(await next()) as unknown));
  } finally {
    for (const { child } of children) child.kill();
  }
}
