import * as crypto from 'node:crypto';
import { nodeBackend } from '../src/crypto/node.js';

// Node 20.12 added the one-shot crypto.hash(); earlier 20.x releases digest through createHash.
describe('the node:crypto backend', () => {
  const withHash = nodeBackend(crypto as never);
  const { hash, ...rest } = crypto;
  const withoutHash = nodeBackend(rest as never);

  it.each([
    ['text', 'héllo'],
    ['bytes', new Uint8Array([0, 1, 2, 255])],
  ])('digests %s as createHash does, with or without crypto.hash', (_, message) => {
    expect(typeof hash).toBe('function');
    for (const encoding of ['hex', 'base64', 'base64url'] as const) {
      const expected = crypto.createHash('sha256').update(message).digest(encoding);
      expect(withHash.digest('sha256', message, encoding)).toBe(expected);
      expect(withoutHash.digest('sha256', message, encoding)).toBe(expected);
    }
  });
});
