import type { LambdaHttpEvent } from './events.js';
import { eventVerifier, refusalFor, type LambdaVerificationOptions } from './verify-event.js';

/**
 * A middy middleware: `middy(handler).use(verificationMiddleware({ verifier }))`.
 * Its `before` returns the refusal for an unverified event, which ends the chain
 * there (the handler and the `after` hooks do not run), as middy middlewares do.
 */
export function verificationMiddleware<E extends LambdaHttpEvent = LambdaHttpEvent>(options: LambdaVerificationOptions = {}) {
  const verify = eventVerifier(options);
  return {
    name: 'hookguard',
    async before(request: { event: E }): Promise<unknown> {
      const outcome = await verify(request.event);
      return outcome.ok ? undefined : refusalFor(options, request.event, outcome);
    },
  };
}
