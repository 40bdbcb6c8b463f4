import { refuse, type Refusal } from './errors.js';

/**
 * A secret option: one value, a list (every entry is accepted, for rotation), or
 * `{ env: 'NAME' }` to read an environment variable when the verifier is first
 * used or checked. Missing and empty values are configuration errors, never an accept.
 */
export type SecretInput = string | readonly string[] | { readonly env: string } | undefined;

type Env = Record<string, string | undefined>;

function readEnv(name: string): string | undefined {
  const global = globalThis as { process?: { env?: Env }; Deno?: { env: { get(name: string): string | undefined } } };
  return global.process?.env?.[name] ?? global.Deno?.env.get(name);
}

/** The values of one secret option, or the misconfiguration that names it. */
export function resolveSecret(scheme: string, option: string, input: SecretInput): readonly string[] | Refusal {
  if (input === undefined) return refuse('misconfigured', scheme, `option "${option}" is not set`);
  if (typeof input === 'object' && 'env' in input) {
    const value = readEnv(input.env);
    if (!value) return refuse('misconfigured', scheme, `environment variable ${input.env} is not set or empty`);
    return [value];
  }
  const values = typeof input === 'string' ? [input] : [...input];
  if (values.length === 0) return refuse('misconfigured', scheme, `option "${option}" is an empty list`);
  if (values.some((value) => typeof value !== 'string' || value === '')) {
    return refuse('misconfigured', scheme, `option "${option}" contains an empty value`);
  }
  return values;
}
