import type { Config } from '@netlify/functions';
import { qstash } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/netlify';

// Upstash QStash: a JWT signed with the current or the next signing key
// (QSTASH_CURRENT_SIGNING_KEY, QSTASH_NEXT_SIGNING_KEY), for this URL and body.
// No `replay` here: an in-memory store lives as long as one instance, and
// Netlify runs many (netlify-cli even loads the function afresh per request);
// refusing replays on Netlify takes a shared store such as @hookguard/redis.
export default withVerification(
  async (request: Request) => Response.json({ messageId: getVerification(request)?.deliveryId, body: await request.text() }),
  { verifier: qstash() },
);

export const config: Config = { path: '/api/qstash' };
