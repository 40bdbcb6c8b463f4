import { isRefusal, type Refusal } from './errors.js';
import type { VerifiableRequest } from './request.js';
import { resolveSecret, type SecretInput } from './secrets.js';
import type { Verifier, VerifyContext, VerifyResult } from './verifier.js';

export type ResolvedSecrets<K extends string> = { readonly [P in K]: readonly string[] };

/**
 * Builds a verifier from a scheme name, its secret options and a check. The
 * secrets are resolved once, on first use or on `checkConfiguration()`; until all
 * resolve, every request gets the `misconfigured` refusal naming the missing one.
 */
export function defineVerifier<K extends string>(
  scheme: string,
  inputs: { readonly [P in K]: SecretInput },
  check: (request: VerifiableRequest, context: VerifyContext, secrets: ResolvedSecrets<K>) => Promise<VerifyResult>,
  /** Refuses secrets that are set but unusable (say, not base64), so `checkConfiguration` reports them too. */
  validate?: (secrets: ResolvedSecrets<K>) => Refusal | undefined,
): Verifier {
  let resolved: ResolvedSecrets<K> | undefined;
  const resolve = (): ResolvedSecrets<K> | Refusal => {
    if (resolved) return resolved;
    const values = {} as Record<K, readonly string[]>;
    for (const option of Object.keys(inputs) as K[]) {
      const value = resolveSecret(scheme, option, inputs[option]);
      if (isRefusal(value)) return value;
      values[option] = value;
    }
    return validate?.(values) ?? (resolved = values);
  };
  return {
    scheme,
    checkConfiguration() {
      const secrets = resolve();
      return isRefusal(secrets) ? secrets.error : undefined;
    },
    // Not async: returning check's promise directly saves a promise per request.
    verify(request, context) {
      const secrets = resolve();
      return isRefusal(secrets) ? Promise.resolve(secrets) : check(request, context, secrets);
    },
  };
}
