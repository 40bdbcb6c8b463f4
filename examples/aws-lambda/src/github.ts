import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { github } from '@hookguard/core';
import { getVerification, withVerification } from '@hookguard/aws-lambda';
import { dynamodbReplayStore } from '@hookguard/dynamodb';

// With REPLAY_TABLE set, every instance of the function claims deliveries in one
// DynamoDB table: a delivery is accepted once, whichever instance receives it.
// DYNAMODB_ENDPOINT points the client at a local DynamoDB (the tests, `pnpm demo`).
const table = process.env.REPLAY_TABLE;
const endpoint = process.env.DYNAMODB_ENDPOINT;
// Outside the handler: one client per instance, few attempts and short timeouts, so a slow table costs a 503, not a hang.
const replay = table
  ? {
      store: dynamodbReplayStore({
        client: new DynamoDBClient({
          maxAttempts: 2,
          requestHandler: { connectionTimeout: 200, requestTimeout: 400, throwOnRequestTimeout: true },
          ...(endpoint ? { endpoint } : {}),
        }),
        tableName: table,
      }),
    }
  : undefined;

// GitHub behind an HTTP API: X-Hub-Signature-256 over the raw body, with GITHUB_WEBHOOK_SECRET.
export const handler = withVerification<APIGatewayProxyHandlerV2>(
  async (event) => ({
    statusCode: 200,
    body: JSON.stringify({ delivery: getVerification(event)?.deliveryId, event: event.headers['x-github-event'] ?? null }),
  }),
  {
    verifier: github({ secret: { env: 'GITHUB_WEBHOOK_SECRET' } }),
    ...(replay ? { replay } : {}),
  },
);
