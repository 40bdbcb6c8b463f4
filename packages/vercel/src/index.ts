import { createGuard, isWebRequest, withRequestVerification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';
import { onVercel, wrapNodeHandler, type NodeRequest, type NodeResponse, type NodeVerificationOptions } from './node.js';
import { webOrigin } from './web.js';

export { getVerification, type Verification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';
export type { NodeRequest, NodeResponse, NodeVerificationOptions };

/**
 * Runs `handler` only for requests the verifier accepts (default: the secret in
 * header `verification_key` equals `VERIFICATION_KEY`). Takes either shape:
 * - web handlers `(request: Request, ctx) => Response`: Next.js App Router route
 *   handlers, Vercel `export function POST` and `export default { fetch }`, Edge;
 * - Node handlers `(req, res)`: `@vercel/node` functions and Next.js `pages/api`
 *   (export `config = { api: { bodyParser: false } }` beside them).
 * The wrapped function has the handler's own parameter types. The URL that
 * Twilio, QStash and query secrets check is built from the `Host` header, or on
 * Vercel (or with `trustProxy`) from `X-Forwarded-Host`/`X-Forwarded-Proto`.
 */
export function withVerification<H extends WebHandler>(
  handler: H,
  options?: WebVerificationOptions,
): (...args: Parameters<H>) => Promise<Response>;
export function withVerification<Req extends NodeRequest, Res extends NodeResponse>(
  handler: (req: Req, res: Res) => unknown,
  options?: NodeVerificationOptions<Req, Res>,
): (req: Req, res: Res) => Promise<void>;
export function withVerification(handler: (...args: any[]) => unknown, options: object = {}) {
  const guard = createGuard(options); // one guard: the configuration is checked, and reported, once
  const trustProxy = guard.trustProxy ?? onVercel();
  const web = withRequestVerification(handler as WebHandler, options, { guard, requestOrigin: webOrigin(trustProxy) });
  const node = wrapNodeHandler(handler as (req: NodeRequest, res: NodeResponse) => unknown, options, guard, trustProxy);
  // The shape is told from the first argument, so one export serves both kinds of route.
  return (first: unknown, ...rest: unknown[]) => (isWebRequest(first) ? web(first as never, ...(rest as never[])) : node(first as NodeRequest, rest[0] as NodeResponse));
}
