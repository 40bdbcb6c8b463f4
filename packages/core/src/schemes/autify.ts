import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import { hmac } from './hmac.js';

export interface AutifyOptions {
  /** The webhook secret set in Autify's workspace settings; a list accepts any of them. */
  secret: SecretInput;
}

/** Autify: `X-Autify-Signature: sha1=<hex HMAC-SHA1(secret, raw body)>`. */
export function autify(options: AutifyOptions): Verifier {
  return hmac({
    header: 'x-autify-signature',
    algorithm: 'sha1',
    encoding: 'hex',
    prefix: 'sha1=',
    secret: options.secret,
    scheme: 'autify',
  });
}
