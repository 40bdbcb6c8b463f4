import type { RefusalResponse } from './guard.js';
import { nodeBuffer } from './encoding.js';

/**
 * Lambda-style events (AWS, Netlify v1) carry the body as text, base64 when
 * binary. Text is returned as is, since its UTF-8 encoding is the body and
 * verifiers hash text without copying it to bytes first; base64 is decoded.
 */
export function decodeEventBody(body: string | null | undefined, isBase64Encoded = false): Uint8Array | string {
  if (!body) return new Uint8Array(0);
  if (!isBase64Encoded) return body;
  // These events only occur on Node, where its Buffer decodes; the portable path is for tests elsewhere.
  // Plain atob, not decodeBase64: a body needs no canonical-spelling check, and Lambda bundles stay smaller.
  if (nodeBuffer) return nodeBuffer.from(body, 'base64');
  try {
    return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  } catch {
    throw new TypeError('the event body is marked base64 but is not');
  }
}

/** A refusal as a Lambda-style result: `{ statusCode, headers, body }`. */
export function lambdaResponse(refusal: RefusalResponse): { statusCode: number; headers: Record<string, string>; body: string } {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}
