import type { Message } from '../crypto/index.js';

/**
 * How a preset tells a genuine signature from a forged one: an HMAC, a digest
 * with the secret in front, an Ed25519 or ECDSA public key. Each is its own
 * module, so a bundle carries only the check its preset uses.
 */
export interface SignatureCheck<Keys = unknown> {
  /** For documentation and the README's table, e.g. `HMAC-SHA256, hex`. */
  readonly name: string;
  /** The keys behind the configured secrets, prepared once; undefined when one cannot be a key (not hex, say). */
  keys(secrets: readonly string[]): Keys | undefined;
  /** What a key must look like, for the misconfiguration message. */
  readonly keyShape: string;
  /**
   * What identifies the delivery when one of `presented` is genuine (see
   * `hmacMatches`), else undefined; synchronous when the crypto backend is.
   */
  matches(keys: Keys, message: Message, presented: string | readonly string[], offset: number): string | undefined | Promise<string | undefined>;
  /** Whether text has the shape of a signature, so a garbled header is told apart from a wrong one. */
  wellFormed(text: string): boolean;
  /** The signature of `message` under a secret, for signers; absent where signing needs a private key. */
  sign?(secret: string, message: Message): Promise<string>;
}
