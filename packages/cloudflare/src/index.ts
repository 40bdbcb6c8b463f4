import { createGuard, withEnvBindings, withRequestVerification, type Guard, type WebVerificationOptions } from '@hookguard/core';

export { getVerification, type Verification, type WebVerificationOptions } from '@hookguard/core';

type Bindings = Readonly<Record<string, unknown>>;
type WorkerHandler<E extends object, C> = (request: Request, env: E, ctx: C) => Response | Promise<Response>;

/**
 * A guard made, and the verifier's secrets resolved, inside the Worker's env:
 * `{ env: 'NAME' }` and the default `VERIFICATION_KEY` are read from the env
 * binding, never from a process environment. Made on the first request, as a
 * Worker has no env before; the bindings of an isolate do not change, so the
 * secrets resolved then serve every later request. A missing binding is the
 * usual loud 500, never an accept.
 */
function guardIn(options: WebVerificationOptions) {
  let guard: Guard | undefined;
  return (env: Bindings): Guard => guard ?? withEnvBindings(env, () => (guard = createGuard(options)));
}

/**
 * A Workers `fetch` handler, `(request, env, ctx) => Response`, run only for
 * requests the verifier accepts: `export default { fetch: withVerification(handler) }`.
 * The request reaches the handler untouched, its body still readable.
 */
// `object`, not a record type: `wrangler types` writes an interface, which has no index signature.
export function withVerification<E extends object, C>(handler: WorkerHandler<E, C>, options: WebVerificationOptions = {}): WorkerHandler<E, C> {
  const guardFor = guardIn(options);
  let verified: ((request: Request, env: E, ctx: C) => Promise<Response>) | undefined;
  return (request, env, ctx) => {
    const guard = guardFor(env as Bindings);
    verified ??= withRequestVerification(handler, options, { guard });
    return verified(request, env, ctx);
  };
}

/** The parts of a Pages Functions `EventContext` the adapter reads. */
interface PagesContext {
  request: Request;
  env: object;
}

/** A Pages Function, `onRequest(context) => Response`, run only for requests the verifier accepts. */
export function withPagesVerification<Ctx extends PagesContext>(handler: (context: Ctx) => Response | Promise<Response>, options: WebVerificationOptions = {}) {
  const guardFor = guardIn(options);
  let verified: ((request: Request, context: Ctx) => Promise<Response>) | undefined;
  return (context: Ctx): Promise<Response> => {
    const guard = guardFor(context.env as Bindings);
    verified ??= withRequestVerification((_request: Request, ctx: Ctx) => handler(ctx), options, { guard });
    return verified(context.request, context);
  };
}
