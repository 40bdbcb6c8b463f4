import type { Refusal } from '../errors.js';
import type { VerifiableRequest } from '../request.js';
import { jsonObject } from '../json-body.js';
import { timestampWithin, type TimestampUnit } from '../timestamp.js';
import type { VerifyContext } from '../verifier.js';

export interface SignedTimeSpec {
  /** The header holding it; without one, it is the signature list's `timestamp` entry or `bodyField`. */
  readonly header?: string;
  /** A number at the top level of a JSON body, which the signature covers with the body (Linear's `webhookTimestamp`). */
  readonly bodyField?: string;
  readonly unit: TimestampUnit;
  /** The sender's own tolerance, in seconds; `toleranceSeconds` overrides it. */
  readonly tolerance: number;
  /** Whether only age is checked, as the sender's SDK does. Default: both ways. */
  readonly pastOnly?: boolean;
}

export interface SignedTime extends SignedTimeSpec {
  /** The signed time in unix seconds when it is within `tolerance` of now, or the refusal. */
  check(scheme: string, request: VerifiableRequest, listed: string | undefined, context: VerifyContext, tolerance: number): number | Refusal;
}

/**
 * Where a sender puts the time it signs, and how it writes it. A building
 * block, so that presets that sign no time leave the timestamp code out of bundles.
 */
export function signedTime(spec: SignedTimeSpec): SignedTime {
  const { header, bodyField, unit, pastOnly = false } = spec;
  const where = header ? `header ${header}` : bodyField ? `body field ${bodyField}` : 'the signature header timestamp';
  return {
    ...spec,
    check(scheme, request, listed, context, tolerance) {
      const text = bodyField === undefined ? (listed ?? '') : bodyNumber(request, bodyField);
      return timestampWithin(scheme, where, text, unit, context, { tolerance, pastOnly });
    },
  };
}

/** A number at the top level of a JSON body, as text; empty when the body is no JSON object or has none. */
function bodyNumber(request: VerifiableRequest, field: string): string {
  const value = jsonObject(request)?.[field];
  return typeof value === 'number' ? String(value) : '';
}
