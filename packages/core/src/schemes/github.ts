import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { randomId, type SignBody, type SignedParts } from '../signing.js';
import { hmac, signHmac } from './hmac.js';

export interface GithubOptions {
  /** The webhook's secret; a list accepts any of them (rotation). */
  secret: SecretInput;
}

/**
 * GitHub: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>`. The
 * legacy SHA-1 `X-Hub-Signature` is not accepted. GitHub signs no time, so
 * replay protection remembers deliveries for its `ttlSeconds`. `deliveryId` is
 * `X-GitHub-Delivery`, which the signature does not cover.
 */
export function github(options: GithubOptions): Verifier {
  return hmac({ ...GITHUB, secret: options.secret, scheme: 'github', deliveryIdHeader: 'x-github-delivery' });
}

const GITHUB = { header: 'x-hub-signature-256', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=' } as const;

/** The headers GitHub would send with this body; `deliveryId` defaults to a random UUID. */
export async function signGithub({ secret, body, deliveryId = randomId('') }: { secret: string; body: SignBody; deliveryId?: string }): Promise<SignedParts> {
  const { headers } = await signHmac({ ...GITHUB, secret, body });
  return { headers: { ...headers, 'x-github-delivery': deliveryId } };
}
