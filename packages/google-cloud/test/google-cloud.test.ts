// HTTP functions registered with functions-framework and served by its own
// server (getTestServer, the framework's Express app with its body parsers):
// verified over req.rawBody, req.body left parsed for the handler.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import * as functions from '@google-cloud/functions-framework';
import { getTestServer } from '@google-cloud/functions-framework/testing';
import { github, memoryReplayStore, sharedSecret, twilio } from '@hookguard/core';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { getVerification, withVerification } from '../src/index.js';

const SECRET = 'gcf-secret';
const BODY = '{"action":"opened","number":7}';
type Req = functions.Request;
type Res = functions.Response;

functions.http('github', withVerification((req: Req, res: Res) => void res.json({ number: req.body.number, scheme: getVerification(req)?.scheme }), {
  verifier: github({ secret: SECRET }),
  replay: { store: memoryReplayStore() },
}));
functions.http('twilio', withVerification((_req: Req, res: Res) => void res.type('text/xml').send('<Response/>'), { verifier: twilio({ authToken: SECRET }) }));
functions.http('status', withVerification((_req: Req, res: Res) => void res.json({ ok: true }), { verifier: sharedSecret({ secret: SECRET }) }));

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

async function serve(name: string): Promise<string> {
  const server = getTestServer(name) as Server;
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const post = async (url: string, headers: Record<string, string>, body: string) => {
  const response = await fetch(url, { method: 'POST', headers, body });
  return [response.status, await response.text()] as const;
};

describe('@hookguard/google-cloud on functions-framework', () => {
  it('verifies req.rawBody and leaves req.body parsed; refuses forged, unsigned and replayed deliveries', async () => {
    const url = `${await serve('github')}/`;
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const json = { ...headers, 'content-type': 'application/json' };
    expect(await post(url, json, BODY)).toEqual([200, '{"number":7,"scheme":"github"}']);
    expect(await post(url, json, BODY)).toEqual([409, '{"error":"replayed"}']);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await post(url, { ...forged.headers, 'content-type': 'application/json' }, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await post(url, { 'content-type': 'application/json' }, BODY)).toEqual([401, '{"error":"missing_credentials"}']);
  });

  it('checks a Twilio signature over the URL the Host header names, form body and all', async () => {
    const base = await serve('twilio');
    const form = 'Body=Hi&From=%2B15550001111';
    const { headers } = await signTwilio({ authToken: SECRET, url: `${base}/sms?x=1`, body: form });
    const formHeaders = { ...headers, 'content-type': 'application/x-www-form-urlencoded' };
    expect(await post(`${base}/sms?x=1`, formHeaders, form)).toEqual([200, '<Response/>']);
    expect(await post(`${base}/sms?x=2`, formHeaders, form)).toEqual([403, '{"error":"invalid_signature"}']);
  });

  it("on Google Cloud (K_SERVICE set), believes X-Forwarded-Proto, which Google's front end writes, but not a client's X-Forwarded-Host", async () => {
    process.env['K_SERVICE'] = 'twilio-on-gcp';
    try {
      functions.http('twilio-on-gcp', withVerification((_req: Req, res: Res) => void res.send('<Response/>'), { verifier: twilio({ authToken: SECRET }) }));
    } finally {
      delete process.env['K_SERVICE'];
    }
    const base = await serve('twilio-on-gcp');
    const form = 'Body=Hi';
    const sent = (url: string) => signTwilio({ authToken: SECRET, url, body: form });
    const formHeaders = { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-proto': 'https' };
    const https = base.replace('http:', 'https:');
    expect(await post(`${base}/sms`, { ...formHeaders, ...(await sent(`${https}/sms`)).headers }, form)).toEqual([200, '<Response/>']);
    // a signature captured for another host, replayed here with that host in X-Forwarded-Host
    const other = { ...formHeaders, 'x-forwarded-host': 'victim.example', ...(await sent('https://victim.example/sms')).headers };
    expect(await post(`${base}/sms`, other, form)).toEqual([403, '{"error":"invalid_signature"}']);
  });

  it('verifies a GET, whose rawBody is absent, over the empty body', async () => {
    const url = `${await serve('status')}/`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { verification_key: SECRET } })).status).toBe(200);
  });
});
