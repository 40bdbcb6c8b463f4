import { backend, type HashAlgorithm, type HmacKey, type Message } from './crypto/index.js';
import type { SignatureEncoding } from './encoding.js';

/** What a signer adds to a request: headers, the URL when the scheme signs or changes it, the body when it signs inside it. */
export interface SignedParts {
  headers: Record<string, string>;
  url?: string;
  /** The body to send, for senders that put the signature in it (Mailgun). */
  body?: SignBody;
}

/** A raw body, exactly as it will be sent. */
export type SignBody = string | Uint8Array;

export const unixNow = (): number => Math.floor(Date.now() / 1000);

export const randomId = (prefix: string): string => `${prefix}${crypto.randomUUID()}`;

/** A digest in the sender's encoding, from either crypto twin. */
export async function digestText(algorithm: HashAlgorithm, message: Message, encoding: SignatureEncoding): Promise<string> {
  return backend.digest(algorithm, message, encoding);
}

/** An HMAC in the sender's encoding, from either crypto twin. */
export async function hmacText(algorithm: HashAlgorithm, key: HmacKey, message: Message, encoding: SignatureEncoding): Promise<string> {
  return backend.hmac(algorithm, key, message, encoding);
}

/** A signer refuses to sign with an empty secret: a test signed with nothing proves nothing. */
export function requireSecret(scheme: string, option: string, value: string | undefined): string {
  if (!value) throw new TypeError(`${scheme}: option "${option}" is required to sign`);
  return value;
}
