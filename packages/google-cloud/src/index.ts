import { createGuard, readEnv, withNodeVerification, type NodeRequest, type NodeResponse, type NodeVerificationOptions } from '@hookguard/core';

export { getVerification, type Verification } from '@hookguard/core';
export type GoogleCloudVerificationOptions<Req = NodeRequest, Res = NodeResponse> = NodeVerificationOptions<Req, Res>;

const CONSUMED = 'functions-framework and Firebase keep it as req.rawBody; elsewhere, verify before a body parser runs';

/**
 * Runs an HTTP function `(req, res)` only for requests the verifier accepts:
 * Google Cloud Functions (`functions.http(name, handler)`) and Firebase
 * `onRequest` (v1 and v2). Verified over `req.rawBody`, the exact bytes the
 * framework keeps; `req.body`, already parsed, is left for the handler.
 * On Google Cloud (`K_SERVICE` set), the URL that Twilio, QStash and query
 * secrets check is built from the `Host` and `X-Forwarded-Proto` Google's front
 * end sets; elsewhere from the `Host` header and the connection.
 */
export function withVerification<Req extends NodeRequest, Res extends NodeResponse>(
  handler: (req: Req, res: Res) => unknown,
  options: GoogleCloudVerificationOptions<Req, Res> = {},
): (req: Req, res: Res) => Promise<void> {
  const guard = createGuard(options);
  // Google's front end writes X-Forwarded-Proto; X-Forwarded-Host stays the client's unless the user trusts a proxy.
  return withNodeVerification(handler, options, { guard, trustProxy: guard.trustProxy ?? false, trustForwardedProto: onGoogleCloud(), consumedHint: CONSUMED });
}

/** On Cloud Functions and Cloud Run, which set K_SERVICE. */
const onGoogleCloud = (): boolean => Boolean(readEnv('K_SERVICE'));
