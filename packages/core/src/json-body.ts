import type { VerifiableRequest } from './request.js';

/**
 * The body parsed as a JSON object, or undefined when it is none: senders that
 * put a handshake, a time or the signature itself in the body. Never throws.
 */
export function jsonObject(request: VerifiableRequest): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(request.bodyText);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

