import { absoluteUrl, matchesSecret } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { isRefusal, refuse } from '../errors.js';
import type { SecretInput } from '../secrets.js';
import { requireSecret, type SignedParts } from '../signing.js';
import { verified, type Verifier } from '../verifier.js';

export interface QuerySecretOptions {
  /** The query parameter carrying the secret. Default: `secret`. */
  param?: string;
  /** The expected value; a list accepts any of them (rotation). */
  secret: SecretInput;
}

/**
 * A static secret in the query string (`?secret=…`), as Auth0 Webtasks secured
 * endpoints. Prefer `sharedSecret`: URLs, query strings included, are written to
 * access logs by proxies, CDNs and platforms, so the secret leaks into every log
 * that records the request. Use this only for senders that cannot set a header.
 */
export function querySecret(options: QuerySecretOptions): Verifier {
  const scheme = 'query-secret';
  const param = options.param ?? 'secret';
  return defineVerifier(scheme, { secret: options.secret }, async (request, _context, { secret }) => {
    const url = absoluteUrl(request, scheme);
    if (isRefusal(url)) return url;
    const values = url.searchParams.getAll(param);
    if (values.length > 1) return refuse('malformed', scheme, `query parameter ${param} appears more than once`);
    if (!values[0]) return refuse('missing_credentials', scheme, `query parameter ${param} is missing`);
    if (await matchesSecret(values[0], secret)) return verified(scheme);
    return refuse('invalid_signature', scheme, `query parameter ${param} does not hold the secret`);
  });
}

/** The URL with the secret added as a query parameter, as a `querySecret` verifier accepts it. */
export async function signQuerySecret({ secret, url, param = 'secret' }: { secret: string; url: string; param?: string }): Promise<SignedParts> {
  const value = encodeURIComponent(requireSecret('query-secret', 'secret', secret));
  return { headers: {}, url: `${url}${url.includes('?') ? '&' : '?'}${encodeURIComponent(param)}=${value}` };
}
