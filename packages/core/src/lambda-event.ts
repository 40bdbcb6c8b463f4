import type { RefusalResponse } from './guard.js';
import { utf8 } from './encoding.js';

/** Lambda-style events (AWS, Netlify v1) carry the body as text, base64 when binary. */
export function decodeEventBody(body: string | null | undefined, isBase64Encoded = false): Uint8Array {
  if (!body) return new Uint8Array(0);
  // Node's Buffer when present: these events only occur on Node, and it beats TextEncoder and atob.
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64' | 'utf8'): Uint8Array } }).Buffer;
  if (buffer) return buffer.from(body, isBase64Encoded ? 'base64' : 'utf8');
  return isBase64Encoded ? Uint8Array.from(atob(body), (char) => char.charCodeAt(0)) : utf8(body);
}

/** A refusal as a Lambda-style result: `{ statusCode, headers, body }`. */
export function lambdaResponse(refusal: RefusalResponse): { statusCode: number; headers: Record<string, string>; body: string } {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}
