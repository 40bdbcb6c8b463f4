import { defineVerifier } from '../define-verifier.js';
import { refuse } from '../errors.js';
import { sharedSecret } from '../schemes/shared-secret.js';
import { standardWebhooks } from '../schemes/standard-webhooks.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';

export interface GitlabOptions {
  /**
   * The webhook's secret token, which GitLab sends as is in `X-Gitlab-Token`;
   * or its signing token (`whsec_…`), with which GitLab signs each delivery in
   * the Standard Webhooks format. A list accepts any of them, all of one kind.
   */
  token: SecretInput;
  /** Seconds a signed delivery's timestamp may be from now, either way. Default: 300. */
  toleranceSeconds?: number;
}

const scheme = 'gitlab';
const isSigningToken = (token: string) => token.startsWith('whsec_');

/**
 * GitLab: a secret token compared in constant time, or, given a signing token,
 * `webhook-signature` checked over the id, timestamp and body (and the secret
 * token then never accepted in its place).
 */
export function gitlab(options: GitlabOptions): Verifier {
  let inner: Verifier | undefined;
  const choose = (tokens: readonly string[]) =>
    tokens.every(isSigningToken)
      ? standardWebhooks({ secret: tokens, ...(options.toleranceSeconds === undefined ? {} : { toleranceSeconds: options.toleranceSeconds }) }, scheme)
      : sharedSecret({ header: 'x-gitlab-token', secret: tokens }, scheme);
  const validate = ({ token }: { token: readonly string[] }) => {
    if (token.some(isSigningToken) && !token.every(isSigningToken)) return refuse('misconfigured', scheme, 'option "token" mixes signing tokens (whsec_…) and secret tokens');
    inner = choose(token);
    const error = inner.checkConfiguration();
    return error && ({ ok: false, error } as const);
  };
  return defineVerifier(scheme, { token: options.token }, (request, context) => inner!.verify(request, context), validate);
}
