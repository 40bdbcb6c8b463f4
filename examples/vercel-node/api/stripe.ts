import type { VercelRequest, VercelResponse } from '@vercel/node';
import { stripe } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/vercel';

// Stripe: signed timestamp (5 minutes' tolerance) and replay protection, so a
// delivery captured on the way is refused the second time (409).
export default withVerification(
  (req: VercelRequest, res: VercelResponse) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ received: true, scheme: getVerification(req)?.scheme }));
  },
  { verifier: stripe({ secret: { env: 'STRIPE_WEBHOOK_SECRET' } }), replay: true },
);
