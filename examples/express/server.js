// `node server.js`: an Express app whose three webhook routes run only for
// requests hookguard accepts. PORT (default 3000) and HOST (default 127.0.0.1).
import express from 'express';
import { github, twilio } from '@hookguard/core';
import { verification } from '@hookguard/express';

const app = express();

// Body parsers come first and keep the exact bytes as req.rawBody, which is what
// hookguard verifies; the routes still get req.body parsed. (Without `verify`,
// express.json() would leave only re-serialized JSON: every delivery gets 500
// and the fix is logged.)
const keepRawBody = (req, _res, buf) => {
  req.rawBody = buf;
};
app.use(express.json({ verify: keepRawBody }));
app.use(express.urlencoded({ verify: keepRawBody }));

// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
app.post('/hasura', verification(), (req, res) => {
  res.json({ hello: req.body?.input?.name ?? null });
});

// GitHub: X-Hub-Signature-256 over the raw body, with GITHUB_WEBHOOK_SECRET.
app.post('/github', verification({ verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) }), (req, res) => {
  res.json({ action: req.body?.action ?? null });
});

// Twilio: X-Twilio-Signature over the URL the request was sent to and its form fields.
app.post('/twilio', verification({ verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) }), (_req, res) => {
  res.type('text/xml').send('<Response/>');
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const server = app.listen(port, host, () => console.log(`listening on http://${host}:${port}`));
process.once('SIGTERM', () => server.close());
process.once('SIGINT', () => server.close());
