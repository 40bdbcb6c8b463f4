// Three lines per platform: sign a request in its shape, call the wrapped handler, check.
import { github, stripe, twilio } from '@hookguard/core';
import { withVerification as awsVerification, type LambdaHttpEvent } from '@hookguard/aws-lambda';
import { withVerification as netlifyVerification, type NetlifyEvent } from '@hookguard/netlify';
import { withVerification as vercelVerification, type NodeRequest } from '@hookguard/vercel';
import { PROVIDERS } from '@hookguard/core/catalog';
import { recordedResponse, signedHttpApiEvent, signedNetlifyEvent, signedNodeRequest, signedRequest, signedRestApiEvent } from '../src/index.js';

const secret = 'testing-secret';
const url = 'https://hooks.example.com/api/hook?source=test&lang=en%20US';
const body = '{"id":"evt_1","type":"payment_intent.succeeded"}';

describe('signed requests in each platform’s shape', () => {
  it('a WHATWG Request, for App Router and Netlify v2 handlers', async () => {
    const handler = vercelVerification(async (request: Request) => new Response(await request.text()), { verifier: github({ secret }) });
    const response = await handler(await signedRequest('github', { secret, url, body }));
    expect([response.status, await response.text()]).toEqual([200, body]);
    const forged = await handler(await signedRequest('github', { secret: 'wrong', url, body }));
    expect(forged.status).toBe(403);
  });

  it('API Gateway HTTP API and REST events, with the query signed by Twilio', async () => {
    const handler = awsVerification(async (_event: LambdaHttpEvent) => ({ statusCode: 204 }), { verifier: twilio({ authToken: secret }) });
    const form = 'Body=Hello+there&From=%2B15550001111';
    expect(await handler(await signedHttpApiEvent('twilio', { secret, url, body: form }))).toEqual({ statusCode: 204 });
    expect(await handler(await signedRestApiEvent('twilio', { secret, url, body: form }))).toEqual({ statusCode: 204 });
    expect(await handler(await signedHttpApiEvent('twilio', { secret: 'wrong', url, body: form }))).toMatchObject({ statusCode: 403 });
  });

  it('a Netlify v1 event, binary bodies base64-encoded', async () => {
    const handler = netlifyVerification(async (_event: NetlifyEvent) => ({ statusCode: 204 }), { verifier: stripe({ secret }) });
    expect(await handler(await signedNetlifyEvent('stripe', { secret, url, body }))).toEqual({ statusCode: 204 });
    const binary = Buffer.from([0, 1, 2, 255]);
    expect(await handler(await signedNetlifyEvent('stripe', { secret, url, body: binary }))).toEqual({ statusCode: 204 });
  });

  it('a Node request and a recorded response, for (req, res) handlers', async () => {
    const handler = vercelVerification((_req: NodeRequest, res: ReturnType<typeof recordedResponse>) => res.status(202).json({ ok: true }), {
      verifier: github({ secret }),
    });
    const { req, res } = await signedNodeRequest('github', { secret, url, body });
    await handler(req, res);
    expect([res.statusCode, res.body]).toEqual([202, '{"ok":true}']);
    const forged = await signedNodeRequest('github', { secret: 'wrong', url, body });
    await handler(forged.req, forged.res);
    expect([forged.res.statusCode, forged.res.body]).toEqual([403, '{"error":"invalid_signature"}']);
  });

  // Every provider of the catalogue that signs with a secret, in the shape of each platform.
  it.each(['paddle', 'hubspot', 'square', 'twitch', 'mailgun', 'linear', 'box', 'openai'])('%s, through every platform shape', async (scheme) => {
    const provider = PROVIDERS.find(({ name }) => name === scheme)!;
    const keys = scheme === 'openai' ? [`whsec_${Buffer.from(secret).toString('base64')}`] : [secret];
    const verifier = provider.verifier(keys, url);
    const options = { secret: keys[0]!, url, body: '{"id":"evt_2"}' };
    const web = vercelVerification(async (request: Request) => new Response(await request.text()), { verifier });
    const response = await web(await signedRequest(scheme, options));
    expect([scheme, response.status]).toEqual([scheme, 200]);
    const lambda = awsVerification(async (_event: LambdaHttpEvent) => ({ statusCode: 204 }), { verifier });
    expect(await lambda(await signedHttpApiEvent(scheme, options))).toEqual({ statusCode: 204 });
    expect(await lambda(await signedRestApiEvent(scheme, options))).toEqual({ statusCode: 204 });
    const netlify = netlifyVerification(async (_event: NetlifyEvent) => ({ statusCode: 204 }), { verifier });
    expect(await netlify(await signedNetlifyEvent(scheme, options))).toEqual({ statusCode: 204 });
    expect((await web(await signedRequest(scheme, { ...options, secret: keys[0]!.replace(/.$/, 'x') }))).status).toBe(403);
  });
});
