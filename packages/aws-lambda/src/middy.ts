import { getVerification, releaseIfFailed } from '@hookguard/core';
import type { LambdaHttpEvent } from './events.js';
import { eventVerifier, refusalFor, statusOf, type LambdaVerificationOptions } from './verify-event.js';

/**
 * A middy middleware: `middy(handler).use(verificationMiddleware({ verifier }))`.
 * Its `before` returns the refusal for an unverified event, which ends the chain
 * there (the handler and the `after` hooks do not run), as middy middlewares do.
 * With `replay`, its `after` and `onError` release the delivery's claim when
 * the handler answered 5xx or failed, so the sender's retry is accepted.
 */
export function verificationMiddleware<E extends LambdaHttpEvent = LambdaHttpEvent>(options: LambdaVerificationOptions = {}) {
  const verify = eventVerifier(options);
  return {
    name: 'hookguard',
    async before(request: { event: E }): Promise<unknown> {
      const outcome = await verify(request.event);
      return outcome.ok ? undefined : refusalFor(options, request.event, outcome);
    },
    // With replay: a 5xx answer or an error releases the delivery's claim, so the sender's retry is accepted.
    async after(request: { event: E; response?: unknown }): Promise<void> {
      const verification = getVerification(request.event);
      if (verification) await releaseIfFailed(verification, statusOf(request.response));
    },
    async onError(request: { event: E }): Promise<void> {
      await getVerification(request.event)?.release?.();
    },
  };
}
