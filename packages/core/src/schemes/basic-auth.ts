import { authorization } from '../authorization.js';
import { matchesSecret } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { decodeBase64, encode, fromUtf8, utf8 } from '../encoding.js';
import { isRefusal, refuse } from '../errors.js';
import type { SecretInput } from '../secrets.js';
import { requireSecret, type SignedParts } from '../signing.js';
import { verified, type Verifier } from '../verifier.js';

export interface BasicAuthOptions {
  /** The expected user name; a list accepts any of them. */
  username: SecretInput;
  /** The expected password; a list accepts any of them (rotation). Any listed user may use any listed password. */
  password: SecretInput;
}

/**
 * `Authorization: Basic base64(username:password)` (RFC 7617), as Twilio's docs
 * suggest beside signatures. The user name is returned in `claims.username`.
 */
export function basicAuth(options: BasicAuthOptions, /** The name results report; presets name their sender. */ scheme = 'basic'): Verifier {
  const inputs = { username: options.username, password: options.password };
  return defineVerifier(scheme, inputs, async (request, _context, { username, password }) => {
    const encoded = authorization(request, 'Basic', scheme);
    if (isRefusal(encoded)) return encoded;
    const bytes = decodeBase64(encoded, 'base64');
    const decoded = bytes && fromUtf8(bytes);
    const colon = decoded?.indexOf(':') ?? -1;
    if (!decoded || colon < 0) return refuse('malformed', scheme, 'the Basic credentials are not base64 of user:password');
    const user = decoded.slice(0, colon);
    // Both halves are always compared, so the time taken does not tell a valid user name.
    const userMatches = await matchesSecret(user, username);
    const passwordMatches = await matchesSecret(decoded.slice(colon + 1), password);
    if (userMatches && passwordMatches) return verified(scheme, { claims: { username: user } });
    return refuse('invalid_signature', scheme, 'the user name or password is not accepted');
  });
}

/** `Authorization: Basic base64(username:password)`. */
export async function signBasicAuth({ username, password }: { username: string; password: string }): Promise<SignedParts> {
  const credentials = `${requireSecret('basic', 'username', username)}:${requireSecret('basic', 'password', password)}`;
  return { headers: { authorization: `Basic ${encode(utf8(credentials), 'base64')}` } };
}
