import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { discord } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/aws-lambda';

// Discord interactions behind an HTTP API: Ed25519 with the application's public key
// (DISCORD_PUBLIC_KEY, hex). Discord's PING is answered `{"type":1}` by hookguard,
// before this handler; a wrong signature gets 401. The handler answers 418 so the
// tests can tell it ran (a bot would answer e.g. `{ type: 4, data: { content: '...' } }`).
export const handler = withVerification<APIGatewayProxyHandlerV2>(
  async (event) => {
    const interaction = JSON.parse(Buffer.from(getVerification(event)?.body ?? []).toString() || '{}');
    return { statusCode: 418, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ handled: 'discord', type: interaction.type }) };
  },
  { verifier: discord({ publicKey: { env: 'DISCORD_PUBLIC_KEY' } }) },
);
