import type { Config } from '@netlify/functions';
import { sharedSecret } from '@hookguard/core';
import { withVerification } from '@hookguard/netlify';

// A function whose secret was never set: every request gets 500, never the handler.
export default withVerification(async () => new Response('unreachable'), {
  verifier: sharedSecret({ secret: { env: 'EXAMPLE_SECRET_NEVER_SET' } }),
});

export const config: Config = { path: '/api/unconfigured' };
