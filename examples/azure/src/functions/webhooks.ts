// Three Azure Functions v4 HTTP triggers, each run only for requests hookguard
// accepts. The handlers are exported too, so the test calls them as the host would.
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions';
import { github, twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/azure';

// Hasura Actions: header `verification_key` must equal VERIFICATION_KEY (the default verifier).
export const hasura = withVerification(async (request: HttpRequest): Promise<HttpResponseInit> => {
  const action = (await request.json()) as { input?: { name?: string } };
  return { jsonBody: { hello: action.input?.name ?? null } };
});

// GitHub: X-Hub-Signature-256 over the raw body, read from a clone: request.json() still works.
export const githubWebhook = withVerification(
  async (request: HttpRequest): Promise<HttpResponseInit> => {
    const event = (await request.json()) as { action?: string };
    return { jsonBody: { action: event.action ?? null } };
  },
  { verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) },
);

// Twilio: X-Twilio-Signature over request.url (as the Functions host built it) and the form fields.
export const twilioWebhook = withVerification(async (): Promise<HttpResponseInit> => ({ headers: { 'content-type': 'text/xml' }, body: '<Response/>' }), {
  verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }),
});

app.http('hasura', { methods: ['POST'], authLevel: 'anonymous', handler: hasura });
app.http('github', { methods: ['POST'], authLevel: 'anonymous', handler: githubWebhook });
app.http('twilio', { methods: ['POST'], authLevel: 'anonymous', handler: twilioWebhook });
