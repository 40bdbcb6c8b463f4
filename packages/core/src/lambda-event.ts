import type { RefusalResponse } from './guard.js';
import { utf8 } from './encoding.js';

/** Lambda-style events (AWS, Netlify v1) carry the body as text, base64 when binary. */
export function decodeEventBody(body: string | null | undefined, isBase64Encoded = false): Uint8Array {
  if (!body) return new Uint8Array(0);
  if (!isBase64Encoded) return utf8(body);
  // Node's decoder when present: these events only occur on Node, and atob is slow on large bodies.
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (buffer) return buffer.from(body, 'base64');
  return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
}

/** A refusal as a Lambda-style result: `{ statusCode, headers, body }`. */
export function lambdaResponse(refusal: RefusalResponse): { statusCode: number; headers: Record<string, string>; body: string } {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}
