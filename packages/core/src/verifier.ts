import type { Refusal, VerificationError } from './errors.js';
import type { VerifiableRequest } from './request.js';

export interface VerifyContext {
  /** The current time in unix seconds; every timestamp check reads this clock. */
  readonly now: number;
  /** Whether replay protection is on, so a verifier derives a delivery id even when the sender sends none. */
  readonly replay: boolean;
}

export interface Verified {
  readonly ok: true;
  /** Which scheme accepted the request, e.g. `qstash` (inside `anyOf`, the member that matched). */
  readonly scheme: string;
  /** What the sender signed about the request, e.g. the QStash JWT claims. */
  readonly claims?: Readonly<Record<string, unknown>>;
  /**
   * The provider's id for the delivery, for the handler's own idempotency:
   * `X-GitHub-Delivery`, `X-Shopify-Webhook-Id` (neither is covered by the
   * signature), Standard Webhooks' `webhook-id` or QStash's `jti` (both signed).
   */
  readonly deliveryId?: string;
  /**
   * What replay protection records, set only when it is on: a digest of the
   * signature. Unlike a provider's id it cannot be changed without breaking the
   * signature, and a sender's retry, signed anew, is not mistaken for a replay.
   * Static credentials (shared secrets, tokens) identify no delivery and have none.
   */
  readonly replayKey?: string;
  /** Unix seconds after which the signature is no longer accepted, for schemes that sign a time. */
  readonly expiresAt?: number;
  /**
   * Set when replay protection claimed this delivery in a store that can
   * release: forgets the claim, so the sender's retry is accepted. The adapters
   * call it when the handler throws or answers 5xx; call it yourself when you
   * use `verifyRequest` and your handling fails. Never rejects.
   */
  readonly release?: () => Promise<void>;
}

export type VerifyResult = Verified | Refusal;

/** A scheme, ready to check requests. Build one with a factory such as `twilio({ authToken })`. */
export interface Verifier {
  readonly scheme: string;
  /**
   * The configuration error this verifier would answer every request with (a
   * missing or empty secret), or undefined. Call it at cold start to fail loudly.
   */
  checkConfiguration(): VerificationError | undefined;
  verify(request: VerifiableRequest, context: VerifyContext): Promise<VerifyResult>;
}

export const verified = (scheme: string, details: Omit<Verified, 'ok' | 'scheme'> = {}): Verified => ({
  ok: true,
  scheme,
  ...details,
});
