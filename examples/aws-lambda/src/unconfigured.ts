import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { sharedSecret } from '@hookguard/core';
import { withVerification } from '@hookguard/aws-lambda';

// A secret that was never set: every request gets 500, never the handler.
export const handler = withVerification<APIGatewayProxyHandlerV2>(async () => ({ statusCode: 200, body: 'unreachable' }), {
  verifier: sharedSecret({ secret: { env: 'EXAMPLE_SECRET_NEVER_SET' } }),
});
