// Express 5 apps with verification(), on real servers: whichever body parser
// runs first (none, express.raw(), express.json() keeping the bytes), the raw
// bytes are verified and the route can read the body; a parser that drops the
// bytes is a loud 500 naming the fix.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { github, memoryReplayStore, twilio } from '@hookguard/core';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import express, { type Request } from 'express';
import { getVerification, verification } from '../src/index.js';

const SECRET = 'express-secret';
const BODY = '{"action":"opened","number":7}';
const servers: Server[] = [];
afterAll(async () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

async function listen(app: express.Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = async (url: string, headers: Record<string, string>, body: string) => {
  const response = await fetch(url, { method: 'POST', headers, body });
  return [response.status, await response.text()] as const;
};

type WithRaw = Request & { rawBody?: Buffer };

describe('@hookguard/express', () => {
  it('with no parser: verifies the stream and keeps the bytes as req.rawBody', async () => {
    const app = express();
    app.post('/hook', verification({ verifier: github({ secret: SECRET }) }), (req: WithRaw, res) => {
      res.json({ number: JSON.parse(req.rawBody!.toString()).number, scheme: getVerification(req)?.scheme });
    });
    const url = `${await listen(app)}/hook`;
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await post(url, { ...headers, 'content-type': 'application/json' }, BODY)).toEqual([200, '{"number":7,"scheme":"github"}']);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await post(url, forged.headers, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await post(url, {}, BODY)).toEqual([401, '{"error":"missing_credentials"}']);
  });

  it('after express.json({ verify }) keeping the bytes: the route gets req.body parsed', async () => {
    const app = express();
    app.use(express.json({ verify: (req: WithRaw, _res, buffer) => void (req.rawBody = buffer) }));
    app.post('/hook', verification({ verifier: github({ secret: SECRET }) }), (req, res) => res.json({ number: req.body.number }));
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await post(`${await listen(app)}/hook`, { ...headers, 'content-type': 'application/json' }, BODY)).toEqual([200, '{"number":7}']);
  });

  it('after express.raw(): the Buffer body is the raw body', async () => {
    const app = express();
    app.use(express.raw({ type: () => true }));
    app.post('/hook', verification({ verifier: github({ secret: SECRET }) }), (req, res) => res.json({ bytes: (req.body as Buffer).length }));
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await post(`${await listen(app)}/hook`, { ...headers, 'content-type': 'application/json' }, BODY)).toEqual([200, `{"bytes":${BODY.length}}`]);
  });

  it('maxBodyBytes holds over bytes a parser already read: express.raw() and express.json({ verify }) alike', async () => {
    const app = express();
    const options = { verifier: github({ secret: SECRET }), maxBodyBytes: 64 };
    const reached = (_req: Request, res: express.Response) => void res.json({ reached: true });
    app.post('/raw', express.raw({ type: () => true }), verification(options), reached);
    app.post('/json', express.json({ verify: (req: WithRaw, _res, buffer) => void (req.rawBody = buffer) }), verification(options), reached);
    const base = await listen(app);
    const big = JSON.stringify({ padding: 'x'.repeat(100) });
    const { headers } = await signGithub({ secret: SECRET, body: big });
    for (const path of ['/raw', '/json']) {
      expect([path, ...(await post(`${base}${path}`, { ...headers, 'content-type': 'application/json' }, big))]).toEqual([path, 413, '{"error":"body_too_large"}']);
    }
  });

  it('after express.json() that dropped the bytes: 500, and the fix logged, never a verification of re-serialized JSON', async () => {
    const logs: string[] = [];
    const app = express();
    app.use(express.json());
    app.post('/hook', verification({ verifier: github({ secret: SECRET }), log: (line) => logs.push(line) }), (_req, res) => res.json({ reached: true }));
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await post(`${await listen(app)}/hook`, { ...headers, 'content-type': 'application/json' }, BODY)).toEqual([500, '{"error":"misconfigured"}']);
    expect(logs.join('\n')).toContain('express.json({ verify:');
  });

  it('checks Twilio against the Host header, refuses a replay, and releases the claim of a failing route', async () => {
    const app = express();
    const store = memoryReplayStore();
    app.post('/sms', verification({ verifier: twilio({ authToken: SECRET }), replay: { store } }), (_req, res) => void res.type('text/xml').send('<Response/>'));
    app.post('/fails', verification({ verifier: github({ secret: SECRET }), replay: { store } }), () => {
      throw new Error('the route failed');
    });
    const base = await listen(app);
    const form = 'Body=Hi&From=%2B15550001111';
    const { headers } = await signTwilio({ authToken: SECRET, url: `${base}/sms`, body: form });
    const sms = () => post(`${base}/sms`, { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, form);
    expect(await sms()).toEqual([200, '<Response/>']);
    expect(await sms()).toEqual([409, '{"error":"replayed"}']);
    const failing = await signGithub({ secret: SECRET, body: BODY });
    expect((await post(`${base}/fails`, failing.headers, BODY))[0]).toBe(500);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the claim is released once the 500 is sent
    expect((await post(`${base}/fails`, failing.headers, BODY))[0]).toBe(500); // the retry is not refused as a replay
  });
});
