import { base64UrlText } from './encoding.js';

/** A compact JWS split into its parts; the payload is parsed only after the signature checks out. */
export interface CompactJws {
  readonly header: Readonly<Record<string, unknown>>;
  /** `base64url(header).base64url(payload)`: the bytes the signature covers. */
  readonly signingInput: string;
  readonly encodedPayload: string;
  /** The signature as sent, base64url. */
  readonly signature: string;
}

const MAX_HEADER_LENGTH = 512;

/** Splits a compact JWS, or undefined when it is not three base64url parts with a JSON object header. */
export function parseCompactJws(token: string): CompactJws | undefined {
  // Found with indexOf, not split: the signing input is then a slice of the token, not a new string.
  const headerEnd = token.indexOf('.');
  const payloadEnd = token.indexOf('.', headerEnd + 1);
  // Three non-empty parts. The signature's alphabet is checked before it is compared;
  // header and claims are decoded leniently, since the signature covers their encoded text.
  if (headerEnd < 1 || payloadEnd < headerEnd + 2 || payloadEnd === token.length - 1 || token.indexOf('.', payloadEnd + 1) !== -1) {
    return undefined;
  }
  // A JOSE header is a few dozen characters; a longer one is refused before it is decoded and parsed, ahead of the signature check.
  if (headerEnd > MAX_HEADER_LENGTH) return undefined;
  const header = parseHeader(token.slice(0, headerEnd));
  if (!header) return undefined;
  return {
    header,
    signingInput: token.slice(0, payloadEnd),
    encodedPayload: token.slice(headerEnd + 1, payloadEnd),
    signature: token.slice(payloadEnd + 1),
  };
}

// A sender writes the same header on every token: the last one parsed is kept
// (frozen, so no caller can change what the next request reads).
let lastHeader: { encoded: string; parsed: Readonly<Record<string, unknown>> } | undefined;

function parseHeader(encoded: string): Readonly<Record<string, unknown>> | undefined {
  if (lastHeader?.encoded === encoded) return lastHeader.parsed;
  const parsed = parseJsonObject(encoded);
  if (parsed) lastHeader = { encoded, parsed: Object.freeze(parsed) };
  return parsed;
}

/** The JSON object a base64url part holds, or undefined. */
export function parseJsonObject(encoded: string): Record<string, unknown> | undefined {
  // Not held to canonical spelling: the signature covers the encoded text itself, so
  // a re-encoding check would cost a second pass and prove nothing.
  const text = base64UrlText(encoded);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
