import { createGuard, runVerified, type Guard, type GuardOptions } from './guard.js';
import type { Refusal, VerificationError } from './errors.js';
import { pathAndQuery } from './public-url.js';
import { readWebRequest } from './web-request.js';

/** A handler of WHATWG requests: Next.js App Router, Vercel and Netlify functions, Workers, Deno, Bun. */
export type WebHandler = (request: never, ...rest: never[]) => Response | Promise<Response>;

export interface WebVerificationOptions extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON response. */
  onFailure?: (error: VerificationError, request: Request) => Response | Promise<Response>;
}

/** How an adapter tells the guard where the request really went. */
export interface WebPlatform {
  guard?: Guard;
  /**
   * The origin the client called, from what the platform guarantees; a refusal
   * when the client's headers form none. Default: the origin of `request.url`,
   * for platforms that build it themselves (Netlify).
   */
  requestOrigin?: (request: Request) => string | Refusal;
}

const ownOrigin = (request: Request) => request.url.slice(0, request.url.length - pathAndQuery(request.url).length);

/**
 * Runs `handler` only for requests the verifier accepts, with its arguments
 * untouched (the same request, its body still readable) and its own parameter types.
 * A handler that throws or answers 5xx has its delivery's replay claim released.
 */
export function withRequestVerification<H extends WebHandler>(
  handler: H,
  options: WebVerificationOptions = {},
  { guard = createGuard(options), requestOrigin = ownOrigin }: WebPlatform = {},
): (...args: Parameters<H>) => Promise<Response> {
  return async (...args) => {
    const request = args[0] as Request;
    const url = guard.url(() => requestOrigin(request), () => pathAndQuery(request.url));
    const outcome = await guard.verify(await readWebRequest(request, guard.maxBodyBytes, url), request);
    if (outcome.ok) {
      const handle = () => (handler as (...a: Parameters<H>) => Response | Promise<Response>)(...args);
      return runVerified(outcome.verification, handle, (response) => response.status);
    }
    if (options.onFailure && !outcome.handshake) return options.onFailure(outcome.error, request);
    const { response } = outcome;
    return new Response(response.body, response); // its status and headers are a ResponseInit
  };
}
