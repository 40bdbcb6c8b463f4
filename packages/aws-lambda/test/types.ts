// Compile-time checks (run by `pnpm typecheck`): wrapped handlers keep their types.
import middy from '@middy/core';
import type {
  ALBEvent, ALBHandler, APIGatewayProxyEventV2, APIGatewayProxyHandler, APIGatewayProxyHandlerV2, APIGatewayProxyStructuredResultV2,
  Handler, LambdaFunctionURLHandler,
} from 'aws-lambda';
import { verificationMiddleware, withVerification } from '../src/index.js';

export const rest: APIGatewayProxyHandler = withVerification<APIGatewayProxyHandler>(async (event) => ({ statusCode: 200, body: event.path }));
export const http: APIGatewayProxyHandlerV2 = withVerification<APIGatewayProxyHandlerV2>(async (event) => ({ statusCode: 200, body: event.rawPath }));
export const functionUrl: LambdaFunctionURLHandler = withVerification<LambdaFunctionURLHandler>(async () => ({ statusCode: 204 }));
export const alb: ALBHandler = withVerification<ALBHandler>(async (event: ALBEvent) => ({ statusCode: 200, body: event.path }));
export const inferred = withVerification(async (event: APIGatewayProxyEventV2) => ({ statusCode: 200, body: event.rawQueryString }));
export const keepsType: (event: APIGatewayProxyEventV2) => Promise<{ statusCode: number; body: string }> = inferred;

export const withMiddy = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  .use(verificationMiddleware<APIGatewayProxyEventV2>())
  .handler(async () => ({ statusCode: 200 }));

// @ts-expect-error an event that is not an HTTP event is refused
withVerification(async (event: { Records: unknown[] }) => event.Records.length);
// @ts-expect-error a handler for S3 events is not an HTTP handler
export const s3: Handler<{ Records: unknown[] }> = withVerification<Handler<{ Records: unknown[] }>>(async () => undefined);
