import { sharedSecret, twilio } from '@hookguard/core';
import { signTwilio } from '@hookguard/core/sign';
import type { Handler, HandlerEvent } from '@netlify/functions';
import { getVerification, withVerification } from '../src/index.js';

const KEY = 'netlify-key';
const verifier = sharedSecret({ secret: KEY });

const event = (overrides: Partial<HandlerEvent>): HandlerEvent => ({
  rawUrl: 'https://site.netlify.app/.netlify/functions/hook?a=%20b&z=1',
  rawQuery: 'a=%20b&z=1',
  path: '/.netlify/functions/hook',
  httpMethod: 'POST',
  headers: {},
  multiValueHeaders: {},
  queryStringParameters: {},
  multiValueQueryStringParameters: {},
  body: null,
  isBase64Encoded: false,
  ...overrides,
});

describe('v1 (event, context) functions', () => {
  const handler: Handler = async (e) => ({ statusCode: 200, body: Buffer.from(getVerification(e)!.body).toString('hex') });
  const wrapped = withVerification(handler, { verifier });

  it('verifies text and base64 bodies and hands the handler the exact bytes', async () => {
    const text = await wrapped(event({ headers: { verification_key: KEY }, body: 'héllo' }), {} as never);
    expect(text).toEqual({ statusCode: 200, body: Buffer.from('héllo').toString('hex') });
    const binary = Buffer.from([0, 255, 10, 128]);
    const encoded = await wrapped(event({ headers: { verification_key: KEY }, body: binary.toString('base64'), isBase64Encoded: true }), {} as never);
    expect(encoded).toEqual({ statusCode: 200, body: binary.toString('hex') });
  });

  it('answers refusals in the event shape, and reads multiValueHeaders', async () => {
    expect(await wrapped(event({ headers: { verification_key: 'no' } }), {} as never)).toEqual({
      statusCode: 403,
      headers: { 'content-type': 'application/json' },
      body: '{"error":"invalid_signature"}',
    });
    const repeated = event({ headers: { verification_key: `${KEY}, ${KEY}` }, multiValueHeaders: { verification_key: [KEY, KEY] } });
    expect(await wrapped(repeated, {} as never)).toMatchObject({ statusCode: 403, body: '{"error":"malformed"}' });
  });

  it('verifies Twilio against rawUrl, the query exactly as sent', async () => {
    const body = 'Body=hi';
    const signed = await signTwilio({ authToken: 'tok', url: event({}).rawUrl, body });
    const twilioHandler = withVerification(async (_e: HandlerEvent) => ({ statusCode: 200, body: 'ok' }), { verifier: twilio({ authToken: 'tok' }) });
    const headers = { ...signed.headers } as Record<string, string>;
    expect(await twilioHandler(event({ headers, body }))).toEqual({ statusCode: 200, body: 'ok' });
    expect(await twilioHandler(event({ headers, body, rawUrl: event({}).rawUrl.replace('z=1', 'z=2') }))).toMatchObject({ statusCode: 403 });
  });
});

describe('v2 (Request, Context) functions', () => {
  const wrapped = withVerification(async (request: Request, context: { site: { name: string } }) => new Response(`${context.site.name}:${await request.text()}`), {
    verifier,
  });

  it('passes the request and context through, or refuses with JSON', async () => {
    const ok = await wrapped(new Request('https://site.netlify.app/api/x', { method: 'POST', headers: { verification_key: KEY }, body: 'b' }), { site: { name: 's' } });
    expect([ok.status, await ok.text()]).toEqual([200, 's:b']);
    const refused = await wrapped(new Request('https://site.netlify.app/api/x', { method: 'POST', body: 'b' }), { site: { name: 's' } });
    expect([refused.status, await refused.json()]).toEqual([401, { error: 'missing_credentials' }]);
  });
});
