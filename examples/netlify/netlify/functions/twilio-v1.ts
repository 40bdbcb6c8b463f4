import type { HandlerEvent } from '@netlify/functions';
import { twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/netlify';

// Twilio signs the full URL; v1 events carry it untouched in `rawUrl`.
export const handler = withVerification(
  async (_event: HandlerEvent) => ({ statusCode: 200, headers: { 'content-type': 'text/xml' }, body: '<Response/>' }),
  { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) },
);
