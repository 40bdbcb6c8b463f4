import { createGuard, type Guard, type GuardOptions } from './guard.js';
import type { VerificationError } from './errors.js';
import { readWebRequest } from './web-request.js';

/** A handler of WHATWG requests: Next.js App Router, Vercel and Netlify functions, Workers, Deno, Bun. */
export type WebHandler = (request: never, ...rest: never[]) => Response | Promise<Response>;

export interface WebVerificationOptions extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON response. */
  onFailure?: (error: VerificationError, request: Request) => Response | Promise<Response>;
}

/** How an adapter tells the guard where the request really went; default: `request.url`. */
export interface WebPlatform {
  guard?: Guard;
  requestUrl?: (request: Request) => string;
}

/**
 * Runs `handler` only for requests the verifier accepts, with its arguments
 * untouched (the same request, its body still readable) and its own parameter types.
 */
export function withRequestVerification<H extends WebHandler>(
  handler: H,
  options: WebVerificationOptions = {},
  { guard = createGuard(options), requestUrl = (request) => request.url }: WebPlatform = {},
): (...args: Parameters<H>) => Promise<Response> {
  return async (...args) => {
    const request = args[0] as Request;
    const outcome = await guard.verify(await readWebRequest(request, guard.maxBodyBytes, () => requestUrl(request)), request);
    if (outcome.ok) return (handler as (...a: Parameters<H>) => Response | Promise<Response>)(...args);
    if (options.onFailure) return options.onFailure(outcome.error, request);
    return new Response(outcome.response.body, { status: outcome.response.status, headers: outcome.response.headers });
  };
}
