// durableObjectReplayStore's own checks, in Node with a stand-in namespace:
// a wrong binding fails at creation, loudly; anything that goes wrong later is
// a rejection (which the core turns into a 503), never a synchronous throw.
import { durableObjectReplayStore, type DurableObjectNamespaceLike } from '../src/replay-store.js';

/** A namespace whose every object answers `respond`, recording the names its objects were made from. */
function namespace(respond: () => Response | Promise<Response>, names: string[] = []): DurableObjectNamespaceLike {
  return {
    idFromName: (name) => (names.push(name), name),
    get: () => ({ fetch: async () => respond() }),
  };
}

describe('durableObjectReplayStore', () => {
  it.each([
    ['undefined (a binding missing from wrangler.toml)', undefined],
    ['a KV namespace', { get() {}, put() {} }],
    ['a string', 'REPLAY_CLAIMS'],
  ])('throws a TypeError at creation for %s', (_name, given) => {
    expect(() => durableObjectReplayStore(given as unknown as DurableObjectNamespaceLike)).toThrow(TypeError);
  });

  it('names each object by its key, after the prefix', async () => {
    const names: string[] = [];
    await durableObjectReplayStore(namespace(() => Response.json(true), names)).claim('github:abc', 60, 't');
    await durableObjectReplayStore(namespace(() => Response.json(true), names), { prefix: 'app-a:' }).claim('github:abc', 60, 't');
    expect(names).toEqual(['github:abc', 'app-a:github:abc']);
  });

  it("returns the object's answer to a claim", async () => {
    expect(await durableObjectReplayStore(namespace(() => Response.json(false))).claim('k', 60, 't')).toBe(false);
  });

  it.each([
    ['the object answers an error status', namespace(() => new Response('oops', { status: 500 }))],
    ['the object answers no boolean', namespace(() => Response.json('yes'))],
    ['the stub throws', { idFromName: (name: string) => name, get: () => { throw new Error('no stub'); } }],
  ])('a claim rejects, never throws, when %s', async (_name, given) => {
    const store = durableObjectReplayStore(given as DurableObjectNamespaceLike);
    let answer: Promise<boolean> | undefined;
    expect(() => (answer = store.claim('k', 60, 't'))).not.toThrow();
    await expect(answer).rejects.toThrow(Error);
  });

  it('a release rejects, never throws, when the object answers an error status', async () => {
    const store = durableObjectReplayStore(namespace(() => new Response('oops', { status: 500 })));
    let answer: Promise<void> | undefined;
    expect(() => (answer = store.release('k', 't'))).not.toThrow();
    await expect(answer).rejects.toThrow(/answered 500 to release/);
  });
});
