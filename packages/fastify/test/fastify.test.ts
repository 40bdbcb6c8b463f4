// Fastify 5 apps with the verification() plugin, on real servers: the raw bytes
// are verified before Fastify's own parsers see them, so `request.body` is
// parsed as usual; bodyless requests are verified too (preParsing runs for them); refusals, handshakes,
// replays and failing routes as in every adapter.
import { generateKeyPairSync, sign } from 'node:crypto';
import { discord, github, memoryReplayStore, sharedSecret, twilio } from '@hookguard/core';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import Fastify, { type FastifyInstance } from 'fastify';
import { getVerification, verification } from '../src/index.js';

const SECRET = 'fastify-secret';
const BODY = '{"action":"opened","number":7}';
const apps: FastifyInstance[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));

async function listen(app: FastifyInstance): Promise<string> {
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

const post = async (url: string, headers: Record<string, string>, body: string) => {
  const response = await fetch(url, { method: 'POST', headers, body });
  return [response.status, await response.text()] as const;
};

describe('@hookguard/fastify', () => {
  it('verifies the raw bytes, and the route still gets request.body parsed by Fastify', async () => {
    const app = Fastify();
    let calls = 0;
    await app.register(verification({ verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } }));
    app.post('/hook', async (request) => (calls++, { number: (request.body as { number: number }).number, scheme: getVerification(request.raw)?.scheme }));
    const url = `${await listen(app)}/hook`;
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const json = { ...headers, 'content-type': 'application/json' };
    expect(await post(url, json, BODY)).toEqual([200, '{"number":7,"scheme":"github"}']);
    expect(await post(url, json, BODY)).toEqual([409, '{"error":"replayed"}']);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await post(url, { ...forged.headers, 'content-type': 'application/json' }, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await post(url, { 'content-type': 'application/json' }, BODY)).toEqual([401, '{"error":"missing_credentials"}']);
    expect(calls).toBe(1);
  });

  it('verifies requests without a body before their handler', async () => {
    const app = Fastify();
    await app.register(verification({ verifier: sharedSecret({ secret: SECRET }) }));
    app.get('/status', async () => ({ ok: true }));
    const url = `${await listen(app)}/status`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { verification_key: SECRET } })).status).toBe(200);
  });

  it('checks Twilio against the Host header, and answers onFailure for refusals only', async () => {
    const app = Fastify();
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    const failures: string[] = [];
    await app.register(verification({ verifier: twilio({ authToken: SECRET }), onFailure: (error, _request, reply) => (failures.push(error.code), reply.code(401).send('nope')) }));
    app.post('/sms', async (_request, reply) => reply.type('text/xml').send('<Response/>'));
    const base = await listen(app);
    const form = 'Body=Hi&From=%2B15550001111';
    const { headers } = await signTwilio({ authToken: SECRET, url: `${base}/sms`, body: form });
    const formHeaders = { ...headers, 'content-type': 'application/x-www-form-urlencoded' };
    expect(await post(`${base}/sms`, formHeaders, form)).toEqual([200, '<Response/>']);
    expect(await post(`${base}/sms`, formHeaders, `${form}&x=1`)).toEqual([401, 'nope']);
    expect(failures).toEqual(['invalid_signature']);
  });

  it('still refuses, never running the route, when onFailure answers nothing (returns a value as a route would)', async () => {
    const app = Fastify();
    let calls = 0;
    await app.register(verification({ verifier: github({ secret: SECRET }), onFailure: (error) => ({ refused: error.code }) }));
    app.post('/hook', async () => (calls++, 'ran'));
    app.get('/hook', async () => (calls++, 'ran'));
    const url = `${await listen(app)}/hook`;
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await post(url, { ...forged.headers, 'content-type': 'application/json' }, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    const get = await fetch(url);
    expect([get.status, await get.text()]).toEqual([401, '{"error":"missing_credentials"}']);
    expect(calls).toBe(0);
  });

  it("answers Discord's signed PING itself, never running the route", async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const app = Fastify();
    let calls = 0;
    await app.register(verification({ verifier: discord({ publicKey: publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex') }) }));
    app.post('/interactions', async () => (calls++, { type: 4 }));
    const url = `${await listen(app)}/interactions`;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const ping = '{"type":1}';
    const headers = { 'x-signature-ed25519': sign(null, Buffer.from(timestamp + ping), privateKey).toString('hex'), 'x-signature-timestamp': timestamp, 'content-type': 'application/json' };
    const response = await fetch(url, { method: 'POST', headers, body: ping });
    // Fastify adds the charset to the JSON content type, which Discord accepts.
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([200, 'application/json; charset=utf-8', '{"type":1}']);
    expect(calls).toBe(0);
  });

  it('releases the replay claim of a route that fails, so the retry is not refused', async () => {
    const app = Fastify();
    await app.register(verification({ verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } }));
    app.post('/fails', async () => {
      throw new Error('the route failed');
    });
    const url = `${await listen(app)}/fails`;
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const json = { ...headers, 'content-type': 'application/json' };
    expect((await post(url, json, BODY))[0]).toBe(500);
    expect((await post(url, json, BODY))[0]).toBe(500);
  });

  it('releases the claim when the sender hangs up before the answer, so its retry is accepted', async () => {
    const app = Fastify();
    await app.register(verification({ verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } }));
    let answered = 0;
    app.post('/slow', async (request) => {
      if (request.headers['x-slow']) await new Promise((resolve) => setTimeout(resolve, 300));
      answered++;
      return { ok: true };
    });
    const url = `${await listen(app)}/slow`;
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const json = { ...headers, 'content-type': 'application/json' };
    await expect(fetch(url, { method: 'POST', headers: { ...json, 'x-slow': '1' }, body: BODY, signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 400)); // the route answers into the closed connection
    expect(answered).toBe(1);
    expect(await post(url, json, BODY)).toEqual([200, '{"ok":true}']);
    expect(await post(url, json, BODY)).toEqual([409, '{"error":"replayed"}']);
  });

  it('refuses a Content-Length over maxBodyBytes before reading the body, and closes the connection', async () => {
    const app = Fastify();
    await app.register(verification({ verifier: sharedSecret({ secret: SECRET }), maxBodyBytes: 1024 }));
    app.post('/hook', async () => ({ reached: true }));
    const url = `${await listen(app)}/hook`;
    const { request } = await import('node:http');
    const answer = await new Promise<{ status: number | undefined; connection: string | undefined; body: string }>((resolve, reject) => {
      // The head announces 10 MB and only 10 bytes follow: an answer proves the body was not awaited.
      const req = request(url, { method: 'POST', headers: { verification_key: SECRET, 'content-length': String(10_000_000) } }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, body }));
      });
      req.on('error', reject);
      req.setTimeout(2000, () => req.destroy(new Error('no answer while the body was awaited')));
      req.write('0123456789');
    });
    expect(answer).toEqual({ status: 413, connection: 'close', body: '{"error":"body_too_large"}' });
  });
});
