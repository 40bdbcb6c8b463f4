import { refuse, type Refusal } from './errors.js';

/**
 * A secret option: one value, a list (every entry is accepted, for rotation), or
 * `{ env: 'NAME' }` to read an environment variable when the verifier is first
 * used or checked. Missing, empty and blank values are configuration errors, never an accept.
 */
export type SecretInput = string | readonly string[] | { readonly env: string } | undefined;

type Env = Record<string, string | undefined>;

// A platform's bindings (the env of a Cloudflare Worker), while they are the environment.
let bindings: Readonly<Record<string, unknown>> | undefined;

/**
 * Runs `run` with `{ env: 'NAME' }` read from `env`, and only from it, during
 * its synchronous part: Workers hand their secrets to each request, and have
 * no process environment. Verifiers resolve their secrets there (and keep them).
 */
export function withEnvBindings<T>(env: Readonly<Record<string, unknown>>, run: () => T): T {
  const previous = bindings;
  bindings = env;
  try {
    return run();
  } finally {
    bindings = previous;
  }
}

/** An environment variable: the bindings while `withEnvBindings` runs, else the process's (Node, Bun) or Deno's. */
export function readEnv(name: string): string | undefined {
  if (bindings) return typeof bindings[name] === 'string' ? (bindings[name] as string) : undefined;
  const global = globalThis as { process?: { env?: Env }; Deno?: { env: { get(name: string): string | undefined } } };
  return global.process?.env?.[name] ?? global.Deno?.env.get(name);
}

// A secret of whitespace alone is an env var set to a space or a newline by
// mistake, never a key anyone chose: used as one, it would accept forgeries
// signed with it. JavaScript's \s, as trim() strips.
export const usable = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The values of one secret option, or the misconfiguration that names it. Never throws, whatever the input's type. */
export function resolveSecret(scheme: string, option: string, input: SecretInput): readonly string[] | Refusal {
  if (input === undefined || input === null) return refuse('misconfigured', scheme, `option "${option}" is not set`);
  if (typeof input === 'object' && !Array.isArray(input) && 'env' in input) {
    const name = input.env;
    const value = typeof name === 'string' ? readEnv(name) : undefined;
    if (!usable(value)) return refuse('misconfigured', scheme, `environment variable ${String(name)} is not set, empty or blank`);
    return [value];
  }
  if (typeof input !== 'string' && !Array.isArray(input)) {
    return refuse('misconfigured', scheme, `option "${option}" must be a string, a list of strings or { env: 'NAME' }`);
  }
  const values: readonly unknown[] = typeof input === 'string' ? [input] : input;
  if (values.length === 0) return refuse('misconfigured', scheme, `option "${option}" is an empty list`);
  if (!values.every(usable)) return refuse('misconfigured', scheme, `option "${option}" contains a value that is not a non-blank string`);
  return values as readonly string[];
}
