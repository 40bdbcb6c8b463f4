// Portable byte/text codecs: core runs on Node, Edge and Deno, so no Buffer.

export type SignatureEncoding = 'hex' | 'base64' | 'base64url';

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => utf8Encoder.encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => utf8Decoder.decode(bytes);

const HEX = /^(?:[0-9a-f]{2})*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

/**
 * Decodes a signature; `undefined` unless the text is the canonical spelling of
 * its bytes (lowercase hex; base64 with zero trailing bits and the padding the
 * senders use), so each signature has exactly one accepted form, as the
 * providers' own SDKs, which compare strings, require.
 */
export function decode(text: string, encoding: SignatureEncoding): Uint8Array | undefined {
  if (encoding === 'hex') return HEX.test(text) ? decodeHex(text) : undefined;
  if (!(encoding === 'base64' ? BASE64 : BASE64URL).test(text)) return undefined;
  const bytes = decodeBase64(encoding === 'base64' ? text : text.replace(/-/g, '+').replace(/_/g, '/'));
  // base64 is compared padded, base64url unpadded (as in JWTs); either way the bits must round-trip.
  const canonical = bytes && encode(bytes, encoding);
  return canonical === (encoding === 'base64' ? text : text.replace(/=+$/, '')) ? bytes : undefined;
}

function decodeHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.substr(i * 2, 2), 16);
  return bytes;
}

function decodeBase64(text: string): Uint8Array | undefined {
  const unpadded = text.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return undefined;
  const binary = atob(unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encode(bytes: Uint8Array, encoding: SignatureEncoding): string {
  if (encoding === 'hex') {
    let hex = '';
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
    return hex;
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  return encoding === 'base64' ? base64 : base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
