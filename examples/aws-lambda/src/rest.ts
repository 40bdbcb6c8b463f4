import type { APIGatewayProxyHandler } from 'aws-lambda';
import { getVerification, withVerification } from '@hookguard/aws-lambda';

// API Gateway REST: runs only when header `verification_key` equals VERIFICATION_KEY.
export const handler = withVerification<APIGatewayProxyHandler>(async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ api: 'rest', rawBody: Buffer.from(getVerification(event)?.body ?? []).toString('base64') }),
}));
