import { refuse, type Verifier } from '@hookguard/core';

/** A verifier whose options make no sense: reported at cold start, and every request refused 500, never accepted. */
export function misconfigured(scheme: string, message: string): Verifier {
  const refusal = refuse('misconfigured', scheme, message);
  return { scheme, checkConfiguration: () => refusal.error, verify: () => Promise.resolve(refusal) };
}
