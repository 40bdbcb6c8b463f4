import { createHmac } from 'node:crypto';
import { createGuard, getVerification, github, querySecret, refuse, RequestHeaders, sharedSecret, VerifiableRequest, type Verifier } from '../src/index.js';

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

  it('builds the URL from publicUrl and the request line, reading no header, or from the origin the adapter found', () => {
    const origins: string[] = [];
    const origin = (found: string | ReturnType<typeof refuse>) => () => (origins.push('read'), found);
    const path = () => '/api?q=%7e+x';
    expect(createGuard({ verifier, publicUrl: 'https://hooks.example.com/' }).url(origin('http://evil'), path)()).toBe('https://hooks.example.com/api?q=%7e+x');
    expect(origins).toEqual([]); // the origin from headers is never read when publicUrl fixes it
    expect(createGuard({ verifier, publicUrl: (url) => url.replace('http:', 'https:') }).url(origin('http://a'), path)()).toBe('https://a/api?q=%7e+x');
    expect(createGuard({ verifier }).url(origin('http://a'), path)()).toBe('http://a/api?q=%7e+x');
    const refused = refuse('malformed', 'request', 'the request host is not a host name or IP address');
    expect(createGuard({ verifier }).url(origin(refused), path)()).toBe(refused);
  });

  it('applies publicUrl to a URL given as text: its path and query byte for byte', async () => {
    const seen: string[] = [];
    const spy: Verifier = { scheme: 'spy', checkConfiguration: () => undefined, verify: async (request) => (seen.push(request.url), { ok: true, scheme: 'spy' }) };
    await createGuard({ verifier: spy, publicUrl: 'https://hooks.example.com/prod/' }).verify(request('http://localhost:3000/api?q=%7e+x'), {});
    await createGuard({ verifier: spy, publicUrl: (url) => url.replace('http:', 'https:') }).verify(request('http://a/b'), {});
    expect(seen).toEqual(['https://hooks.example.com/prod/api?q=%7e+x', 'https://a/b']);
  });

  it('builds a URL given as a function only for schemes that read it, once', async () => {
    const built: string[] = [];
    const lazy = (url: string) => () => (built.push(url), url);
    const body = '{"a":1}';
    const signature = `sha256=${createHmac('sha256', 'k').update(body).digest('hex')}`;
    const signed = { method: 'POST', url: lazy('http://internal/gh'), headers: { 'x-hub-signature-256': signature }, body };
    expect((await createGuard({ verifier: github({ secret: 'k' }) }).verify(signed, {})).ok).toBe(true);
    expect(built).toEqual([]); // GitHub signs the body alone: no URL was built
    const query = { method: 'GET', url: lazy('http://internal/q?key=k'), headers: {} };
    expect((await createGuard({ verifier: querySecret({ secret: 'k', param: 'key' }) }).verify(query, {})).ok).toBe(true);
    expect(built).toEqual(['http://internal/q?key=k']);
    const request = new VerifiableRequest('POST', lazy('https://x/once'), new RequestHeaders({}), new Uint8Array(0));
    expect([request.url, request.url, built.length]).toEqual(['https://x/once', 'https://x/once', 2]);
  });

  it('hands the scheme a text body as text, publicUrl or not, and the handler its bytes', async () => {
    const seen: unknown[] = [];
    const spy: Verifier = { scheme: 'spy', checkConfiguration: () => undefined, verify: async (request) => (seen.push(request.bodyAsGiven), { ok: true, scheme: 'spy' }) };
    for (const options of [{}, { publicUrl: 'https://hooks.example.com' }]) {
      const key = {};
      await createGuard({ verifier: spy, ...options }).verify(request(), key);
      expect(getVerification(key)?.body).toEqual(new TextEncoder().encode('payload'));
    }
    expect(seen).toEqual(['payload', 'payload']);
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
