import type { VercelRequest, VercelResponse } from '@vercel/node';
import { twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/vercel';

// Twilio signs the full public URL, query string included. Behind `vercel dev`
// or a tunnel the function sees a local host, so PUBLIC_URL names the public origin.
export default withVerification(
  (_req: VercelRequest, res: VercelResponse) => {
    res.setHeader('content-type', 'text/xml');
    res.end('<Response><Message>Thanks for rating!</Message></Response>');
  },
  { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }), publicUrl: process.env.PUBLIC_URL },
);
