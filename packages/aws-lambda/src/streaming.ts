import { runVerified } from '@hookguard/core';
import type { HttpApiEvent } from './events.js';
import { eventVerifier, type LambdaVerificationOptions } from './verify-event.js';

/** The response stream `awslambda.streamifyResponse` hands a handler. */
interface ResponseStream {
  write(chunk: string): unknown;
  end(): unknown;
}

type StreamingHandler = (event: never, responseStream: never, ...rest: never[]) => Promise<unknown>;

interface LambdaRuntimeGlobal {
  HttpResponseStream: { from(stream: ResponseStream, prelude: { statusCode: number; headers: Record<string, string> }): ResponseStream };
}

/**
 * For `awslambda.streamifyResponse(handler)` (Function URLs): `handler` runs only
 * for verified events; a refusal is streamed as its status, headers and JSON body.
 */
export function withStreamingVerification<H extends StreamingHandler>(
  handler: H,
  options: Omit<LambdaVerificationOptions, 'onFailure'> = {},
): H {
  const verify = eventVerifier(options);
  const wrapped = async (event: HttpApiEvent, responseStream: ResponseStream, ...rest: unknown[]) => {
    const outcome = await verify(event);
    if (outcome.ok) {
      const handle = () => (handler as unknown as (...args: unknown[]) => Promise<unknown>)(event, responseStream, ...rest);
      return runVerified(outcome.verification, handle, () => undefined); // the status went down the stream: only a throw releases
    }
    const runtime = (globalThis as { awslambda?: LambdaRuntimeGlobal }).awslambda;
    if (!runtime) throw new Error('withStreamingVerification needs the Lambda Node.js runtime (its awslambda global)');
    const { status, headers, body } = outcome.response;
    const stream = runtime.HttpResponseStream.from(responseStream, { statusCode: status, headers });
    stream.write(body);
    stream.end();
    return undefined;
  };
  return wrapped as unknown as H;
}
