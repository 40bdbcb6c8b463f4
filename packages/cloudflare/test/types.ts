// Type fixtures, checked by `pnpm typecheck`: the Worker keeps its env and ctx types.
import { withPagesVerification, withVerification } from '@hookguard/cloudflare';

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
