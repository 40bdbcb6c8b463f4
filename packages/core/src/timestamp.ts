import { refuse, type Refusal } from './errors.js';
import type { VerifyContext } from './verifier.js';

/** How a sender writes the time it signed: unix seconds, unix milliseconds, or an RFC 3339 date. */
export type TimestampUnit = 's' | 'ms' | 'rfc3339';

// Bounded lengths: a number of a thousand digits is no timestamp, and never reaches Number().
const UNIX = { s: /^\d{1,12}$/, ms: /^\d{1,15}$/ };
// Seconds may carry a fraction (Twitch sends nanoseconds); the offset is Z or ±hh:mm.
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/i;

/** Unix seconds (with a fraction for milliseconds) from a timestamp as sent, or undefined when it is not one. */
export function parseTimestamp(text: string, unit: TimestampUnit): number | undefined {
  if (unit !== 'rfc3339') return UNIX[unit].test(text) ? Number(text) / (unit === 'ms' ? 1000 : 1) : undefined;
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  // Date.parse reads at most milliseconds, and only some engines read more digits.
  const milliseconds = Date.parse(`${match[1]}${(match[2] ?? '').slice(0, 4)}${match[3]}`);
  return Number.isNaN(milliseconds) ? undefined : milliseconds / 1000;
}

/** A timestamp in the unit a sender writes it, for signers. */
export function formatTimestamp(seconds: number, unit: TimestampUnit): string {
  if (unit === 's') return String(seconds);
  return unit === 'ms' ? String(seconds * 1000) : new Date(seconds * 1000).toISOString();
}

export interface ToleranceRule {
  /** Seconds the signed time may be from now. */
  readonly tolerance: number;
  /**
   * Whether only age is checked, as some senders' SDKs do. Default: both ways,
   * since a time far in the future would keep a captured delivery valid until then.
   */
  readonly pastOnly?: boolean;
}

/** The signed time in unix seconds when it is within the tolerance of now, or the refusal. */
export function timestampWithin(
  scheme: string,
  where: string,
  text: string,
  unit: TimestampUnit,
  { now }: VerifyContext,
  { tolerance, pastOnly = false }: ToleranceRule,
): number | Refusal {
  const timestamp = parseTimestamp(text, unit);
  if (timestamp === undefined) return refuse('malformed', scheme, `${where} is not ${UNIT_NAMES[unit]}`);
  if (now - timestamp > tolerance) return refuse('timestamp_out_of_tolerance', scheme, `${where} is more than ${tolerance} s old`);
  if (!pastOnly && timestamp - now > tolerance) return refuse('timestamp_out_of_tolerance', scheme, `${where} is more than ${tolerance} s in the future`);
  return timestamp;
}

const UNIT_NAMES: Record<TimestampUnit, string> = { s: 'a unix timestamp', ms: 'a unix timestamp in milliseconds', rfc3339: 'an RFC 3339 date' };
