import { withRequestVerification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';

export { getVerification, type Verification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';

/**
 * Runs a fetch-style `handler` (`(request, ...rest) => Response`) only for
 * requests the verifier accepts (default: the secret in header
 * `verification_key` equals `VERIFICATION_KEY`), with its arguments untouched:
 * the same `Request`, its body still readable. For `Deno.serve`, Bun's `fetch`,
 * Supabase Edge Functions, the Vercel Edge runtime, anything WinterCG. The URL
 * that Twilio, QStash and query secrets check is `request.url`, which these
 * runtimes build from the client's `Host` header: behind a proxy, or to pin the
 * host, give `publicUrl`.
 */
export function withVerification<H extends WebHandler>(handler: H, options: WebVerificationOptions = {}): (...args: Parameters<H>) => Promise<Response> {
  return withRequestVerification(handler, options);
}
