import { sharedSecret } from '@hookguard/core';
import { withVerification } from '@hookguard/vercel';

// A secret that was never set: every request gets 500, never the handler.
export const POST = withVerification(async () => new Response('unreachable'), {
  verifier: sharedSecret({ secret: { env: 'EXAMPLE_SECRET_NEVER_SET' } }),
});
