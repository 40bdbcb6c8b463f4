import { refuse, type Refusal } from './errors.js';

/**
 * A number option checked once, when it is given: undefined when it is a finite
 * number of at least `min`, else the misconfiguration naming it. `NaN` (from
 * `Number(process.env.UNSET)`) would silently turn a check off: every
 * comparison with it is false.
 */
export function invalidNumber(scheme: string, option: string, value: unknown, min = 0): Refusal | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && value >= min)) return undefined;
  return refuse('misconfigured', scheme, `option "${option}" must be a finite number of at least ${min}`);
}
