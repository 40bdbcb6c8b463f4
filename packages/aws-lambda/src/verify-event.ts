import { createGuard, type Guard, type GuardOptions, type GuardOutcome, type VerificationError } from '@hookguard/core';
import { toPlainRequest, type LambdaHttpEvent } from './events.js';
import { eventResponse } from './refusal.js';

export interface LambdaVerificationOptions extends GuardOptions {
  /** Answers a refused event instead of the default `{ statusCode, body: '{"error":code}' }` in the event's shape. */
  onFailure?: (error: VerificationError, event: LambdaHttpEvent) => unknown;
}

export type EventVerifier = (event: LambdaHttpEvent) => Promise<GuardOutcome>;

/** The event checked by the guard, against its rebuilt URL or the configured `publicUrl`. */
export function eventVerifier(options: LambdaVerificationOptions, guard: Guard = createGuard(options)): EventVerifier {
  return (event) => guard.verify(() => toPlainRequest(event, guard), event);
}

/** What to answer a refused event with: `onFailure`'s answer, or the refusal in the event's shape. */
export function refusalFor(options: LambdaVerificationOptions, event: LambdaHttpEvent, outcome: Exclude<GuardOutcome, { ok: true }>) {
  return options.onFailure && !outcome.handshake ? options.onFailure(outcome.error, event) : eventResponse(event, outcome.response);
}

/** The status of a Lambda HTTP result: `statusCode`, or none for a bare string or undefined (a 200). */
export const statusOf = (result: unknown): unknown => (result as { statusCode?: unknown } | null | undefined)?.statusCode;
