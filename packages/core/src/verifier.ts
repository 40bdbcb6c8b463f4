import type { Refusal, VerificationError } from './errors.js';
import type { VerifiableRequest } from './request.js';

export interface VerifyContext {
  /** The current time in unix seconds; every timestamp check reads this clock. */
  readonly now: number;
}

export interface Verified {
  readonly ok: true;
  /** Which scheme accepted the request, e.g. `qstash` (inside `anyOf`, the member that matched). */
  readonly scheme: string;
  /** What the sender signed about the request, e.g. the QStash JWT claims. */
  readonly claims?: Readonly<Record<string, unknown>>;
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

export const verified = (scheme: string, claims?: Readonly<Record<string, unknown>>): Verified =>
  claims ? { ok: true, scheme, claims } : { ok: true, scheme };
