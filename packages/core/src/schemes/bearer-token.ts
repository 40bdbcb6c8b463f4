import { authorization } from '../authorization.js';
import { matchesSecret } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { isRefusal, refuse } from '../errors.js';
import type { SecretInput } from '../secrets.js';
import { requireSecret, type SignedParts } from '../signing.js';
import { verified, type Verifier } from '../verifier.js';

export interface BearerTokenOptions {
  /** The expected token; a list accepts any of them (rotation). */
  token: SecretInput;
}

/** `Authorization: Bearer <token>` (RFC 6750) with a static token, compared in constant time. */
export function bearerToken(options: BearerTokenOptions): Verifier {
  const scheme = 'bearer';
  return defineVerifier(scheme, { token: options.token }, async (request, _context, { token }) => {
    const presented = authorization(request, 'Bearer', scheme);
    if (isRefusal(presented)) return presented;
    if (await matchesSecret(presented, token)) return verified(scheme);
    return refuse('invalid_signature', scheme, 'the bearer token is not accepted');
  });
}

/** `Authorization: Bearer <token>`. */
export async function signBearerToken({ token }: { token: string }): Promise<SignedParts> {
  return { headers: { authorization: `Bearer ${requireSecret('bearer', 'token', token)}` } };
}
