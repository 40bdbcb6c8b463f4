import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { github } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/aws-lambda';

// GitHub behind an HTTP API: X-Hub-Signature-256 over the raw body, with GITHUB_WEBHOOK_SECRET.
export const handler = withVerification<APIGatewayProxyHandlerV2>(
  async (event) => ({
    statusCode: 200,
    body: JSON.stringify({ delivery: getVerification(event)?.deliveryId, event: event.headers['x-github-event'] ?? null }),
  }),
  { verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }) },
);
