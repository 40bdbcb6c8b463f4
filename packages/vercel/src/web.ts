import { forwardedOrigin, pathAndQuery } from '@hookguard/core';

/**
 * `request.url` with the origin the client called: @vercel/node's web handlers
 * build `http://` URLs and `next start` reports `localhost:<port>`, while the
 * platform's forwarding headers carry what the sender signed.
 */
export function publicRequestUrl(request: Request): string {
  const url = new URL(request.url);
  return forwardedOrigin(request.headers, { protocol: url.protocol, host: url.host }) + pathAndQuery(request.url);
}
