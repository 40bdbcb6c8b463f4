import { refuse, type Refusal } from './errors.js';

// Kinds already logged: bounded, since a message may quote input and an attacker could vary it.
const reported = new Set<string>();
const MAX_REPORTED = 32;

/**
 * The last line of defence: an exception no rule foresaw (a bug in hookguard,
 * a custom verifier or store) becomes a refusal, 500 `internal_error`, fail
 * closed. Logged once per kind, on one line, with no stack; the client gets the
 * code alone, like any refusal.
 */
export function unexpected(error: unknown, log: (line: string) => void = (line) => console.error(line)): Refusal {
  const kind = (error instanceof Error ? `${error.name}: ${error.message}` : `a thrown ${typeof error}`).replace(/\s+/g, ' ').slice(0, 200);
  if (!reported.has(kind) && reported.size < MAX_REPORTED) {
    reported.add(kind);
    log(`[hookguard] verification threw (${kind}); the request was refused with 500 internal_error.`);
  }
  return refuse('internal_error', 'request', 'verification failed unexpectedly');
}
