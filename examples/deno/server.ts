// hookguard on Deno's own server: each route runs only for requests its verifier accepts.
// Run it with the command in README.md: loopback network only, and only the variables it reads.
import { github, twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/web';

// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
const hasura = withVerification(async (request: Request) => Response.json({ hello: 'hasura', body: await request.text() }));

// GitHub: X-Hub-Signature-256 over the exact bytes; the body is still readable afterwards.
const githubHook = withVerification(
  async (request: Request) => {
    const event = await request.json();
    return Response.json({ event: request.headers.get('x-github-event'), action: event.action ?? null });
  },
  { verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) },
);

// Twilio: X-Twilio-Signature over request.url (query included) and the form fields.
const twilioHook = withVerification(() => new Response('<Response/>', { headers: { 'content-type': 'text/xml' } }), {
  verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }),
});

const routes: Record<string, (request: Request) => Promise<Response>> = { '/hasura': hasura, '/github': githubHook, '/twilio': twilioHook };

Deno.serve(
  { hostname: Deno.env.get('HOST') ?? '127.0.0.1', port: Number(Deno.env.get('PORT') ?? 8000) },
  (request) => routes[new URL(request.url).pathname]?.(request) ?? Response.json({ error: 'not_found' }, { status: 404 }),
);
