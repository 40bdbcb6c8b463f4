import { createGuard, forwardedOrigin, pathAndQuery, type Guard, type GuardOptions, type VerificationError } from '@hookguard/core';

export interface WebVerificationOptions extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON response. */
  onFailure?: (error: VerificationError, request: Request) => Response | Promise<Response>;
}

/** A handler of WHATWG requests: Next.js App Router, Vercel `export function POST`, `export default { fetch }`, Edge. */
export type WebHandler = (request: never, ...rest: never[]) => Response | Promise<Response>;

export function wrapWebHandler<H extends WebHandler>(
  handler: H,
  options: WebVerificationOptions,
  guard: Guard = createGuard(options),
): (...args: Parameters<H>) => Promise<Response> {
  return async (...args) => {
    const request = args[0] as Request;
    const outcome = await guard.verify(request, request, guard.publicUrl(publicRequestUrl(request)));
    if (outcome.ok) return (handler as (...a: Parameters<H>) => Response | Promise<Response>)(...args);
    if (options.onFailure) return options.onFailure(outcome.error, request);
    return new Response(outcome.response.body, { status: outcome.response.status, headers: outcome.response.headers });
  };
}

/**
 * `request.url` with the origin the client called: @vercel/node's web handlers
 * build `http://` URLs and `next start` reports `localhost:<port>`, while the
 * platform's forwarding headers carry what the sender signed.
 */
function publicRequestUrl(request: Request): string {
  const url = new URL(request.url);
  return forwardedOrigin(request.headers, { protocol: url.protocol, host: url.host }) + pathAndQuery(request.url);
}
