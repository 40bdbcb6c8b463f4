import { runVerified } from '@hookguard/core';
import type { LambdaHttpEvent } from './events.js';
import { eventVerifier, refusalFor, statusOf, type LambdaVerificationOptions } from './verify-event.js';

export { getVerification, type Verification } from '@hookguard/core';
export type { AlbEvent, HttpApiEvent, LambdaHttpEvent, RestApiEvent } from './events.js';
export type { LambdaVerificationOptions } from './verify-event.js';
export { withStreamingVerification } from './streaming.js';
export { verificationMiddleware } from './middy.js';

export type EventHandler = (event: never, ...rest: never[]) => unknown;
/** Accepts only handlers whose first parameter is an HTTP event: REST, HTTP API, Function URL or ALB. */
export type HttpEventHandler<H extends EventHandler> = Parameters<H>[0] extends LambdaHttpEvent ? unknown : never;

/**
 * Runs `handler` only for events the verifier accepts (default: the secret in
 * header `verification_key` equals `VERIFICATION_KEY`), answering refusals in
 * the event's own response shape. Works for API Gateway REST and HTTP APIs,
 * Function URLs and ALB, told apart from the event. Returns the handler's type.
 * With `replay`, a handler that throws or answers 5xx has its delivery's claim
 * released, so the sender's retry is accepted.
 */
export function withVerification<H extends EventHandler>(handler: H & HttpEventHandler<H>, options: LambdaVerificationOptions = {}): H {
  const verify = eventVerifier(options);
  const wrapped = async (event: LambdaHttpEvent, ...rest: unknown[]) => {
    const outcome = await verify(event);
    if (!outcome.ok) return refusalFor(options, event, outcome);
    const handle = () => (handler as unknown as (...args: unknown[]) => unknown)(event, ...rest);
    // A throw or a 5xx releases the delivery's replay claim, so the sender's retry is accepted.
    return runVerified(outcome.verification, handle, statusOf);
  };
  return wrapped as unknown as H;
}
