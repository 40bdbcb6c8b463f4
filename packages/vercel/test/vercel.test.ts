// The adapter against real Node HTTP servers and WHATWG Requests; the same
// routes run under @vercel/node and Next.js in examples/.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { memoryReplayStore, sharedSecret, stripe, twilio } from '@hookguard/core';
import { signStripe, signTwilio } from '@hookguard/core/sign';
import { getVerification, withVerification } from '../src/index.js';

const KEY = 'vercel-test-key';
const verifier = sharedSecret({ secret: KEY });

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => unknown, prepare?: (req: IncomingMessage) => Promise<void>) {
  const server = createServer(async (req, res) => {
    await prepare?.(req);
    await handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('Node (req, res) handlers', () => {
  const seen: string[] = [];
  const handler = withVerification(
    (req: IncomingMessage & { rawBody?: Uint8Array }, res: ServerResponse) => {
      seen.push(Buffer.from(getVerification(req)!.body).toString());
      res.end(`ok ${Buffer.from(req.rawBody!).toString()}`);
    },
    { verifier, log: () => undefined },
  );

  it('runs the handler with the exact raw body when the secret is right', async () => {
    const server = await serve(handler);
    const body = '{"a": 1,\n "b": "é"}';
    const response = await fetch(`${server.url}/api/hook`, { method: 'POST', headers: { verification_key: KEY }, body });
    expect([response.status, await response.text()]).toEqual([200, `ok ${body}`]);
    expect(seen.at(-1)).toBe(body);
    await server.close();
  });

  it('reads a body whose stream was given an encoding before the wrapper, as its UTF-8 bytes', async () => {
    const server = await serve(handler, async (req) => void req.setEncoding('utf8'));
    const body = 'héllo 👋';
    const response = await fetch(`${server.url}/api/hook`, { method: 'POST', headers: { verification_key: KEY }, body });
    expect([response.status, await response.text()]).toEqual([200, `ok ${body}`]);
    await server.close();
  });

  it('answers 401 and 403 with a small JSON body, never running the handler', async () => {
    const server = await serve(handler);
    const before = seen.length;
    const missing = await fetch(`${server.url}/api/hook`, { method: 'POST', body: 'x' });
    const wrong = await fetch(`${server.url}/api/hook`, { method: 'POST', headers: { verification_key: 'nope' }, body: 'x' });
    expect([missing.status, await missing.json()]).toEqual([401, { error: 'missing_credentials' }]);
    expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
    expect(wrong.headers.get('content-type')).toBe('application/json');
    expect(seen.length).toBe(before);
    await server.close();
  });

  it('fails loudly with 500 and a fix when the body was consumed before verification', async () => {
    const logs: string[] = [];
    const wrapped = withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('reached'), { verifier, log: (line) => logs.push(line) });
    // What Next.js' default body parser does to pages/api routes.
    const consume = (req: IncomingMessage) => new Promise<void>((resolve) => req.on('data', () => undefined).on('end', resolve));
    const server = await serve(wrapped, consume);
    const response = await fetch(`${server.url}/api/hook`, { method: 'POST', headers: { verification_key: KEY }, body: '{}' });
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
    expect(logs.join('\n')).toContain('bodyParser: false');
    await server.close();
  });

  it('verifies Twilio against the forwarded public URL, query included, only when the proxy is trusted', async () => {
    const server = await serve(withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('twiml'), { verifier: twilio({ authToken: 'tok' }), trustProxy: true }));
    const publicUrl = 'https://voice.example.com/api/call?b=2&a=%20x';
    const body = 'CallSid=CA1&From=%2B1555';
    const signed = await signTwilio({ authToken: 'tok', url: publicUrl, body });
    const headers = { ...signed.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'voice.example.com' };
    const ok = await fetch(`${server.url}/api/call?b=2&a=%20x`, { method: 'POST', headers, body });
    const elsewhere = await fetch(`${server.url}/api/call?a=%20x&b=2`, { method: 'POST', headers, body });
    expect([ok.status, elsewhere.status]).toEqual([200, 403]);
    await server.close();
  });

  it('off Vercel and without trustProxy, builds the URL from Host: a delivery signed for another host is refused', async () => {
    const server = await serve(withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('twiml'), { verifier: twilio({ authToken: 'tok' }) }));
    const body = 'CallSid=CA1';
    const other = await signTwilio({ authToken: 'tok', url: 'https://other.example.com/api/call', body });
    const forged = { ...other.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'other.example.com' };
    const attempt = await fetch(`${server.url}/api/call`, { method: 'POST', headers: forged, body });
    expect([attempt.status, await attempt.json()]).toEqual([403, { error: 'invalid_signature' }]);
    const here = await signTwilio({ authToken: 'tok', url: `${server.url}/api/call`, body });
    expect((await fetch(`${server.url}/api/call`, { method: 'POST', headers: here.headers, body })).status).toBe(200);
    await server.close();
  });

  it('refuses with 403, never a 500 or an alarm, a Host or forwarded header that is no host or protocol', async () => {
    const logs: string[] = [];
    const wrapped = withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('twiml'), { verifier: twilio({ authToken: 'tok' }), trustProxy: true, log: (line) => logs.push(line) });
    const server = await serve(wrapped);
    const signed = await signTwilio({ authToken: 'tok', url: 'https://anything/staging/api/call', body: 'a=1' });
    const { request } = await import('node:http');
    const statusFor = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const call = request(`${server.url}/api/call`, { method: 'POST', headers: { ...signed.headers, ...headers } }, (res) => resolve(res.statusCode!));
        call.on('error', reject);
        call.end('a=1');
      });
    expect(await statusFor({ 'x-forwarded-host': 'anything/staging' })).toBe(403); // a path smuggled into the host
    expect(await statusFor({ 'x-forwarded-proto': 'javascript' })).toBe(403);
    expect(await statusFor({ 'x-forwarded-host': 'a b', 'x-forwarded-proto': 'https' })).toBe(403);
    expect(logs).toEqual([]);
    await server.close();
  });

  it('refuses bodies over maxBodyBytes with 413', async () => {
    const wrapped = withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('reached'), { verifier, maxBodyBytes: 16 });
    const server = await serve(wrapped);
    const response = await fetch(`${server.url}/`, { method: 'POST', headers: { verification_key: KEY }, body: 'x'.repeat(17) });
    expect(response.status).toBe(413);
    await server.close();
  });

  it('reports a secret missing at cold start once, naming the setting', async () => {
    const logs: string[] = [];
    delete process.env['VERIFICATION_KEY'];
    const wrapped = withVerification((_req: IncomingMessage, res: ServerResponse) => res.end('reached'), { log: (line) => logs.push(line) });
    expect(logs).toEqual([expect.stringContaining('VERIFICATION_KEY')]);
    const server = await serve(wrapped);
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${server.url}/`, { method: 'POST', headers: { verification_key: '' }, body: 'x' });
      expect([response.status, await response.text()]).toEqual([500, '{"error":"misconfigured"}']);
    }
    expect(logs).toHaveLength(1);
    expect(logs[0]).not.toMatch(/secret[^:]*:\s*\S+=/);
    await server.close();
  });
});

describe('web (Request) handlers', () => {
  const handler = withVerification(
    async (request: Request, ctx: { params: Promise<{ id: string }> }) => {
      const { id } = await ctx.params;
      return new Response(`${id}:${await request.text()}:${getVerification(request)?.scheme}`);
    },
    { verifier },
  );
  const ctx = { params: Promise.resolve({ id: '42' }) };

  it('passes the request, still readable, and the context to the handler', async () => {
    const request = new Request('https://app.example.com/api/items/42', { method: 'POST', headers: { verification_key: KEY }, body: 'payload' });
    const response = await handler(request, ctx);
    expect([response.status, await response.text()]).toEqual([200, '42:payload:shared-secret']);
  });

  it('refuses with JSON, and lets onFailure answer instead', async () => {
    const request = () => new Request('https://app.example.com/api/items/42', { method: 'POST', body: 'payload' });
    const refused = await handler(request(), ctx);
    expect([refused.status, await refused.json()]).toEqual([401, { error: 'missing_credentials' }]);
    const custom = withVerification(async (_r: Request) => new Response('no'), {
      verifier,
      onFailure: (error) => new Response(`custom ${error.code}`, { status: 418 }),
    });
    const answer = await custom(request());
    expect([answer.status, await answer.text()]).toEqual([418, 'custom missing_credentials']);
  });

  it('takes the public origin from x-forwarded-* on Vercel or with trustProxy, from Host otherwise, and a publicUrl override', async () => {
    const publicUrl = 'https://hooks.example.com/api/sms?x=1';
    const signed = await signTwilio({ authToken: 'tok', url: publicUrl, body: 'Body=hi' });
    const forwarded = () =>
      new Request('http://localhost:3000/api/sms?x=1', {
        method: 'POST',
        headers: { ...signed.headers, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'hooks.example.com' },
        body: 'Body=hi',
      });
    const trusting = withVerification(async (_r: Request) => new Response('ok'), { verifier: twilio({ authToken: 'tok' }), trustProxy: true });
    expect((await trusting(forwarded())).status).toBe(200);
    const untrusting = withVerification(async (_r: Request) => new Response('ok'), { verifier: twilio({ authToken: 'tok' }) });
    expect((await untrusting(forwarded())).status).toBe(403);
    process.env['VERCEL'] = '1';
    try {
      const onVercel = withVerification(async (_r: Request) => new Response('ok'), { verifier: twilio({ authToken: 'tok' }) });
      expect((await onVercel(forwarded())).status).toBe(200);
    } finally {
      delete process.env['VERCEL'];
    }
    const viaOption = withVerification(async (_r: Request) => new Response('ok'), { verifier: twilio({ authToken: 'tok' }), publicUrl: 'https://hooks.example.com' });
    const local = new Request('http://localhost:3000/api/sms?x=1', { method: 'POST', headers: signed.headers, body: 'Body=hi' });
    expect((await viaOption(local)).status).toBe(200);
  });
});

describe('replay protection through the adapter', () => {
  it('refuses the same signed delivery the second time with 409', async () => {
    const handler = withVerification(async (_request: Request) => new Response('processed'), {
      verifier: stripe({ secret: 'whsec_replay' }),
      replay: { store: memoryReplayStore() },
    });
    const signed = await signStripe({ secret: 'whsec_replay', body: '{"id":"evt_1"}' });
    const deliver = () => handler(new Request('https://shop.example.com/api/stripe', { method: 'POST', headers: signed.headers, body: '{"id":"evt_1"}' }));
    expect((await deliver()).status).toBe(200);
    const again = await deliver();
    expect([again.status, await again.json()]).toEqual([409, { error: 'replayed' }]);
  });
});
