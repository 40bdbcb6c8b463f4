import { requestOrigin, type Refusal } from '@hookguard/core';

/**
 * The origin a web handler's client called. @vercel/node builds `http://`
 * URLs and `next start` reports `localhost:<port>`, so the scheme comes from
 * `request.url` and the host from the `Host` header; on Vercel (or with
 * `trustProxy`), from the forwarding headers the platform writes.
 */
export const webOrigin = (trustProxy: boolean) => (request: Request): string | Refusal =>
  // A Request's URL is always absolute: its scheme ends at the first colon.
  requestOrigin(request.headers, { protocol: request.url.slice(0, request.url.indexOf(':')), trustProxy });
