import { withRequestVerification, type GuardOptions, type VerificationError } from '@hookguard/core';
import type { Context, MiddlewareHandler } from 'hono';

export { getVerification, type Verification } from '@hookguard/core';

export interface HonoVerificationOptions extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON response. */
  onFailure?: (error: VerificationError, c: Context) => Response | Promise<Response>;
}

/**
 * A Hono middleware: the routes after it run only for requests the verifier
 * accepts (default: the secret in header `verification_key` equals
 * `VERIFICATION_KEY`), with `c.req` untouched: `c.req.json()` and the others
 * still read the body. `getVerification(c.req.raw)` gives a route what was
 * verified. A route that throws or answers 5xx releases its delivery's replay
 * claim. The URL URL-signing schemes check is `c.req.url` (the `Host` header on
 * Node and Bun): give `publicUrl` to pin it.
 */
export function verification(options: HonoVerificationOptions = {}): MiddlewareHandler {
  const { onFailure, ...guardOptions } = options;
  // The routes after this middleware are the handler; the same wrapper as every web adapter.
  const verified = withRequestVerification(
    async (_request: Request, c: Context, next: () => Promise<void>) => {
      await next();
      return c.res;
    },
    onFailure ? { ...guardOptions, onFailure: (error, request) => onFailure(error, contexts.get(request)!) } : guardOptions,
  );
  const contexts = new WeakMap<Request, Context>();
  return async (c, next) => {
    contexts.set(c.req.raw, c);
    const response = await verified(c.req.raw, c, next);
    // The routes answered through the context; a refusal or a handshake is this middleware's own answer.
    return response === c.res ? undefined : response;
  };
}
