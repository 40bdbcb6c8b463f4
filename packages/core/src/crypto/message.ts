import { utf8 } from '../encoding.js';
import type { Message } from './types.js';

/** One buffer for APIs that take no parts; the common single-part case is not copied. */
export function joinParts(message: Message): Uint8Array<ArrayBuffer> {
  if (message instanceof Uint8Array) return message as Uint8Array<ArrayBuffer>;
  const parts = (typeof message === 'string' ? [message] : message).map((part) => (typeof part === 'string' ? utf8(part) : part));
  if (parts.length === 1) return parts[0] as Uint8Array<ArrayBuffer>;
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
