// hookguard on Bun's own server: each route runs only for requests its verifier accepts.
// bun run server.ts   (PORT, VERIFICATION_KEY, GITHUB_WEBHOOK_SECRET, TWILIO_AUTH_TOKEN)
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

const server = Bun.serve({
  hostname: Bun.env.HOST ?? '127.0.0.1',
  port: Number(Bun.env.PORT ?? 3000),
  routes: { '/hasura': hasura, '/github': githubHook, '/twilio': twilioHook },
  fetch: () => Response.json({ error: 'not_found' }, { status: 404 }),
});
console.log(`Listening on ${server.url}`);
