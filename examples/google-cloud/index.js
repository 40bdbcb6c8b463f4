// Three Google Cloud Functions (HTTP), each run only for requests hookguard
// accepts. Locally: `npx functions-framework --target=github --port=8080`.
import functions from '@google-cloud/functions-framework';
import { github as githubVerifier, twilio as twilioVerifier } from '@hookguard/core';
import { withVerification } from '@hookguard/google-cloud';

// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
const hasura = withVerification((req, res) => {
  res.json({ hello: req.body?.input?.name ?? null });
});
functions.http('hasura', hasura);

// GitHub: X-Hub-Signature-256 over req.rawBody, the exact bytes the framework
// keeps; req.body stays parsed by the framework for the handler.
const github = withVerification(
  (req, res) => {
    res.json({ action: req.body?.action ?? null });
  },
  { verifier: githubVerifier({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) },
);
functions.http('github', github);

// Twilio: X-Twilio-Signature over the URL the request was sent to and its form fields.
const twilio = withVerification(
  (_req, res) => {
    res.type('text/xml').send('<Response/>');
  },
  { verifier: twilioVerifier({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) },
);
functions.http('twilio', twilio);

// The three behind one function, routed by path: what `pnpm demo` starts, one process.
const routes = { '/hasura': hasura, '/github': github, '/twilio': twilio };
functions.http('webhooks', (req, res) => (routes[req.path] ?? ((_req, notFound) => notFound.status(404).end()))(req, res));
