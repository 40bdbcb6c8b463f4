import { createHmac } from 'node:crypto';
import { github as githubVerifier, normalizeRequest, RequestHeaders, sharedSecret, stripe as stripeVerifier, verifyRequest, VerifiableRequest } from '../src/index.js';

const verifier = sharedSecret({ secret: 's3cret' });

describe('normalizeRequest', () => {
  it('reads a WHATWG Request once and leaves the same instance readable', async () => {
    const request = new Request('https://example.com/hook?a=1', { method: 'POST', body: 'héllo' });
    const normalized = await normalizeRequest(request);
    expect(normalized).toBeInstanceOf(VerifiableRequest);
    const { method, url, body } = normalized as VerifiableRequest;
    expect({ method, url }).toEqual({ method: 'POST', url: 'https://example.com/hook?a=1' });
    expect(Buffer.from(body).toString()).toBe('héllo');
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe('héllo');
    expect(request.bodyUsed).toBe(true);
    await expect(request.text()).rejects.toThrow(TypeError); // as a real body: readable once
  });

  describe('after verification, every way a handler reads the body gives the exact bytes', () => {
    const json = '{"a": [1, 2],\n "é": true}';
    const verified = async (body: BodyInit = json, contentType = 'application/json') => {
      const request = new Request('https://x/hook', { method: 'POST', headers: { verification_key: 's3cret', 'content-type': contentType }, body });
      expect((await verifyRequest(request, verifier)).ok).toBe(true);
      return request;
    };
    it.each([
      ['text()', async (r: Request) => r.text()],
      ['json()', async (r: Request) => JSON.stringify(await r.json())],
      ['arrayBuffer()', async (r: Request) => Buffer.from(await r.arrayBuffer()).toString()],
      ['blob()', async (r: Request) => ((blob) => blob.text().then((text) => `${blob.type}|${text}`))(await r.blob())],
      ['body stream', async (r: Request) => new Response(r.body).text()],
      ['clone().text()', async (r: Request) => `${await r.clone().text()}|${await r.text()}`],
    ])('%s', async (_name, read) => {
      const expected: Record<string, string> = {
        'text()': json,
        'json()': JSON.stringify(JSON.parse(json)),
        'arrayBuffer()': json,
        'blob()': `application/json|${json}`,
        'body stream': json,
        'clone().text()': `${json}|${json}`,
      };
      expect(await read(await verified())).toBe(expected[_name]);
    });

    it('formData() of a urlencoded body, parsed by the platform', async () => {
      const form = await (await verified('Body=Hi+there&From=%2B1', 'application/x-www-form-urlencoded')).formData();
      expect([form.get('Body'), form.get('From')]).toEqual(['Hi there', '+1']);
    });

    it('keeps the instance, so a subclass and its own fields reach the handler', async () => {
      class FrameworkRequest extends Request {
        readonly nextUrl = new URL(this.url);
      }
      const request = new FrameworkRequest('https://x/hook?page=2', { method: 'POST', headers: { verification_key: 's3cret' }, body: json });
      expect((await verifyRequest(request, verifier)).ok).toBe(true);
      expect([request instanceof FrameworkRequest, request.nextUrl.searchParams.get('page'), await request.json()]).toEqual([true, '2', JSON.parse(json)]);
    });

    it('reads a request that cannot be extended through a clone instead', async () => {
      const request = Object.preventExtensions(new Request('https://x/hook', { method: 'POST', headers: { verification_key: 's3cret' }, body: json }));
      expect((await verifyRequest(request, verifier)).ok).toBe(true);
      expect(await request.text()).toBe(json);
    });

    it('can be verified twice, each time on the exact bytes', async () => {
      const request = await verified();
      expect((await verifyRequest(request, verifier)).ok).toBe(true);
      expect(await request.text()).toBe(json);
    });
  });

  it('keeps bytes that are not valid UTF-8 exactly', async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xc3, 0x28]);
    const normalized = (await normalizeRequest(new Request('https://x/', { method: 'POST', body: bytes }))) as VerifiableRequest;
    expect([...normalized.body]).toEqual([...bytes]);
  });

  it('looks headers up case-insensitively and keeps repeated ones apart', async () => {
    const normalized = (await normalizeRequest({
      method: 'post',
      url: 'https://x/',
      headers: { 'X-Sig': 'a', 'x-sig': 'b', Other: ['1', '2'], gone: undefined },
    })) as VerifiableRequest;
    expect(normalized.method).toBe('POST');
    expect(normalized.headers.all('x-SIG')).toEqual(['a', 'b']);
    expect(normalized.headers.get('other')).toBe('1, 2');
    expect(normalized.headers.get('gone')).toBeUndefined();
  });

  it('finds every spelling of a name among many headers, in the record order, leaving the record as it was', () => {
    const list = ['1', '2'];
    const record = { 'X-Other': 'no', 'x-sig': list, 'Content-Type': 'text/plain', 'X-SIG': 'c', 'x-siG': [], 'X-Sigs': 'no', 'X-Si': 'no' };
    const headers = new RequestHeaders(record);
    expect(headers.all('X-Sig')).toEqual(['1', '2', 'c']);
    expect(headers.get('x-sig')).toBe('1, 2, c');
    expect(list).toEqual(['1', '2']);
    expect(headers.get('content-type')).toBe('text/plain');
    expect(headers.all('x-missing')).toEqual([]);
    expect(new RequestHeaders({ 'x-sig': [] }).get('x-sig')).toBeUndefined();
    // Only the record's own names: nothing is found on Object.prototype.
    const lower = new RequestHeaders({ 'x-sig': '1' });
    expect([lower.get('constructor'), lower.get('toString'), headers.get('constructor'), headers.all('__proto__')]).toEqual([undefined, undefined, undefined, []]);
  });

  it('accepts string, Uint8Array, ArrayBuffer and absent bodies', async () => {
    const bodies = ['ab', new Uint8Array([97, 98]), new Uint8Array([97, 98]).buffer];
    for (const body of bodies) {
      const normalized = (await normalizeRequest({ method: 'POST', url: 'https://x/', headers: {}, body })) as VerifiableRequest;
      expect(Buffer.from(normalized.body).toString()).toBe('ab');
    }
    const empty = (await normalizeRequest({ method: 'GET', url: 'https://x/', headers: {} })) as VerifiableRequest;
    expect(empty.body.length).toBe(0);
  });

  it('refuses bodies over the limit with 413, from plain input, a declared length or a stream', async () => {
    const plain = await verifyRequest({ method: 'POST', url: 'https://x/', headers: {}, body: 'x'.repeat(11) }, verifier, { maxBodyBytes: 10 });
    const declared = await verifyRequest(
      new Request('https://x/', { method: 'POST', body: 'x'.repeat(11), headers: { 'content-length': '11' } }),
      verifier,
      { maxBodyBytes: 10 },
    );
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(4));
        controller.close();
      },
    });
    const streamed = await verifyRequest(
      new Request('https://x/', { method: 'POST', body: chunks, duplex: 'half' } as RequestInit),
      verifier,
      { maxBodyBytes: 10 },
    );
    for (const result of [plain, declared, streamed]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'body_too_large', status: 413 } });
    }
  });

  it('accepts a body exactly at the limit', async () => {
    const result = await verifyRequest(
      { method: 'POST', url: 'https://x/', headers: { verification_key: 's3cret' }, body: 'x'.repeat(10) },
      verifier,
      { maxBodyBytes: 10 },
    );
    expect(result.ok).toBe(true);
  });

  it('counts a text body in UTF-8 bytes against the limit, not in characters', async () => {
    const post = (body: string) => ({ method: 'POST', url: 'https://x/', headers: { verification_key: 's3cret' }, body });
    const verdict = async (body: string, maxBodyBytes: number) => {
      const result = await verifyRequest(post(body), verifier, { maxBodyBytes });
      return result.ok ? 'ok' : result.error.code;
    };
    // 'é' is two bytes, '€' three, '👋' four (two UTF-16 units): lengths that undercount.
    expect(await verdict('é'.repeat(6), 11)).toBe('body_too_large');
    expect(await verdict('é'.repeat(6), 12)).toBe('ok');
    expect(await verdict('€'.repeat(4), 11)).toBe('body_too_large');
    expect(await verdict('€'.repeat(4), 12)).toBe('ok');
    expect(await verdict('👋'.repeat(3), 11)).toBe('body_too_large');
    expect(await verdict('👋'.repeat(3), 12)).toBe('ok');
  });

  it('keeps a text body as text for hashing, and gives its UTF-8 bytes to whoever asks for bytes', async () => {
    const normalized = (await normalizeRequest({ method: 'POST', url: 'https://x/', headers: {}, body: 'né=1' })) as VerifiableRequest;
    expect(normalized.bodyAsGiven).toBe('né=1');
    expect(normalized.bodyText).toBe('né=1');
    expect([...normalized.body]).toEqual([...Buffer.from('né=1')]);
    const bytes = (await normalizeRequest({ method: 'POST', url: 'https://x/', headers: {}, body: Buffer.from('né=1') })) as VerifiableRequest;
    expect(bytes.bodyText).toBe('né=1');
    expect(bytes.bodyAsGiven).toBe(bytes.body);
  });

  it('refuses a Request whose body was already read: verification must come first', async () => {
    const request = new Request('https://x/', { method: 'POST', body: 'abc', headers: { verification_key: 's3cret' } });
    await request.text();
    const result = await verifyRequest(request, verifier);
    expect(result).toMatchObject({ ok: false, error: { code: 'misconfigured', status: 500 } });
  });
});

describe('requests from another fetch implementation', () => {
  it('are recognized by shape, not by instanceof', async () => {
    // A Request and Headers that are not the global classes, as another undici copy would make.
    class ForeignHeaders {
      #map = new Map([['verification_key', 's3cret']]);
      get(name: string) {
        return this.#map.get(name.toLowerCase()) ?? null;
      }
    }
    class ForeignRequest {
      method = 'POST';
      url = 'https://x/hook';
      headers = new ForeignHeaders();
      bodyUsed = false;
      body = new Response('payload').body;
      clone() {
        return this;
      }
    }
    const request = new ForeignRequest() as unknown as Request;
    expect(request).not.toBeInstanceOf(Request);
    const normalized = (await normalizeRequest(request)) as VerifiableRequest;
    expect(Buffer.from(normalized.body).toString()).toBe('payload');
    expect(normalized.headers.get('Verification_Key')).toBe('s3cret');
    expect(await new Response(request.body).text()).toBe('payload'); // its own `body` field is replaced too
  });
});

describe('verifyRequest', () => {
  it('answers a refusal, never a throw or a rejection, when called with something that is not a request or no verifier', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      let outcome: Promise<unknown> | undefined;
      expect(() => (outcome = verifyRequest(undefined as never, verifier))).not.toThrow();
      await expect(outcome).resolves.toMatchObject({ ok: false, error: { code: 'internal_error', status: 500 } });
      const request = { method: 'POST', url: 'https://x/', headers: {}, body: '' };
      await expect(verifyRequest(request, undefined as never)).resolves.toMatchObject({ ok: false, error: { code: 'misconfigured' } });
      // Logged once per kind, on one line, with no stack.
      expect(log.mock.calls.flat().join('\n')).not.toContain('    at ');
    } finally {
      log.mockRestore();
    }
  });

  it('reads the clock only for schemes that sign a time, and replay protection', async () => {
    const clock = jest.spyOn(Date, 'now');
    try {
      const body = '{"a":1}';
      const hex = (content: string) => createHmac('sha256', 'k').update(content).digest('hex');
      const github = { method: 'POST', url: 'https://x/', headers: { 'x-hub-signature-256': `sha256=${hex(body)}` }, body };
      const verdicts = [(await verifyRequest(github, githubVerifier({ secret: 'k' }))).ok];
      expect(clock).not.toHaveBeenCalled();
      const t = Math.floor(Date.now() / 1000);
      clock.mockClear();
      const stripe = { ...github, headers: { 'stripe-signature': `t=${t},v1=${hex(`${t}.${body}`)}` } };
      verdicts.push((await verifyRequest(stripe, stripeVerifier({ secret: 'k' }))).ok);
      expect(clock).toHaveBeenCalledTimes(1);
      clock.mockClear();
      verdicts.push((await verifyRequest(github, githubVerifier({ secret: 'k' }), { replay: { store: { claim: () => true } } })).ok);
      expect(clock).toHaveBeenCalledTimes(1); // the claim's expiry
      expect(verdicts).toEqual([true, true, true]);
    } finally {
      clock.mockRestore();
    }
  });
});
