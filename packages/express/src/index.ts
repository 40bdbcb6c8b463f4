import { createGuard, withNodeVerification, type NodeRequest, type NodeResponse, type NodeVerificationOptions } from '@hookguard/core';

export { getVerification, type Verification } from '@hookguard/core';
export type ExpressVerificationOptions<Req = NodeRequest, Res = NodeResponse> = NodeVerificationOptions<Req, Res>;

const CONSUMED =
  'mount verification() before express.json() and the other parsers, or keep the bytes: ' +
  'express.json({ verify: (req, res, buf) => { req.rawBody = buf } }), or use express.raw()';

/**
 * An Express middleware: the routes after it run only for requests the
 * verifier accepts (default: the secret in header `verification_key` equals
 * `VERIFICATION_KEY`). It verifies the raw bytes: `req.rawBody` when a parser's
 * `verify` callback kept them, `req.body` after `express.raw()`, or the stream
 * itself, read and kept as `req.rawBody` (a Buffer) for the route. The URL that
 * Twilio, QStash and query secrets check comes from the `Host` header; behind
 * a proxy that overwrites `X-Forwarded-Host`/`-Proto`, set `trustProxy`, or give `publicUrl`.
 */
export function verification<Req extends NodeRequest, Res extends NodeResponse>(options: ExpressVerificationOptions<Req, Res> = {}) {
  const guard = createGuard(options);
  // `next` for each request, found by the handler the shared Node wrapper runs once it is verified.
  const nexts = new WeakMap<Req, () => void>();
  const verified = withNodeVerification((req: Req) => nexts.get(req)!(), options, { guard, trustProxy: guard.trustProxy ?? false, consumedHint: CONSUMED });
  return (req: Req, res: Res, next: (error?: unknown) => void): void => {
    nexts.set(req, () => next());
    verified(req, res).catch(next);
  };
}
