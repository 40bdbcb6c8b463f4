// Type fixtures, checked by `pnpm typecheck`: the Worker keeps its env and ctx types.
import { github } from '@hookguard/core';
import { durableObjectReplayStore, withPagesVerification, withVerification } from '@hookguard/cloudflare';

interface Env {
  VERIFICATION_KEY: string;
  ORDERS: { send(message: string): Promise<void> };
}
interface Ctx {
  waitUntil(promise: Promise<unknown>): void;
}

export default {
  fetch: withVerification(async (request: Request, env: Env, ctx: Ctx) => {
    ctx.waitUntil(env.ORDERS.send(await request.text()));
    return new Response(null, { status: 202 });
  }),
};

const worker = withVerification(async (_request: Request, env: Env, _ctx: Ctx) => new Response(env.VERIFICATION_KEY.length ? 'ok' : ''));
declare const ctx: Ctx;
// @ts-expect-error the env keeps its own type: a binding is missing
void worker(new Request('https://x.example/'), { VERIFICATION_KEY: 'k' }, ctx);
// @ts-expect-error a handler must answer a Response
withVerification(async (_request: Request, _env: Env, _ctx: Ctx) => 'not a response');
// @ts-expect-error the options are an object
withVerification(async () => new Response(null), 'secret');

export const onRequest = withPagesVerification(async (context: { request: Request; env: Env; params: Record<string, string> }) => new Response(context.params['id']));
// @ts-expect-error a Pages context has the request and env
withPagesVerification(async (context: { params: Record<string, string> }) => new Response(context.params['id']));

// The options may be made from the env, with its own type: bindings that are objects exist only there.
interface DoEnv {
  GITHUB_WEBHOOK_SECRET: string;
  REPLAY_CLAIMS: WorkersDurableObjectNamespace;
}
// The shape @cloudflare/workers-types gives a namespace binding (not a dependency here), which the store must accept.
interface WorkersDurableObjectId {
  toString(): string;
  equals(other: WorkersDurableObjectId): boolean;
}
declare abstract class WorkersDurableObjectNamespace {
  idFromName(name: string): WorkersDurableObjectId;
  idFromString(id: string): WorkersDurableObjectId;
  get(id: WorkersDurableObjectId, options?: { locationHint?: string }): { readonly id: WorkersDurableObjectId; fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> };
}
export const replayed = {
  fetch: withVerification(async (_request: Request, _env: DoEnv, _ctx: Ctx) => new Response(null), (env) => ({
    verifier: github({ secret: env.GITHUB_WEBHOOK_SECRET }),
    replay: { store: durableObjectReplayStore(env.REPLAY_CLAIMS, { prefix: 'orders:' }) },
  })),
};
export { ReplayClaims } from '@hookguard/cloudflare';
// @ts-expect-error the options function is given the Worker's env type: no such binding
withVerification(async (_request: Request, _env: DoEnv, _ctx: Ctx) => new Response(null), (env) => ({ replay: { store: durableObjectReplayStore(env.REPLAY) } }));
// @ts-expect-error a KV namespace is no replay store: it cannot claim a key atomically
durableObjectReplayStore({ get: async (_key: string) => null, put: async (_key: string, _value: string) => {} });
export const pagesReplayed = withPagesVerification(async (context: { request: Request; env: DoEnv }) => new Response(context.request.url), (env) => ({
  replay: { store: durableObjectReplayStore(env.REPLAY_CLAIMS) },
}));
