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
  // As leniently as Buffer, and never a throw: characters outside the alphabet are skipped.
  const text = body.replace(/[^A-Za-z0-9+/]/g, '');
  const whole = text.slice(0, text.length - (text.length % 4 === 1 ? 1 : 0));
  return Uint8Array.from(atob(whole.padEnd(Math.ceil(whole.length / 4) * 4, '=')), (char) => char.charCodeAt(0));
}

/** A refusal as a Lambda-style result: `{ statusCode, headers, body }`. */
export function lambdaResponse(refusal: RefusalResponse): { statusCode: number; headers: Record<string, string>; body: string } {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}
