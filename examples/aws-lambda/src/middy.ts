import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { getVerification, verificationMiddleware } from '@hookguard/aws-lambda';

// The same check as a middy middleware: `before` answers refusals, ending the chain.
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  .use(verificationMiddleware<APIGatewayProxyEventV2>())
  .handler(async (event) => ({ statusCode: 200, body: JSON.stringify({ api: 'middy', scheme: getVerification(event)?.scheme }) }));
