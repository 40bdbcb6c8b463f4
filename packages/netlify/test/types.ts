// Compile-time checks (run by `pnpm typecheck`): wrapped handlers keep their types.
import type { Context } from '@netlify/functions';
import type { Handler, HandlerEvent, HandlerResponse } from '@netlify/functions';
import { withVerification } from '../src/index.js';

const v1: Handler = async (event: HandlerEvent) => ({ statusCode: 200, body: event.rawUrl });
export const wrappedV1: Handler = withVerification(v1);
export const wrappedInline: (event: HandlerEvent) => Promise<HandlerResponse> = withVerification(async (event: HandlerEvent) => ({
  statusCode: 200,
  body: event.body ?? '',
}));

export default withVerification(async (request: Request, context: Context) => new Response(`${request.url} ${context.requestId}`));
export const v2: (request: Request, context: Context) => Promise<Response> = withVerification(async (request: Request, context: Context) =>
  Response.json({ url: request.url, ip: context.ip }),
);

// @ts-expect-error a function of neither shape is refused
withVerification((count: number) => count);
