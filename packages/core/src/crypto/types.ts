export type HashAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** What is hashed: bytes, UTF-8 text, or parts hashed in order without concatenating. */
export type Message = Uint8Array | string | readonly (Uint8Array | string)[];

/**
 * The primitives every scheme needs. The Node twin answers synchronously (no
 * round trip through the event loop), the WebCrypto twin with promises; callers
 * `await` either.
 */
export interface CryptoBackend {
  readonly name: 'node' | 'webcrypto';
  hmac(algorithm: HashAlgorithm, key: string, message: Message): Uint8Array | Promise<Uint8Array>;
  digest(algorithm: HashAlgorithm, message: Message): Uint8Array | Promise<Uint8Array>;
}
