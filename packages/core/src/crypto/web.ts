import { encode, utf8 } from '../encoding.js';
import type { CryptoBackend, HashAlgorithm, Message } from './types.js';

const WEB_NAMES: Record<HashAlgorithm, string> = { sha1: 'SHA-1', sha256: 'SHA-256', sha512: 'SHA-512' };

// Importing a key costs about three HMACs of 1 KiB; a function instance keeps few secrets.
const keys = new Map<string, Promise<CryptoKey>>();

function importKey(algorithm: HashAlgorithm, key: string): Promise<CryptoKey> {
  const id = `${algorithm}:${key}`;
  let imported = keys.get(id);
  if (!imported) {
    const params = { name: 'HMAC', hash: WEB_NAMES[algorithm] };
    imported = crypto.subtle.importKey('raw', toBytes(key), params, false, ['sign']);
    keys.set(id, imported);
  }
  return imported;
}

// WebCrypto's typings want an ArrayBuffer-backed view; views over shared memory work at run time too.
function toBytes(message: Message): Uint8Array<ArrayBuffer> {
  if (message instanceof Uint8Array) return message as Uint8Array<ArrayBuffer>;
  if (typeof message === 'string') return utf8(message);
  const parts = message.map((part) => (typeof part === 'string' ? utf8(part) : part));
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

export const webBackend: CryptoBackend = {
  name: 'webcrypto',
  async hmac(algorithm, key, message, encoding) {
    const signature = await crypto.subtle.sign('HMAC', await importKey(algorithm, key), toBytes(message));
    return encode(new Uint8Array(signature), encoding);
  },
  async digest(algorithm, message, encoding) {
    return encode(new Uint8Array(await crypto.subtle.digest(WEB_NAMES[algorithm], toBytes(message))), encoding);
  },
};
