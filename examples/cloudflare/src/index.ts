// One Worker, four webhook routes, each run only for requests its verifier
// accepts. The secrets are Worker bindings (`wrangler secret put NAME` when
// deployed, `.dev.vars` or `--var NAME:value` under `wrangler dev`), read from
// the `env` of the request, never from a process environment; none is committed.
import { github, twilio } from '@hookguard/core';
import { durableObjectReplayStore, withVerification, type DurableObjectNamespaceLike } from '@hookguard/cloudflare';

// The Durable Object class behind the replay store, bound as REPLAY_CLAIMS in wrangler.toml.
export { ReplayClaims } from '@hookguard/cloudflare';

// As `wrangler types` writes it.
interface Env {
  VERIFICATION_KEY?: string;
  GITHUB_WEBHOOK_SECRET?: string;
  TWILIO_AUTH_TOKEN?: string;
  REPLAY_CLAIMS: DurableObjectNamespaceLike;
}

type Handler = (request: Request, env: Env, ctx: unknown) => Response | Promise<Response>;

const routes: Record<string, Handler> = {
  // Hasura Actions and Event Triggers: header `verification_key` must equal the VERIFICATION_KEY binding (the default verifier).
  '/hasura': withVerification(async (request: Request) => Response.json({ hello: 'hasura', body: await request.text() })),

  // GitHub: `X-Hub-Signature-256` over the raw body; the handler still reads (and parses) that body.
  '/github': withVerification(
    async (request: Request) => {
      const event = (await request.json()) as { action?: unknown };
      return Response.json({ received: event.action ?? null });
    },
    { verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) },
  ),

  // GitHub again, with replay protection every isolate shares: each delivery is
  // claimed in a Durable Object, so the same delivery sent twice is refused 409.
  '/github-once': withVerification(
    async () => Response.json({ received: true }),
    (env: Env) => ({ verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }), replay: { store: durableObjectReplayStore(env.REPLAY_CLAIMS) } }),
  ),

  // Twilio: the signature covers `request.url` as the Worker received it, query included, and the form fields.
  '/twilio': withVerification(() => new Response('<Response/>', { headers: { 'content-type': 'text/xml' } }), {
    verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }),
  }),
};

export default {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    const route = routes[new URL(request.url).pathname];
    return route ? route(request, env, ctx) : Response.json({ error: 'not_found' }, { status: 404 });
  },
};
