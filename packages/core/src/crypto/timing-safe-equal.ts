/**
 * Compares two byte strings in time that depends only on their lengths. A length
 * mismatch returns false instead of throwing: callers compare fixed-size digests,
 * whose length is public, so answering early on it reveals nothing.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
