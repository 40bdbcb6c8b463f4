import { matchesSecret, singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { isRefusal, refuse } from '../errors.js';
import type { SecretInput } from '../secrets.js';
import { requireSecret, type SignedParts } from '../signing.js';
import { verified, type Verifier } from '../verifier.js';

export interface SharedSecretOptions {
  /** The header carrying the secret. Default: `verification_key` (the Hasura Action pattern). */
  header?: string;
  /** The expected value; a list accepts any of them (rotation). */
  secret: SecretInput;
}

/**
 * A static secret in a header, compared in constant time: what Hasura sends when
 * an Action is given an extra header. The secret travels with every request, so
 * serve the endpoint over HTTPS only.
 */
export function sharedSecret(options: SharedSecretOptions, /** The name results report; presets name their sender. */ scheme = 'shared-secret'): Verifier {
  const header = options.header ?? 'verification_key';
  return defineVerifier(scheme, { secret: options.secret }, async (request, _context, { secret }) => {
    const presented = singleHeader(request, header, scheme);
    if (isRefusal(presented)) return presented;
    if (await matchesSecret(presented, secret)) return verified(scheme);
    return refuse('invalid_signature', scheme, `header ${header} does not hold the secret`);
  });
}

/** The header a `sharedSecret` verifier with the same options accepts. */
export async function signSharedSecret({ secret, header = 'verification_key' }: { secret: string; header?: string }): Promise<SignedParts> {
  return { headers: { [header.toLowerCase()]: requireSecret('shared-secret', 'secret', secret) } };
}
