import type { VercelRequest, VercelResponse } from '@vercel/node';
import { stripe } from '@hookguard/core';
import { upstashReplayStore } from '@hookguard/upstash';
import { getVerification, withVerification } from '@hookguard/vercel';
import { Redis } from '@upstash/redis';

// Replay protection every instance shares when the Upstash integration has set
// UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN: a delivery accepted by
// one instance is refused by all. Without them, each instance remembers its own.
// One quick attempt per call, so a slow Upstash costs a 503 rather than a hang.
// (Redis.fromEnv also reads the KV_REST_API_* names older Vercel KV stores set.)
const replay = process.env.UPSTASH_REDIS_REST_URL || process.env.KV_REST_API_URL
  ? { store: upstashReplayStore({ redis: Redis.fromEnv({ retry: { retries: 0 }, signal: () => AbortSignal.timeout(800) }) }) }
  : true;

// Stripe: signed timestamp (5 minutes' tolerance) and replay protection, so a
// delivery captured on the way is refused the second time (409).
export default withVerification(
  (req: VercelRequest, res: VercelResponse) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ received: true, scheme: getVerification(req)?.scheme }));
  },
  { verifier: stripe({ secret: { env: 'STRIPE_WEBHOOK_SECRET' } }), replay },
);
