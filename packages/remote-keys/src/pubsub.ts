import type { Verifier } from '@hookguard/core';
import { misconfigured } from './misconfigured.js';
import type { FetchOptions } from './fetch-text.js';
import { jwks } from './jwks.js';

export interface PubsubOptions extends FetchOptions {
  /** The audience the push subscription puts in its tokens (by default, the push endpoint's URL). */
  audience: string | readonly string[];
  /** The service account the subscription authenticates as; a list accepts any of them. */
  serviceAccountEmail: string | readonly string[];
}

/** Google's OAuth 2.0 signing keys, as a JSON Web Key Set. */
export const GOOGLE_CERTS_URL = 'https://www.googleapis.com/oauth2/v3/certs';

/**
 * Google Cloud Pub/Sub push (and Eventarc, Google Play RTDN): the OIDC token in
 * `Authorization: Bearer`, RS256 under Google's published keys, issued by
 * `accounts.google.com` for `audience`, for the configured service account
 * with a verified email. The body (the push envelope) is not covered by the
 * token: the token proves the sender, not the message.
 */
export function pubsub(options: PubsubOptions): Verifier {
  const emails: readonly unknown[] = typeof options.serviceAccountEmail === 'string' ? [options.serviceAccountEmail] : (options.serviceAccountEmail ?? []);
  if (emails.length === 0 || !emails.every((email) => typeof email === 'string' && email.includes('@'))) {
    return misconfigured('pubsub', 'option "serviceAccountEmail" must name the push subscription\'s service account');
  }
  const config = { ...options, url: GOOGLE_CERTS_URL, issuer: ['https://accounts.google.com', 'accounts.google.com'], algorithms: ['RS256'], scheme: 'pubsub' };
  return jwks(config, (claims) => {
    if (typeof claims['email'] !== 'string' || !emails.includes(claims['email'])) return 'the token is not for the configured service account';
    return claims['email_verified'] === true ? undefined : "the token's email is not verified";
  });
}
