import { createGuard, getVerification, sharedSecret } from '../src/index.js';

const verifier = sharedSecret({ secret: 'k' });
const request = (url = 'https://x/hook?a=%20b') => ({ method: 'POST', url, headers: { verification_key: 'k' }, body: 'payload' });

describe('createGuard', () => {
  it('remembers the verification on the handler’s object, frozen ones included', async () => {
    const guard = createGuard({ verifier });
    const open = {};
    const frozen = Object.freeze({});
    for (const key of [open, frozen]) {
      expect((await guard.verify(request(), key)).ok).toBe(true);
      expect(getVerification(key)).toMatchObject({ scheme: 'shared-secret', body: new TextEncoder().encode('payload') });
    }
    expect(Object.keys(open)).toEqual([]); // nothing enumerable is added to the user's object
  });

  it('replaces the origin with publicUrl, keeping the path and query byte for byte, or hands the URL to a function', () => {
    expect(createGuard({ verifier, publicUrl: 'https://hooks.example.com/' }).publicUrl('http://localhost:3000/api?q=%7e+x')).toBe(
      'https://hooks.example.com/api?q=%7e+x',
    );
    expect(createGuard({ verifier, publicUrl: (url) => url.replace('http:', 'https:') }).publicUrl('http://a/b')).toBe('https://a/b');
    expect(createGuard({ verifier }).publicUrl('http://a/b?c')).toBe('http://a/b?c');
  });

  it('reports a misconfiguration once, at cold start, naming the setting and nothing secret', async () => {
    const lines: string[] = [];
    const guard = createGuard({ verifier: sharedSecret({ secret: { env: 'HOOKGUARD_GUARD_TEST_UNSET' } }), log: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringContaining('HOOKGUARD_GUARD_TEST_UNSET')]);
    const outcome = await guard.verify(request(), {});
    expect(outcome).toMatchObject({ ok: false, response: { status: 500, body: '{"error":"misconfigured"}' } });
    expect(lines).toHaveLength(1);
  });
});
