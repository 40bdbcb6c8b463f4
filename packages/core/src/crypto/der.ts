/**
 * A DER `SEQUENCE { INTEGER r, INTEGER s }` as the 64 bytes `r ‖ s` WebCrypto
 * takes, or undefined when it is not one (strict DER: minimal lengths, no trailing bytes).
 */
export function derToRawSignature(der: Uint8Array): Uint8Array | undefined {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2) return undefined;
  const raw = new Uint8Array(64);
  let offset = 2;
  for (const start of [0, 32]) {
    if (der[offset] !== 0x02) return undefined;
    const length = der[offset + 1]!;
    const end = offset + 2 + length;
    if (length === 0 || length > 33 || end > der.length) return undefined;
    let value = der.subarray(offset + 2, end);
    // Positive and minimal, as OpenSSL requires: a leading zero only before a high bit.
    if (value[0]! >= 0x80 || (value[0] === 0 && (length === 1 || value[1]! < 0x80))) return undefined;
    if (value.length === 33) value = value.subarray(1);
    raw.set(value, start + 32 - value.length);
    offset = end;
  }
  return offset === der.length ? raw : undefined;
}
