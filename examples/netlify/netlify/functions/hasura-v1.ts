import type { HandlerEvent } from '@netlify/functions';
import { getVerification, withVerification } from '@hookguard/netlify';

// A v1 function: runs only when header `verification_key` equals VERIFICATION_KEY.
export const handler = withVerification(async (event: HandlerEvent) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ hello: 'v1', rawBody: Buffer.from(getVerification(event)?.body ?? []).toString('base64') }),
}));
