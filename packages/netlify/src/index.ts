import { createGuard, withRequestVerification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';
import { wrapEventHandler, type EventHandler, type EventVerificationOptions, type NetlifyEvent } from './v1.js';

export { getVerification, type Verification, type WebHandler, type WebVerificationOptions } from '@hookguard/core';
export type { EventHandler, EventVerificationOptions, NetlifyEvent };

/** Accepts only handlers whose first parameter is a Netlify v1 event. */
type NetlifyEventHandler<H extends EventHandler> = Parameters<H>[0] extends NetlifyEvent ? unknown : never;

/**
 * Runs `handler` only for requests the verifier accepts (default: the secret in
 * header `verification_key` equals `VERIFICATION_KEY`). Takes either shape:
 * - v2 functions `(request: Request, context: Context) => Response` (and Edge functions);
 * - v1 functions `(event, context) => { statusCode, body }`.
 * The wrapped function keeps the handler's type.
 */
export function withVerification<H extends WebHandler>(handler: H, options?: WebVerificationOptions): (...args: Parameters<H>) => Promise<Response>;
export function withVerification<H extends EventHandler>(handler: H & NetlifyEventHandler<H>, options?: EventVerificationOptions): H;
export function withVerification(handler: (...args: any[]) => unknown, options: object = {}) {
  const guard = createGuard(options); // one guard: the configuration is checked, and reported, once
  const v2 = withRequestVerification(handler as WebHandler, options, { guard });
  const v1 = wrapEventHandler(handler as EventHandler, options, guard) as unknown as (event: unknown, ...rest: unknown[]) => unknown;
  return (first: unknown, ...rest: unknown[]) => (isV1Event(first) ? v1(first, ...rest) : v2(first as never, ...(rest as never[])));
}

function isV1Event(value: unknown): value is NetlifyEvent {
  return typeof (value as NetlifyEvent).httpMethod === 'string' && typeof (value as NetlifyEvent).rawUrl === 'string';
}
