// Fetch-style handlers as Deno.serve, Bun and WinterCG runtimes call them: a
// WHATWG Request whose URL the runtime built, and more arguments passed through.
import { github, memoryReplayStore, slack, twilio } from '@hookguard/core';
import { signGithub, signSlack, signTwilio } from '@hookguard/core/sign';
import { getVerification, withVerification } from '../src/index.js';

const SECRET = 'web-secret';
const BODY = '{"zen":"Keep it logically awesome."}';

describe('@hookguard/web', () => {
  it('runs the handler with the same Request, its body still readable, and its other arguments', async () => {
    const handler = withVerification(async (request: Request, info: { remoteAddr: string }) => {
      return Response.json({ body: await request.json(), from: info.remoteAddr, scheme: getVerification(request)?.scheme });
    }, { verifier: github({ secret: SECRET }) });
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const response = await handler(new Request('https://hooks.example.com/github', { method: 'POST', headers, body: BODY }), { remoteAddr: '203.0.113.7' });
    expect([response.status, await response.json()]).toEqual([200, { body: { zen: 'Keep it logically awesome.' }, from: '203.0.113.7', scheme: 'github' }]);
  });

  it('refuses forged, unsigned and replayed deliveries without running the handler', async () => {
    let calls = 0;
    const handler = withVerification(async (_request: Request) => (calls++, new Response('ok')), { verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } });
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const request = (h: Record<string, string>) => new Request('https://hooks.example.com/github', { method: 'POST', headers: h, body: BODY });
    expect((await handler(request(headers))).status).toBe(200);
    expect([(await handler(request(headers))).status, (await handler(request({})).then((r) => r.status))]).toEqual([409, 401]);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect((await handler(request(forged.headers))).status).toBe(403);
    expect(calls).toBe(1);
  });

  it('checks Twilio against request.url, or against publicUrl when one is given', async () => {
    const form = 'Body=Hi';
    const handler = (publicUrl?: string) => withVerification(async (_request: Request) => new Response('<Response/>'), { verifier: twilio({ authToken: SECRET }), ...(publicUrl ? { publicUrl } : {}) });
    const signed = await signTwilio({ authToken: SECRET, url: 'https://hooks.example.com/sms?x=1', body: form });
    const request = (url: string) => new Request(url, { method: 'POST', headers: { ...signed.headers, 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    expect((await handler()(request('https://hooks.example.com/sms?x=1'))).status).toBe(200);
    expect((await handler()(request('http://internal:8000/sms?x=1'))).status).toBe(403);
    expect((await handler('https://hooks.example.com')(request('http://internal:8000/sms?x=1'))).status).toBe(200);
  });

  it("answers a handshake itself (Slack's url_verification), and uses onFailure only for refusals", async () => {
    const failures: string[] = [];
    const handler = withVerification(async (_request: Request) => new Response('handled'), {
      verifier: slack({ signingSecret: SECRET }),
      onFailure: (error) => (failures.push(error.code), new Response('custom', { status: 401 })),
    });
    const body = '{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}';
    const { headers } = await signSlack({ signingSecret: SECRET, body });
    const response = await handler(new Request('https://bot.example.com/slack/events', { method: 'POST', headers, body }));
    expect([response.status, await response.json()]).toEqual([200, { challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' }]);
    const refused = await handler(new Request('https://bot.example.com/slack/events', { method: 'POST', body }));
    expect([refused.status, await refused.text(), failures]).toEqual([401, 'custom', ['missing_credentials']]);
  });
});
