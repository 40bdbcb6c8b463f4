import { standardWebhooks } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/vercel';

// Standard Webhooks (Svix, Resend, Clerk...): webhook-id, webhook-timestamp and
// webhook-signature over id.timestamp.body with WEBHOOK_SECRET (whsec_...), replays refused.
export const POST = withVerification(
  async (request: Request) => Response.json({ id: getVerification(request)?.deliveryId, body: await request.text() }),
  { verifier: standardWebhooks({ secret: { env: 'WEBHOOK_SECRET' } }), replay: true },
);
