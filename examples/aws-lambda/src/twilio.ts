import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { twilio } from '@hookguard/core';
import { withVerification } from '@hookguard/aws-lambda';

// Twilio signs the public URL; behind API Gateway the function names its public
// origin (custom domain, or the tunnel in local tests) in PUBLIC_URL.
export const handler = withVerification(
  async (_event: APIGatewayProxyEvent | APIGatewayProxyEventV2) => ({
    statusCode: 200,
    headers: { 'content-type': 'text/xml' },
    body: '<Response><Message>Thanks!</Message></Response>',
  }),
  { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }), publicUrl: process.env.PUBLIC_URL },
);
