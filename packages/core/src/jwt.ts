import { decodeBase64, fromUtf8 } from './encoding.js';

/** A compact JWS split into its parts; the payload is parsed only after the signature checks out. */
export interface CompactJws {
  readonly header: Readonly<Record<string, unknown>>;
  /** `base64url(header).base64url(payload)`: the bytes the signature covers. */
  readonly signingInput: string;
  readonly encodedPayload: string;
  /** The signature as sent, base64url. */
  readonly signature: string;
}

const PART = /^[A-Za-z0-9_-]+$/;

/** Splits a compact JWS, or undefined when it is not three base64url parts with a JSON object header. */
export function parseCompactJws(token: string): CompactJws | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => PART.test(part))) return undefined;
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = parseJsonObject(encodedHeader);
  if (!header) return undefined;
  return { header, signingInput: `${encodedHeader}.${encodedPayload}`, encodedPayload, signature: encodedSignature };
}

/** The JSON object a base64url part holds, or undefined. */
export function parseJsonObject(encoded: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(encoded, 'base64url');
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(fromUtf8(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
