// Azure Functions v4 handlers called as the Functions host calls them, with
// @azure/functions' own HttpRequest and InvocationContext (its host tools,
// func, cannot be installed offline): the body still readable by the handler.
import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { github, memoryReplayStore, slack, twilio } from '@hookguard/core';
import { signGithub, signSlack, signTwilio } from '@hookguard/core/sign';
import { getVerification, withVerification } from '../src/index.js';

const SECRET = 'azure-secret';
const BODY = '{"action":"opened","number":7}';
const request = (url: string, headers: Record<string, string>, body: string, method = 'POST') => new HttpRequest({ method, url, headers, body: { string: body } });

describe('@hookguard/azure', () => {
  it('runs the handler for a genuine delivery, the body still readable; refuses forged, unsigned and replayed ones', async () => {
    let calls = 0;
    const handler = withVerification(async (req: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
      calls++;
      const event = (await req.json()) as { number: number };
      return { status: 200, jsonBody: { number: event.number, scheme: getVerification(req)?.scheme, invocation: context.invocationId } };
    }, { verifier: github({ secret: SECRET }), replay: { store: memoryReplayStore() } });
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    const context = new InvocationContext({ invocationId: 'inv-1' });
    expect(await handler(request('https://fn.azurewebsites.net/api/github', headers, BODY), context)).toEqual({ status: 200, jsonBody: { number: 7, scheme: 'github', invocation: 'inv-1' } });
    expect(await handler(request('https://fn.azurewebsites.net/api/github', headers, BODY), context)).toEqual({ status: 409, headers: { 'content-type': 'application/json' }, body: '{"error":"replayed"}' });
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await handler(request('https://fn.azurewebsites.net/api/github', forged.headers, BODY), context)).toMatchObject({ status: 403 });
    expect(await handler(request('https://fn.azurewebsites.net/api/github', {}, BODY), context)).toMatchObject({ status: 401 });
    expect(calls).toBe(1);
  });

  it('checks Twilio against request.url, or publicUrl', async () => {
    const form = 'Body=Hi';
    const { headers } = await signTwilio({ authToken: SECRET, url: 'https://hooks.example.com/api/sms', body: form });
    const formHeaders = { ...headers, 'content-type': 'application/x-www-form-urlencoded' };
    const plain = withVerification(async (): Promise<HttpResponseInit> => ({ status: 200, body: '<Response/>' }), { verifier: twilio({ authToken: SECRET }) });
    const pinned = withVerification(async (): Promise<HttpResponseInit> => ({ status: 200, body: '<Response/>' }), { verifier: twilio({ authToken: SECRET }), publicUrl: 'https://hooks.example.com' });
    const behindFrontDoor = request('https://fn.azurewebsites.net/api/sms', formHeaders, form);
    expect(await plain(request('https://hooks.example.com/api/sms', formHeaders, form), new InvocationContext())).toMatchObject({ status: 200 });
    expect(await plain(behindFrontDoor, new InvocationContext())).toMatchObject({ status: 403 });
    expect(await pinned(request('https://fn.azurewebsites.net/api/sms', formHeaders, form), new InvocationContext())).toMatchObject({ status: 200 });
  });

  it("answers a handshake in Azure's shape (Slack's url_verification), never calling onFailure for it", async () => {
    const failures: string[] = [];
    const handler = withVerification(async (): Promise<HttpResponseInit> => ({ status: 204 }), {
      verifier: slack({ signingSecret: SECRET }),
      onFailure: (error) => (failures.push(error.code), { status: 401, body: 'nope' }),
    });
    const body = '{"type":"url_verification","challenge":"abc123"}';
    const { headers } = await signSlack({ signingSecret: SECRET, body });
    expect(await handler(request('https://fn.azurewebsites.net/api/slack', headers, body), new InvocationContext())).toEqual({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"challenge":"abc123"}' });
    expect(await handler(request('https://fn.azurewebsites.net/api/slack', {}, body), new InvocationContext())).toEqual({ status: 401, body: 'nope' });
    expect(failures).toEqual(['missing_credentials']);
  });

  it('refuses a body over maxBodyBytes (413) by its declared length, unread', async () => {
    const handler = withVerification(async (): Promise<HttpResponseInit> => ({ status: 204 }), { verifier: github({ secret: SECRET }), maxBodyBytes: 10 });
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await handler(request('https://fn.azurewebsites.net/api/github', { ...headers, 'content-length': String(BODY.length) }, BODY), new InvocationContext())).toMatchObject({ status: 413 });
  });

  it('reads a streamed body without Content-Length no further than maxBodyBytes (413), as with HTTP streaming on', async () => {
    const handler = withVerification(async (): Promise<HttpResponseInit> => ({ status: 204 }), { verifier: github({ secret: SECRET }), maxBodyBytes: 4096 });
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1024;
        // A megabyte, then the end: a reader that reads it all still finishes, and fails below.
        if (pulled > 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(1024));
      },
    });
    // How the library builds a request when the host streams it: around an undici Request (init.nativeRequest).
    const nativeRequest = new Request('https://fn.azurewebsites.net/api/github', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    const streamed = new HttpRequest({ nativeRequest } as unknown as ConstructorParameters<typeof HttpRequest>[0]);
    expect(await handler(streamed, new InvocationContext())).toMatchObject({ status: 413, body: '{"error":"body_too_large"}' });
    expect(pulled).toBeLessThan(64 * 1024);
  });
});
