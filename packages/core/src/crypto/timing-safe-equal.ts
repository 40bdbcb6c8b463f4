/**
 * Compares two encoded digests in time that depends only on their lengths. A
 * length mismatch returns false instead of throwing: callers compare digests of
 * a fixed, public length, so answering early on it reveals nothing.
 */
export function timingSafeEqual(a: string, b: string, offsetInB = 0): boolean {
  if (a.length !== b.length - offsetInB) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i + offsetInB);
  return difference === 0;
}
