import type { VercelRequest, VercelResponse } from '@vercel/node';
import { discord } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/vercel';

// Discord interactions: Ed25519 with the application's public key (DISCORD_PUBLIC_KEY, hex).
// Discord's PING is answered `{"type":1}` by hookguard, before this handler; a
// wrong signature gets 401. The handler answers 418 so the tests can tell it ran
// (a bot would answer e.g. `{ type: 4, data: { content: '...' } }`).
export default withVerification(
  (req: VercelRequest, res: VercelResponse) => {
    const interaction = JSON.parse(Buffer.from(getVerification(req)?.body ?? []).toString() || '{}');
    res.statusCode = 418; // with NODEJS_HELPERS=0 there is no res.status() or res.json()
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ handled: 'discord', type: interaction.type }));
  },
  { verifier: discord({ publicKey: { env: 'DISCORD_PUBLIC_KEY' } }) },
);
