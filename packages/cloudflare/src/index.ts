import { withEnvBindings, withRequestVerification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';

export { getVerification, type Verification, type WebVerificationOptions } from '@hookguard/core';
export { durableObjectReplayStore, ReplayClaims, type DurableObjectNamespaceLike, type DurableObjectReplayStore, type DurableObjectReplayStoreOptions } from './replay-store.js';

type WorkerHandler<E extends object, C> = (request: Request, env: E, ctx: C) => Response | Promise<Response>;

/**
 * The options, or a function that makes them from the Worker's `env`: bindings
 * that are objects (a Durable Object namespace for `durableObjectReplayStore`)
 * exist only there. Called once, on the first request.
 */
export type WorkerVerificationOptions<E> = WebVerificationOptions | ((env: E) => WebVerificationOptions);

/**
 * The verified handler, made, and the verifier's secrets resolved, inside the
 * Worker's env: `{ env: 'NAME' }` and the default `VERIFICATION_KEY` are read
 * from the env binding, never from a process environment. Made on the first
 * request, as a Worker has no env before; the bindings of an isolate do not
 * change, so what was resolved then serves every later request. A missing
 * binding is the usual loud 500, never an accept.
 */
function verifiedIn<E, H extends WebHandler>(handler: H, options: WorkerVerificationOptions<E>) {
  let verified: ((...args: Parameters<H>) => Promise<Response>) | undefined;
  return (env: E) =>
    (verified ??= withEnvBindings(env as Readonly<Record<string, unknown>>, () => withRequestVerification(handler, typeof options === 'function' ? options(env) : options)));
}

/**
 * A Workers `fetch` handler, `(request, env, ctx) => Response`, run only for
 * requests the verifier accepts: `export default { fetch: withVerification(handler) }`.
 * The request reaches the handler untouched, its body still readable.
 */
// `object`, not a record type: `wrangler types` writes an interface, which has no index signature.
export function withVerification<E extends object, C>(handler: WorkerHandler<E, C>, options: WorkerVerificationOptions<E> = {}): WorkerHandler<E, C> {
  const verified = verifiedIn(handler, options);
  return (request, env, ctx) => verified(env)(request, env, ctx);
}

/** The parts of a Pages Functions `EventContext` the adapter reads. */
interface PagesContext {
  request: Request;
  env: object;
}

/** A Pages Function, `onRequest(context) => Response`, run only for requests the verifier accepts. */
export function withPagesVerification<Ctx extends PagesContext>(handler: (context: Ctx) => Response | Promise<Response>, options: WorkerVerificationOptions<Ctx['env']> = {}) {
  const verified = verifiedIn((_request: Request, context: Ctx) => handler(context), options);
  return (context: Ctx): Promise<Response> => verified(context.env)(context.request, context);
}
