import type { Config } from '@netlify/functions';
import { discord } from '@hookguard/core';
import { withVerification } from '@hookguard/netlify';

// Discord interactions: Ed25519 with the application's public key (DISCORD_PUBLIC_KEY, hex).
// Discord's PING is answered `{"type":1}` by hookguard, before this handler; a
// wrong signature gets 401. The handler answers 418 so the tests can tell it ran
// (a bot would answer e.g. `{ type: 4, data: { content: '...' } }`).
export default withVerification(
  async (request: Request) => Response.json({ handled: 'discord', type: (await request.json()).type }, { status: 418 }),
  { verifier: discord({ publicKey: { env: 'DISCORD_PUBLIC_KEY' } }) },
);

export const config: Config = { path: '/api/discord' };
