import { createHmac } from 'node:crypto';
import { github, sharedSecret, twilio } from '@hookguard/core';
import { signTwilio } from '@hookguard/core/sign';
import type { ALBEvent, APIGatewayProxyEvent, APIGatewayProxyEventV2, APIGatewayProxyHandler, APIGatewayProxyHandlerV2, Context } from 'aws-lambda';
import { getVerification, verificationMiddleware, withStreamingVerification, withVerification } from '../src/index.js';

const KEY = 'lambda-key';
const verifier = sharedSecret({ secret: KEY });
const context = {} as Context;

// Event fixtures in the shapes AWS documents (trimmed to what a handler meets).
const v2 = (overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/hook',
  rawQueryString: 'b=2&a=%20x',
  headers: { host: 'abc.lambda-url.us-east-1.on.aws', 'x-forwarded-proto': 'https', verification_key: KEY },
  requestContext: { domainName: 'abc.lambda-url.us-east-1.on.aws', http: { method: 'POST', path: '/hook' } } as APIGatewayProxyEventV2['requestContext'],
  body: 'aGVsbG8=',
  isBase64Encoded: true,
  ...overrides,
});
const v1 = (overrides: Partial<APIGatewayProxyEvent> = {}): APIGatewayProxyEvent => ({
  httpMethod: 'POST',
  path: '/hook',
  resource: '/hook',
  headers: { Host: 'api.example.com', 'X-Forwarded-Proto': 'https', Verification_Key: KEY },
  multiValueHeaders: { Host: ['api.example.com'], 'X-Forwarded-Proto': ['https'], Verification_Key: [KEY] },
  queryStringParameters: { a: ' x' },
  multiValueQueryStringParameters: { a: [' x'] },
  pathParameters: null,
  stageVariables: null,
  requestContext: { domainName: 'api.example.com', path: '/prod/hook', stage: 'prod' } as APIGatewayProxyEvent['requestContext'],
  body: '{"a":1}',
  isBase64Encoded: false,
  ...overrides,
});
const alb = (multi: boolean, overrides: Partial<ALBEvent> = {}): ALBEvent => ({
  httpMethod: 'POST',
  path: '/hook',
  ...(multi
    ? { multiValueHeaders: { host: ['lb.example.com'], 'x-forwarded-proto': ['https'], verification_key: ['nope'] } }
    : { headers: { host: 'lb.example.com', 'x-forwarded-proto': 'https', verification_key: 'nope' } }),
  requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:region:123:targetgroup/tg/1' } },
  body: '',
  isBase64Encoded: false,
  ...overrides,
});

describe('withVerification on Lambda events', () => {
  const handlerV2: APIGatewayProxyHandlerV2 = async (event) => ({ statusCode: 200, body: Buffer.from(getVerification(event)!.body).toString() });
  const handlerV1: APIGatewayProxyHandler = async (event) => ({ statusCode: 200, body: Buffer.from(getVerification(event)!.body).toString() });

  it('verifies HTTP API / Function URL events, decoding base64 bodies', async () => {
    expect(await withVerification(handlerV2, { verifier })(v2(), context, () => undefined)).toEqual({ statusCode: 200, body: 'hello' });
    const refused = await withVerification(handlerV2, { verifier })(v2({ headers: {} }), context, () => undefined);
    expect(refused).toEqual({ statusCode: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"missing_credentials"}' });
  });

  it('verifies REST events, whose header names keep their case', async () => {
    expect(await withVerification(handlerV1, { verifier })(v1(), context, () => undefined)).toEqual({ statusCode: 200, body: '{"a":1}' });
  });

  it('verifies a text body as its UTF-8 bytes, and hands the handler those bytes', async () => {
    const body = '{"text":"héllo 👋 wörld"}';
    const signature = `sha256=${createHmac('sha256', KEY).update(Buffer.from(body, 'utf8')).digest('hex')}`;
    const gh = github({ secret: KEY });
    const rest = v1({ body, headers: { Host: 'api.example.com', 'X-Hub-Signature-256': signature }, multiValueHeaders: { Host: ['api.example.com'], 'X-Hub-Signature-256': [signature] } });
    const http = v2({ body, isBase64Encoded: false, headers: { host: 'abc.lambda-url.us-east-1.on.aws', 'x-hub-signature-256': signature } });
    for (const [handler, event] of [[withVerification(handlerV1, { verifier: gh }), rest], [withVerification(handlerV2, { verifier: gh }), http]] as const) {
      expect(await (handler as (e: unknown, c: Context, cb: () => void) => unknown)(event, context, () => undefined)).toEqual({ statusCode: 200, body });
    }
    const forged = v2({ body: body.replace('ö', 'o'), isBase64Encoded: false, headers: http.headers });
    expect(await withVerification(handlerV2, { verifier: gh })(forged, context, () => undefined)).toMatchObject({ statusCode: 403 });
  });

  it('answers ALB events in their own shape, multi-value or not', async () => {
    const handler = withVerification(async (_event: ALBEvent) => ({ statusCode: 200, body: 'ok' }), { verifier });
    expect(await handler(alb(false))).toEqual({
      statusCode: 403,
      statusDescription: '403 Forbidden',
      headers: { 'content-type': 'application/json' },
      body: '{"error":"invalid_signature"}',
      isBase64Encoded: false,
    });
    expect(await handler(alb(true))).toEqual({
      statusCode: 403,
      statusDescription: '403 Forbidden',
      multiValueHeaders: { 'content-type': ['application/json'] },
      body: '{"error":"invalid_signature"}',
      isBase64Encoded: false,
    });
  });

  it('rebuilds the exact URL of HTTP API events for Twilio, query included', async () => {
    const url = 'https://abc.lambda-url.us-east-1.on.aws/hook?b=2&a=%20x';
    const signed = await signTwilio({ authToken: 'tok', url, body: 'Body=hi' });
    const event = v2({ headers: { ...v2().headers, ...signed.headers }, body: 'Body=hi', isBase64Encoded: false });
    const handler = withVerification(async (_e: APIGatewayProxyEventV2) => ({ statusCode: 200 }), { verifier: twilio({ authToken: 'tok' }) });
    expect(await handler(event)).toEqual({ statusCode: 200 });
    expect(await handler({ ...event, rawQueryString: 'a=%20x&b=2' })).toMatchObject({ statusCode: 403 });
  });

  it('uses requestContext.path (with the stage) for REST events, and publicUrl when configured', async () => {
    const signedFor = async (url: string) => {
      const signed = await signTwilio({ authToken: 'tok', url, body: 'Body=hi' });
      return v1({ headers: { ...v1().headers, ...signed.headers }, multiValueHeaders: undefined as never, body: 'Body=hi' });
    };
    const handler = withVerification(async (_e: APIGatewayProxyEvent) => ({ statusCode: 200, body: '' }), { verifier: twilio({ authToken: 'tok' }) });
    expect(await handler(await signedFor('https://api.example.com/prod/hook?a=%20x'))).toMatchObject({ statusCode: 200 });
    const custom = withVerification(async (_e: APIGatewayProxyEvent) => ({ statusCode: 200, body: '' }), {
      verifier: twilio({ authToken: 'tok' }),
      publicUrl: () => 'https://hooks.example.com/twilio?a=%20x',
    });
    expect(await custom(await signedFor('https://hooks.example.com/twilio?a=%20x'))).toMatchObject({ statusCode: 200 });
  });
});

// middy itself is ESM-only: the example runs this middleware in a real middy chain.
describe('verificationMiddleware', () => {
  it('returns the refusal from before for unverified events, nothing for verified ones', async () => {
    const middleware = verificationMiddleware<APIGatewayProxyEventV2>({ verifier });
    expect(await middleware.before({ event: v2({ headers: {} }) })).toMatchObject({ statusCode: 401 });
    const event = v2();
    expect(await middleware.before({ event })).toBeUndefined();
    expect(getVerification(event)?.scheme).toBe('shared-secret');
  });
});

describe('withStreamingVerification', () => {
  afterEach(() => {
    delete (globalThis as { awslambda?: unknown }).awslambda;
  });

  it('streams the refusal with its status, and runs the handler for verified events', async () => {
    const written: string[] = [];
    let prelude: unknown;
    (globalThis as { awslambda?: unknown }).awslambda = {
      HttpResponseStream: { from: (stream: unknown, meta: unknown) => ((prelude = meta), stream) },
    };
    const stream = { write: (chunk: string) => written.push(chunk), end: () => written.push('<end>') };
    const handler = withStreamingVerification(async (_event: APIGatewayProxyEventV2, responseStream: typeof stream) => {
      responseStream.write('streamed');
      responseStream.end();
    }, { verifier });
    await handler(v2({ headers: {} }), stream);
    expect(prelude).toEqual({ statusCode: 401, headers: { 'content-type': 'application/json' } });
    expect(written).toEqual(['{"error":"missing_credentials"}', '<end>']);
    written.length = 0;
    await handler(v2(), stream);
    expect(written).toEqual(['streamed', '<end>']);
  });
});
