import { VerificationError } from './errors.js';

export const bodyTooLarge = (limit: number): VerificationError =>
  new VerificationError('body_too_large', 'request', `body exceeds ${limit} bytes`);

/**
 * Gathers a body from chunks, up to `limit` bytes: what core does with a web
 * stream and adapters do with a Node stream. Past the limit it keeps counting
 * but stores nothing more.
 */
export class BodyCollector {
  readonly #chunks: Uint8Array[] = [];
  #size = 0;

  constructor(readonly limit: number) {}

  /** Adds a chunk; false once the body is over the limit. */
  add(chunk: Uint8Array): boolean {
    this.#size += chunk.length;
    if (this.#size > this.limit) return false;
    this.#chunks.push(chunk);
    return true;
  }

  /** The body, or the 413 refusal when it went over the limit. */
  result(): Uint8Array | VerificationError {
    if (this.#size > this.limit) return bodyTooLarge(this.limit);
    if (this.#chunks.length === 1) return this.#chunks[0]!;
    const body = new Uint8Array(this.#size);
    let offset = 0;
    for (const chunk of this.#chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return body;
  }
}
