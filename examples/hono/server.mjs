// `node server.mjs`: a Hono app on Node (@hono/node-server) whose three webhook
// routes run only for requests hookguard accepts. PORT (default 3000), HOST (default 127.0.0.1).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { github, twilio } from '@hookguard/core';
import { verification } from '@hookguard/hono';

const app = new Hono();

// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
app.use('/hasura', verification());
app.post('/hasura', async (c) => c.json({ hello: (await c.req.json()).input?.name ?? null }));

// GitHub: X-Hub-Signature-256 over the raw body. The middleware leaves c.req unread, so c.req.json() works.
app.use('/github', verification({ verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) }));
app.post('/github', async (c) => c.json({ action: (await c.req.json()).action ?? null }));

// Twilio: X-Twilio-Signature over c.req.url (built from the Host header) and the form fields.
app.use('/twilio', verification({ verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) }));
app.post('/twilio', (c) => c.body('<Response/>', 200, { 'content-type': 'text/xml' }));

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, () => console.log(`listening on http://${hostname}:${port}`));
process.once('SIGTERM', () => server.close());
process.once('SIGINT', () => server.close());
