import { singleHeader } from './credentials.js';
import { isRefusal, refuse, type Refusal } from './errors.js';
import type { VerifiableRequest } from './request.js';

/**
 * The credentials of an `Authorization: <scheme> <credentials>` header. The
 * scheme name is case-insensitive (RFC 9110); another scheme counts as missing
 * credentials for this one, so `anyOf(bearerToken, basicAuth)` picks the right one.
 */
export function authorization(request: VerifiableRequest, authScheme: string, scheme: string): string | Refusal {
  const header = singleHeader(request, 'authorization', scheme);
  if (isRefusal(header)) return header;
  const space = header.indexOf(' ');
  const name = space < 0 ? header : header.slice(0, space);
  if (name.toLowerCase() !== authScheme.toLowerCase()) {
    return refuse('missing_credentials', scheme, `no ${authScheme} credentials in the Authorization header`);
  }
  const credentials = header.slice(name.length).trim();
  return credentials ? credentials : refuse('malformed', scheme, `the ${authScheme} credentials are empty`);
}
