import type { SecretInput } from '../secrets.js';
import type { Verifier } from '../verifier.js';
import type { SignBody, SignedParts } from '../signing.js';
import { hmac, signHmac } from './hmac.js';

export interface AutifyOptions {
  /** The webhook secret set in Autify's workspace settings; a list accepts any of them. */
  secret: SecretInput;
}

/** Autify: `X-Autify-Signature: sha1=<hex HMAC-SHA1(secret, raw body)>`. */
export function autify(options: AutifyOptions): Verifier {
  return hmac({ ...AUTIFY, secret: options.secret, scheme: 'autify' });
}

const AUTIFY = { header: 'x-autify-signature', algorithm: 'sha1', encoding: 'hex', prefix: 'sha1=' } as const;

/** The `X-Autify-Signature` header Autify would send with this body. */
export function signAutify({ secret, body }: { secret: string; body: SignBody }): Promise<SignedParts> {
  return signHmac({ ...AUTIFY, secret, body });
}
