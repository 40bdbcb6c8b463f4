import { twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/vercel';

// Twilio signs the URL with its query; `next start` re-serializes queries, which the verifier allows for.
export const POST = withVerification(
  async () => new Response('<Response><Message>Thanks!</Message></Response>', { headers: { 'content-type': 'text/xml' } }),
  { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) },
);
