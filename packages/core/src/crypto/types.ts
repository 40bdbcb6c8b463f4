import type { SignatureEncoding } from '../encoding.js';

export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** What is hashed: bytes, UTF-8 text, or parts hashed in order without concatenating. */
export type Message = Uint8Array | string | readonly (Uint8Array | string)[];

/**
 * The primitives every scheme needs, answering in the encoding the sender uses,
 * so a presented signature is compared as text and never decoded. The Node twin
 * answers synchronously (no trip through the event loop), the WebCrypto twin
 * with promises; callers handle both.
 */
export interface CryptoBackend {
  /** A string key is used as its UTF-8 bytes; pass the same key object each time so it can be cached. */
  hmac(algorithm: HashAlgorithm, key: HmacKey, message: Message, encoding: SignatureEncoding): string | Promise<string>;
  digest(algorithm: HashAlgorithm, message: Message, encoding: SignatureEncoding): string | Promise<string>;
}

export type HmacKey = string | Uint8Array;
