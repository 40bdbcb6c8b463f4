import type { Config, Context } from '@netlify/functions';
import { twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/netlify';

// A v2 function: `req.url` is the public URL, query included.
export default withVerification(
  async (_request: Request, context: Context) => new Response(`<Response><!-- ${context.requestId ? 'ok' : ''} --></Response>`),
  { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) },
);

export const config: Config = { path: '/api/twilio' };
