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
  // These events only occur on Node, where its Buffer decodes (leniently, never a throw); the portable
  // path is for tests of the Edge build, where a body atob cannot decode is taken as empty, never a throw.
  if (nodeBuffer) return nodeBuffer.from(body, 'base64');
  try {
    return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  } catch {
    return new Uint8Array(0);
  }
}

/** A refusal as a Lambda-style result: `{ statusCode, headers, body }`. */
export function lambdaResponse(refusal: RefusalResponse): { statusCode: number; headers: Record<string, string>; body: string } {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}
