// Hono routes behind verification(), on a real @hono/node-server: the body
// stays readable for the route (c.req.json()), refusals and handshakes are the
// middleware's own answers, and a failing route releases its replay claim.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { discord, github, memoryReplayStore, twilio, type VerificationError } from '@hookguard/core';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { Hono } from 'hono';
import { getVerification, verification } from '../src/index.js';

const SECRET = 'hono-secret';
const BODY = '{"action":"opened","number":7}';
let server: ServerType;
let base = '';
const calls = { count: 0 };
const failures: VerificationError[] = [];
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const DISCORD_KEY = publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex');

beforeAll(async () => {
  const app = new Hono();
  app.use('/github/*', verification({ verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } }));
  app.post('/github/events', async (c) => {
    calls.count++;
    const event = await c.req.json<{ number: number }>();
    return c.json({ number: event.number, scheme: getVerification(c.req.raw)?.scheme });
  });
  app.post('/github/fails', () => {
    calls.count++;
    throw new Error('the handler failed');
  });
  app.use('/twilio', verification({ verifier: twilio({ authToken: SECRET }), onFailure: (error, c) => (failures.push(error), c.text('nope', 401)) }));
  app.post('/twilio', (c) => (calls.count++, c.text('<Response/>')));
  app.use('/discord', verification({ verifier: discord({ publicKey: DISCORD_KEY }) }));
  app.post('/discord', (c) => (calls.count++, c.json({ type: 4 })));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const post = async (path: string, headers: Record<string, string>, body: string) => {
  const response = await fetch(base + path, { method: 'POST', headers, body });
  return [response.status, await response.text()] as const;
};

describe('@hookguard/hono', () => {
  it('runs the route for a genuine delivery, its body still readable with c.req.json()', async () => {
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const before = calls.count;
    expect(await post('/github/events', headers, BODY)).toEqual([200, '{"number":7,"scheme":"github"}']);
    expect(calls.count).toBe(before + 1);
  });

  it('answers forged (403) and unsigned (401) deliveries itself, never running the route', async () => {
    const before = calls.count;
    const { headers } = await signGithub({ secret: 'wrong', body: BODY });
    expect(await post('/github/events', headers, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await post('/github/events', {}, BODY)).toEqual([401, '{"error":"missing_credentials"}']);
    expect(calls.count).toBe(before);
  });

  it('refuses a replay (409), and lets the retry of a failed route through', async () => {
    const body = '{"number":8}';
    const { headers } = await signGithub({ secret: SECRET, body });
    expect((await post('/github/events', headers, body))[0]).toBe(200);
    expect(await post('/github/events', headers, body)).toEqual([409, '{"error":"replayed"}']);
    const failing = await signGithub({ secret: SECRET, body: '{"number":9}' });
    expect((await post('/github/fails', failing.headers, '{"number":9}'))[0]).toBe(500);
    expect((await post('/github/fails', failing.headers, '{"number":9}'))[0]).toBe(500); // released: not a 409
  });

  it('checks a Twilio signature against the URL the Host header names, and uses onFailure for refusals', async () => {
    const form = 'Body=Hi&From=%2B15550001111';
    const url = `${base}/twilio`;
    const { headers } = await signTwilio({ authToken: SECRET, url, body: form });
    expect(await post('/twilio', { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, form)).toEqual([200, '<Response/>']);
    const elsewhere = await signTwilio({ authToken: SECRET, url: 'http://other.example.com/twilio', body: form });
    expect(await post('/twilio', { ...elsewhere.headers, 'content-type': 'application/x-www-form-urlencoded' }, form)).toEqual([401, 'nope']);
    expect(failures.at(-1)?.code).toBe('invalid_signature');
  });

  it("answers Discord's signed PING itself, and only a genuine one", async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const ping = '{"type":1}';
    const signature = sign(null, Buffer.from(timestamp + ping), privateKey).toString('hex');
    const before = calls.count;
    const response = await fetch(`${base}/discord`, { method: 'POST', headers: { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp, 'content-type': 'application/json' }, body: ping });
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([200, 'application/json', '{"type":1}']);
    const forged = await post('/discord', { 'x-signature-ed25519': '00'.repeat(64), 'x-signature-timestamp': timestamp }, ping);
    expect(forged[0]).toBe(401);
    expect(calls.count).toBe(before);
  });
});
