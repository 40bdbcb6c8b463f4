import { createGuard, decodeEventBody, lambdaResponse, runVerified, type Guard, type GuardOptions, type VerificationError } from '@hookguard/core';

/** The parts of a Netlify v1 `HandlerEvent` the adapter reads. */
export interface NetlifyEvent {
  rawUrl: string;
  httpMethod: string;
  headers: Record<string, string | undefined>;
  multiValueHeaders?: Record<string, readonly string[] | undefined>;
  body: string | null;
  isBase64Encoded: boolean;
}

export interface EventVerificationOptions extends GuardOptions {
  /** Answers a refused event instead of the default `{ statusCode, body: '{"error":code}' }`. */
  onFailure?: (error: VerificationError, event: NetlifyEvent) => unknown;
}

export type EventHandler = (event: never, ...rest: never[]) => unknown;

/**
 * v1 functions: the URL is `rawUrl`, which Netlify gives exactly as the client
 * sent it; the body is base64 when `isBase64Encoded` (binary content types).
 */
export function wrapEventHandler<H extends EventHandler>(handler: H, options: EventVerificationOptions, guard: Guard = createGuard(options)): H {
  const wrapped = async (event: NetlifyEvent, ...rest: unknown[]) => {
    const outcome = await guard.verify(
      () => ({
        method: event.httpMethod,
        url: event.rawUrl,
        headers: event.multiValueHeaders && Object.keys(event.multiValueHeaders).length > 0 ? event.multiValueHeaders : event.headers,
        body: decodeEventBody(event.body, event.isBase64Encoded),
      }),
      event,
    );
    if (outcome.ok) {
      const handle = () => (handler as unknown as (...args: unknown[]) => unknown)(event, ...rest);
      // A throw or a 5xx releases the delivery's replay claim, so the sender's retry is accepted.
      return runVerified(outcome.verification, handle, (result) => (result as { statusCode?: unknown } | undefined)?.statusCode);
    }
    return options.onFailure && !outcome.handshake ? options.onFailure(outcome.error, event) : lambdaResponse(outcome.response);
  };
  return wrapped as unknown as H;
}
