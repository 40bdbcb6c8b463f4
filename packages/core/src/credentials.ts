import { backend, timingSafeEqual } from './crypto/index.js';
import { isRefusal, refuse, type Refusal } from './errors.js';
import type { VerifiableRequest } from './request.js';

/**
 * The value of a header that must appear once. Absent or empty: the sender sent
 * no credentials (401). Repeated: ambiguous, so refused rather than guessed (403).
 */
export function singleHeader(request: VerifiableRequest, name: string, scheme: string): string | Refusal {
  const values = request.headers.all(name);
  if (values.length > 1) return refuse('malformed', scheme, `header ${name} appears more than once`);
  const value = values[0]?.trim();
  return value ? value : refuse('missing_credentials', scheme, `header ${name} is missing`);
}

const digestCache = new Map<string, string>();

async function secretDigest(secret: string): Promise<string> {
  let digest = digestCache.get(secret);
  if (!digest) {
    digest = await backend.digest('sha256', secret, 'hex');
    digestCache.set(secret, digest);
  }
  return digest;
}

/**
 * Whether a presented token equals one of the secrets. Both sides are hashed
 * first, so the comparison takes the same time whatever the lengths, and every
 * secret is compared (no early exit that would tell which one is current).
 */
export async function matchesSecret(presented: string, secrets: readonly string[]): Promise<boolean> {
  const presentedDigest = await backend.digest('sha256', presented, 'hex');
  let matched = false;
  for (const secret of secrets) {
    if (timingSafeEqual(presentedDigest, await secretDigest(secret))) matched = true;
  }
  return matched;
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]/i;

/**
 * Undefined when the request URL looks absolute (scheme and host), else the
 * refusal `absoluteUrl` gives; no parsing.
 */
export function requireAbsoluteUrl(request: VerifiableRequest, scheme: string): undefined | Refusal {
  const target = request.target;
  if (isRefusal(target)) return target;
  return ABSOLUTE_URL.test(target) ? undefined : NOT_ABSOLUTE(scheme);
}

// Refused as malformed (403), not as a misconfiguration: the URL is the request's
// own (a Node request line may hold anything), and a client must never be able
// to raise the configuration alarm. The message still tells a developer who
// passed a path instead of a URL what to do.
const NOT_ABSOLUTE = (scheme: string) =>
  refuse('malformed', scheme, 'the request URL is not absolute; pass the public URL the sender signed');

/** The request URL parsed, or the refusal when it is not absolute or the headers formed none. */
export function absoluteUrl(request: VerifiableRequest, scheme: string): URL | Refusal {
  const target = request.target;
  if (isRefusal(target)) return target;
  try {
    return new URL(target);
  } catch {
    return NOT_ABSOLUTE(scheme);
  }
}
