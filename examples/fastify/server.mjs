// `node server.mjs`: a Fastify app whose three webhook routes run only for
// requests hookguard accepts. PORT (default 3000), HOST (default 127.0.0.1).
import Fastify from 'fastify';
import { github, twilio } from '@hookguard/core';
import { verification } from '@hookguard/fastify';

const app = Fastify();

// Twilio posts forms, which Fastify itself does not parse (415): this parser, or
// @fastify/formbody, is Fastify's need, not hookguard's. hookguard verifies the raw
// bytes before any parser runs and hands the same bytes on.
app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
  done(null, Object.fromEntries(new URLSearchParams(body)));
});

// One scope per sender: the plugin guards the routes of the scope it is registered in.
// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
await app.register(async (scope) => {
  await scope.register(verification());
  scope.post('/hasura', async (request) => ({ hello: request.body?.input?.name ?? null }));
});

// GitHub: X-Hub-Signature-256 over the raw body; request.body is parsed by Fastify as usual.
await app.register(async (scope) => {
  await scope.register(verification({ verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) }));
  scope.post('/github', async (request) => ({ action: request.body?.action ?? null }));
});

// Twilio: X-Twilio-Signature over the URL the request was sent to and its form fields.
await app.register(async (scope) => {
  await scope.register(verification({ verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) }));
  scope.post('/twilio', async (_request, reply) => reply.type('text/xml').send('<Response/>'));
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
await app.listen({ port, host });
console.log(`listening on http://${host}:${port}`);
process.once('SIGTERM', () => app.close());
process.once('SIGINT', () => app.close());
