import type { Refusal, VerificationError } from '../errors.js';
import { verified, type Verified, type Verifier, type VerifyResult } from '../verifier.js';

function firstConfigurationError(verifiers: readonly Verifier[]): VerificationError | undefined {
  for (const verifier of verifiers) {
    const error = verifier.checkConfiguration();
    if (error) return error;
  }
  return undefined;
}

function requireMembers(name: string, verifiers: readonly Verifier[]): void {
  if (verifiers.length === 0) throw new TypeError(`${name}() needs at least one verifier`);
}

/**
 * Accepts a request that any one of the verifiers accepts, e.g.
 * `anyOf(qstash(), bearerToken({ token }))`. The result names the member that
 * matched. A misconfigured member makes the whole verifier misconfigured: a
 * forgotten secret must be loud even when another member would accept.
 * When all refuse, the refusal of a member that found credentials wins over
 * "missing credentials", so a wrong signature answers 403, not 401.
 */
export function anyOf(...verifiers: Verifier[]): Verifier {
  requireMembers('anyOf', verifiers);
  return {
    scheme: `anyOf(${verifiers.map((verifier) => verifier.scheme).join(', ')})`,
    checkConfiguration: () => firstConfigurationError(verifiers),
    async verify(request, context) {
      const configurationError = firstConfigurationError(verifiers);
      if (configurationError) return { ok: false, error: configurationError };
      let refusal: Refusal | undefined;
      for (const verifier of verifiers) {
        const result = await verifier.verify(request, context);
        if (result.ok) return result;
        if (!refusal || refusal.error.code === 'missing_credentials') refusal = result;
      }
      return refusal!;
    },
  };
}

/**
 * Accepts a request only if every verifier accepts it, e.g. a Twilio signature
 * and Basic credentials. Stops at the first refusal; claims of all members are merged.
 */
export function allOf(...verifiers: Verifier[]): Verifier {
  requireMembers('allOf', verifiers);
  const scheme = `allOf(${verifiers.map((verifier) => verifier.scheme).join(', ')})`;
  return {
    scheme,
    checkConfiguration: () => firstConfigurationError(verifiers),
    async verify(request, context): Promise<VerifyResult> {
      const configurationError = firstConfigurationError(verifiers);
      if (configurationError) return { ok: false, error: configurationError };
      const accepted: Verified[] = [];
      for (const verifier of verifiers) {
        const result = await verifier.verify(request, context);
        if (!result.ok) return result;
        accepted.push(result);
      }
      return merge(scheme, accepted);
    },
  };
}

/** Claims merged; the first delivery id and replay key; the earliest expiry. */
function merge(scheme: string, results: readonly Verified[]): Verified {
  const claims = results.reduce<Record<string, unknown> | undefined>((all, r) => (r.claims ? { ...all, ...r.claims } : all), undefined);
  const deliveryId = results.find((r) => r.deliveryId)?.deliveryId;
  const replayKey = results.find((r) => r.replayKey)?.replayKey;
  const expiries = results.flatMap((r) => (r.expiresAt === undefined ? [] : [r.expiresAt]));
  return verified(scheme, {
    ...(claims ? { claims } : {}),
    ...(deliveryId ? { deliveryId } : {}),
    ...(replayKey ? { replayKey } : {}),
    ...(expiries.length ? { expiresAt: Math.min(...expiries) } : {}),
  });
}
