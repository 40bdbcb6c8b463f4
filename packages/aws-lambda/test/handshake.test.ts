// Handshakes through the Lambda adapter: Slack's unsigned `ssl_check=1` is
// answered 200 with an empty body by the verifier itself, in the event's own
// response shape (ALB: with `statusDescription: '200 OK'`, and multi-value
// headers when its events have them); the handler never runs, and a user's
// `onFailure` is not asked about it (it is no forgery). Every entry point:
// withVerification, the middy middleware (bare and in a real middy chain)
// and withStreamingVerification.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { slack, type VerificationError } from '@hookguard/core';
import { signedHttpApiEvent, signedRestApiEvent } from '@hookguard/testing';
import type middyCore from '@middy/core';
import { buildSync } from 'esbuild';
import { verificationMiddleware, withStreamingVerification, withVerification, type LambdaHttpEvent, type LambdaVerificationOptions } from '../src/index.js';
import { COMMAND, FORM, forgedCommand, NOT_SSL_CHECKS, signedCommand, SLACK_SECRET, SSL_CHECKS, type Delivery } from '../../core/test/adapter-cases.js';

const verifier = () => slack({ signingSecret: SLACK_SECRET });

type Headers = Record<string, string>;

// ---------------------------------------------------------------------------
// Events as AWS delivers them, for a POST to `/slack?a=1`.

const lower = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const multi = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));

/** HTTP API payload 2.0 and Function URLs: header names lower-cased; a Function URL base64-encodes a form body. */
const httpApiEvent = (domainName: string, { headers, body }: Delivery, base64 = false) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/slack',
  rawQueryString: 'a=1',
  headers: { ...lower(headers), host: domainName, 'x-forwarded-proto': 'https' },
  requestContext: { domainName, http: { method: 'POST', path: '/slack' }, stage: '$default' },
  body: base64 ? Buffer.from(body).toString('base64') : body,
  isBase64Encoded: base64,
});

/** REST (v1 proxy): header names as the client sent them. */
const restEvent = ({ headers, body }: Delivery) => {
  const all = { ...headers, Host: 'api.example.com', 'X-Forwarded-Proto': 'https' };
  return {
    httpMethod: 'POST',
    path: '/slack',
    resource: '/slack',
    headers: all,
    multiValueHeaders: multi(all),
    queryStringParameters: { a: '1' },
    multiValueQueryStringParameters: { a: ['1'] },
    pathParameters: null,
    stageVariables: null,
    requestContext: { domainName: 'api.example.com', path: '/prod/slack', stage: 'prod', httpMethod: 'POST' },
    body,
    isBase64Encoded: false,
  };
};

const albEvent = (multiValue: boolean, { headers, body }: Delivery) => {
  const all = lower({ ...headers, host: 'lb.example.com', 'x-forwarded-proto': 'https' });
  return {
    httpMethod: 'POST',
    path: '/slack',
    ...(multiValue ? { multiValueHeaders: multi(all), multiValueQueryStringParameters: { a: ['1'] } } : { headers: all, queryStringParameters: { a: '1' } }),
    requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/0123456789abcdef' } },
    body,
    isBase64Encoded: false,
  };
};

const REASONS: Record<number, string> = { 200: 'OK', 401: 'Unauthorized', 403: 'Forbidden' };
const JSON_HEADERS = { 'content-type': 'application/json' };

interface Shape {
  shape: string;
  event: (delivery: Delivery) => object;
  /** What the adapter answers on its own (a handshake or a refusal), in this shape. */
  answer: (status: number, headers: Headers, body: string) => object;
}

const plain = (status: number, headers: Headers, body: string) => ({ statusCode: status, headers, body });

const SHAPES: Shape[] = [
  { shape: 'HTTP API v2', event: (delivery) => httpApiEvent('abc123.execute-api.us-east-1.amazonaws.com', delivery), answer: plain },
  { shape: 'Function URL', event: (delivery) => httpApiEvent('abc123.lambda-url.us-east-1.on.aws', delivery, true), answer: plain },
  { shape: 'REST v1', event: restEvent, answer: plain },
  {
    shape: 'ALB',
    event: (delivery) => albEvent(false, delivery),
    answer: (status, headers, body) => ({ statusCode: status, statusDescription: `${status} ${REASONS[status]}`, headers, body, isBase64Encoded: false }),
  },
  {
    shape: 'ALB with multi-value headers',
    event: (delivery) => albEvent(true, delivery),
    answer: (status, headers, body) => ({ statusCode: status, statusDescription: `${status} ${REASONS[status]}`, multiValueHeaders: multi(headers), body, isBase64Encoded: false }),
  },
];

/** What a user's `onFailure` answers, recording each error it is given. */
function onFailureRecorder() {
  const failures: VerificationError[] = [];
  const onFailure = (error: VerificationError) => {
    failures.push(error);
    return { statusCode: 418, body: `onFailure ${error.code}` };
  };
  return { onFailure, codes: () => failures.map((error) => error.code) };
}

const HANDLED = { statusCode: 200, body: 'handled' };

// ---------------------------------------------------------------------------
// @middy/core as installed for this package (a devDependency): ESM-only, and
// jest runs this project as CommonJS, so its own source is bundled to CommonJS.

function loadMiddy(): typeof middyCore {
  const entry = realpathSync(join(__dirname, '..', 'node_modules', '@middy', 'core', 'index.js'));
  const [output] = buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' }).outputFiles;
  const module = { exports: {} as { default?: typeof middyCore } };
  new Function('module', 'exports', 'require', output!.text)(module, module.exports, require);
  if (!module.exports.default) throw new Error(`${entry} has no default export`);
  return module.exports.default;
}

const middy = loadMiddy();

// ---------------------------------------------------------------------------
// The two non-streaming entry points, each with a handler that counts its calls.

type Invoke = (event: object) => Promise<unknown>;
interface Entry {
  entry: string;
  make: (options: LambdaVerificationOptions) => { invoke: Invoke; calls: { count: number; bodies: unknown[] } };
}

const ENTRIES: Entry[] = [
  {
    entry: 'withVerification',
    make: (options) => {
      const calls = { count: 0, bodies: [] as unknown[] };
      const wrapped = withVerification(async (event: LambdaHttpEvent) => {
        calls.count++;
        calls.bodies.push(event.body);
        return HANDLED;
      }, options);
      return { calls, invoke: (event) => wrapped(event as LambdaHttpEvent) };
    },
  },
  {
    entry: 'verificationMiddleware in a real middy chain',
    make: (options) => {
      const calls = { count: 0, bodies: [] as unknown[] };
      const handler = middy<LambdaHttpEvent, unknown>()
        .use(verificationMiddleware<LambdaHttpEvent>(options))
        .handler(async (event: LambdaHttpEvent) => {
          calls.count++;
          calls.bodies.push(event.body);
          return HANDLED;
        });
      return { calls, invoke: (event) => handler(event as LambdaHttpEvent, {} as never) as Promise<unknown> };
    },
  },
];

describe.each(ENTRIES)('$entry', ({ make }) => {
  describe.each(SHAPES)('$shape events', ({ event, answer }) => {
    it.each(SSL_CHECKS)("answers Slack's unsigned ssl_check ($name) 200 with an empty body, never running the handler", async ({ delivery }) => {
      const { invoke, calls } = make({ verifier: verifier(), log: () => undefined });
      expect(await invoke(event(delivery))).toEqual(answer(200, {}, ''));
      expect(calls.count).toBe(0);
    });

    it('does not call onFailure for the ssl_check, but does for a forged request', async () => {
      const { onFailure, codes } = onFailureRecorder();
      const { invoke, calls } = make({ verifier: verifier(), log: () => undefined, onFailure });
      expect(await invoke(event(SSL_CHECKS[0]!.delivery))).toEqual(answer(200, {}, ''));
      expect(codes()).toEqual([]);
      expect(await invoke(event(await forgedCommand()))).toEqual({ statusCode: 418, body: 'onFailure invalid_signature' });
      expect(codes()).toEqual(['invalid_signature']);
      expect(calls.count).toBe(0);
    });

    it('answers a forged request 403 without onFailure, an ssl_check with a wrong signature included', async () => {
      const { invoke, calls } = make({ verifier: verifier(), log: () => undefined });
      const refusal = answer(403, JSON_HEADERS, '{"error":"invalid_signature"}');
      expect(await invoke(event(await forgedCommand()))).toEqual(refusal);
      expect(await invoke(event(await forgedCommand('ssl_check=1&token=x')))).toEqual(refusal);
      expect(calls.count).toBe(0);
    });

    it('runs the handler for a correctly signed Slack request', async () => {
      const { onFailure, codes } = onFailureRecorder();
      const { invoke, calls } = make({ verifier: verifier(), log: () => undefined, onFailure });
      expect(await invoke(event(await signedCommand()))).toEqual(HANDLED);
      expect(calls.count).toBe(1);
      expect(codes()).toEqual([]);
    });

    it.each(NOT_SSL_CHECKS)('refuses $name 401, never running the handler', async ({ delivery }) => {
      const { invoke, calls } = make({ verifier: verifier(), log: () => undefined });
      expect(await invoke(event(delivery))).toEqual(answer(401, JSON_HEADERS, '{"error":"missing_credentials"}'));
      expect(calls.count).toBe(0);
    });
  });

  it('runs the handler for signed Slack events built by @hookguard/testing (HTTP API and REST)', async () => {
    const { invoke, calls } = make({ verifier: verifier(), log: () => undefined });
    const options = { secret: SLACK_SECRET, url: 'https://api.example.com/slack?a=1', body: COMMAND, contentType: FORM };
    expect(await invoke(await signedHttpApiEvent('slack', options))).toEqual(HANDLED);
    expect(await invoke(await signedRestApiEvent('slack', options))).toEqual(HANDLED);
    expect(calls).toEqual({ count: 2, bodies: [COMMAND, COMMAND] });
  });
});

describe('verificationMiddleware.before, called directly', () => {
  it("returns the ssl_check's answer (ending the chain), not onFailure's; onFailure's for a forgery; nothing for a signed request", async () => {
    const { onFailure, codes } = onFailureRecorder();
    const middleware = verificationMiddleware({ verifier: verifier(), log: () => undefined, onFailure });
    const albMulti = SHAPES.at(-1)!;
    expect(await middleware.before({ event: albMulti.event(SSL_CHECKS[0]!.delivery) as LambdaHttpEvent })).toEqual(albMulti.answer(200, {}, ''));
    expect(codes()).toEqual([]);
    expect(await middleware.before({ event: albMulti.event(await forgedCommand()) as LambdaHttpEvent })).toEqual({ statusCode: 418, body: 'onFailure invalid_signature' });
    expect(codes()).toEqual(['invalid_signature']);
    expect(await middleware.before({ event: albMulti.event(await signedCommand()) as LambdaHttpEvent })).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// withStreamingVerification (Function URLs with response streaming; HTTP API v2 events).

describe('withStreamingVerification', () => {
  let preludes: Array<{ statusCode: number; headers: Headers }>;
  beforeEach(() => {
    preludes = [];
    (globalThis as { awslambda?: unknown }).awslambda = {
      HttpResponseStream: { from: (stream: unknown, prelude: { statusCode: number; headers: Headers }) => (preludes.push(prelude), stream) },
    };
  });
  afterEach(() => {
    delete (globalThis as { awslambda?: unknown }).awslambda;
  });

  function streaming() {
    const calls = { count: 0, bodies: [] as unknown[] };
    const handler = withStreamingVerification(
      async (event: { body?: string }, stream: { write(chunk: string): void; end(): void }) => {
        calls.count++;
        calls.bodies.push(event.body);
        stream.write('streamed');
        stream.end();
      },
      { verifier: verifier(), log: () => undefined },
    );
    const invoke = async (event: object) => {
      const written: string[] = [];
      const stream = { write: (chunk: string) => void written.push(chunk), end: () => void written.push('<end>') };
      await handler(event as never, stream);
      return { prelude: preludes.at(-1), written: written.join('') };
    };
    return { calls, invoke };
  }

  const STREAM_SHAPES = SHAPES.filter(({ shape }) => shape === 'HTTP API v2' || shape === 'Function URL');

  describe.each(STREAM_SHAPES)('$shape events', ({ event }) => {
    it.each(SSL_CHECKS)("streams 200 with an empty body for Slack's unsigned ssl_check ($name), never running the handler", async ({ delivery }) => {
      const { invoke, calls } = streaming();
      expect(await invoke(event(delivery))).toEqual({ prelude: { statusCode: 200, headers: {} }, written: '<end>' });
      expect(calls.count).toBe(0);
    });

    it('streams 403 for a forged request, an ssl_check with a wrong signature included', async () => {
      const { invoke, calls } = streaming();
      const refusal = { prelude: { statusCode: 403, headers: JSON_HEADERS }, written: '{"error":"invalid_signature"}<end>' };
      expect(await invoke(event(await forgedCommand()))).toEqual(refusal);
      expect(await invoke(event(await forgedCommand('ssl_check=1&token=x')))).toEqual(refusal);
      expect(calls.count).toBe(0);
    });

    it('runs the handler for a correctly signed Slack request', async () => {
      const { invoke, calls } = streaming();
      expect(await invoke(event(await signedCommand()))).toEqual({ prelude: undefined, written: 'streamed<end>' });
      expect(calls.count).toBe(1);
    });

    it.each(NOT_SSL_CHECKS)('streams 401 for $name, never running the handler', async ({ delivery }) => {
      const { invoke, calls } = streaming();
      expect(await invoke(event(delivery))).toEqual({ prelude: { statusCode: 401, headers: JSON_HEADERS }, written: '{"error":"missing_credentials"}<end>' });
      expect(calls.count).toBe(0);
    });
  });
});
