import { refuse, type Refusal } from './errors.js';
import type { VerifyContext } from './verifier.js';

/**
 * How a sender writes the time it signs: unix seconds, unix milliseconds, or
 * an RFC 3339 date. Values, not names, so a bundle carries only the parser its preset uses.
 */
export interface TimestampUnit {
  /** As the README's table shows it. */
  readonly name: string;
  /** Unix seconds (with a fraction for milliseconds) from a timestamp as sent, or undefined when it is not one. */
  parse(text: string): number | undefined;
  /** A time in unix seconds as the sender writes it, for signers. */
  format(seconds: number): string;
}

// Bounded lengths: a number of a thousand digits is no timestamp, and never reaches Number().
export const seconds: TimestampUnit = { name: 'unix s', parse: (text) => (/^\d{1,12}$/.test(text) ? Number(text) : undefined), format: String };

export const milliseconds: TimestampUnit = {
  name: 'unix ms',
  parse: (text) => (/^\d{1,15}$/.test(text) ? Number(text) / 1000 : undefined),
  format: (time) => String(time * 1000),
};

// Seconds may carry a fraction (Twitch sends nanoseconds); the offset is Z or ±hh:mm.
const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/i;

export const rfc3339: TimestampUnit = {
  name: 'RFC 3339',
  parse(text) {
    const match = RFC3339.exec(text);
    if (!match) return undefined;
    // Date.parse reads at most milliseconds, and only some engines read more digits.
    const time = Date.parse(`${match[1]}${(match[2] ?? '').slice(0, 4)}${match[3]}`);
    return Number.isNaN(time) ? undefined : time / 1000;
  },
  format: (time) => new Date(time * 1000).toISOString(),
};

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
  const timestamp = unit.parse(text);
  if (timestamp === undefined) return refuse('malformed', scheme, `${where} is not a timestamp (${unit.name})`);
  if (now - timestamp > tolerance) return refuse('timestamp_out_of_tolerance', scheme, `${where} is more than ${tolerance} s old`);
  if (!pastOnly && timestamp - now > tolerance) return refuse('timestamp_out_of_tolerance', scheme, `${where} is more than ${tolerance} s in the future`);
  return timestamp;
}
