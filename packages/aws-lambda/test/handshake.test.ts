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
import {
  COMMAND,
  DISCORD_COMMAND,
  DISCORD_PONG,
  discordForged,
  discordSigned,
  discordVerifier,
  FORM,
  forgedCommand,
  JSON_TYPE,
  META_CHALLENGE,
  META_SUBSCRIBE,
  META_WRONG_TOKEN,
  metaVerifier,
  NOT_SSL_CHECKS,
  signedCommand,
  SLACK_SECRET,
  SSL_CHECKS,
  TEXT_TYPE,
  type Delivery,
} from '../../core/test/adapter-cases.js';
import type { Verifier } from '@hookguard/core';

const verifier = () => slack({ signingSecret: SLACK_SECRET });

type Headers = Record<string, string>;

// ---------------------------------------------------------------------------
// Events as AWS delivers them, for a POST to `/slack?a=1`.

const lower = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const multi = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));

/** The query's parameters, one value or all of them per name: `a=1` unless the delivery has its own. */
const queryOf = ({ query = 'a=1' }: Delivery) => [...new URLSearchParams(query)];
const singleQuery = (delivery: Delivery) => Object.fromEntries(queryOf(delivery));
const multiQuery = (delivery: Delivery) => Object.fromEntries(queryOf(delivery).map(([name, value]) => [name, [value]]));

/** HTTP API payload 2.0 and Function URLs: header names lower-cased; a Function URL base64-encodes a form body; a GET has no body. */
const httpApiEvent = (domainName: string, { headers, body, method = 'POST', query = 'a=1' }: Delivery, base64 = false) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/slack',
  rawQueryString: query,
  headers: { ...lower(headers), host: domainName, 'x-forwarded-proto': 'https' },
  requestContext: { domainName, http: { method, path: '/slack' }, stage: '$default' },
  ...(method === 'GET' ? {} : { body: base64 ? Buffer.from(body).toString('base64') : body }),
  isBase64Encoded: method !== 'GET' && base64,
});

/** REST (v1 proxy): header names as the client sent them. */
const restEvent = (delivery: Delivery) => {
  const { headers, body, method = 'POST' } = delivery;
  const all = { ...headers, Host: 'api.example.com', 'X-Forwarded-Proto': 'https' };
  return {
    httpMethod: method,
    path: '/slack',
    resource: '/slack',
    headers: all,
    multiValueHeaders: multi(all),
    queryStringParameters: singleQuery(delivery),
    multiValueQueryStringParameters: multiQuery(delivery),
    pathParameters: null,
    stageVariables: null,
    requestContext: { domainName: 'api.example.com', path: '/prod/slack', stage: 'prod', httpMethod: method },
    body: method === 'GET' ? null : body,
    isBase64Encoded: false,
  };
};

const albEvent = (multiValue: boolean, delivery: Delivery) => {
  const { headers, body, method = 'POST' } = delivery;
  const all = lower({ ...headers, host: 'lb.example.com', 'x-forwarded-proto': 'https' });
  return {
    httpMethod: method,
    path: '/slack',
    ...(multiValue ? { multiValueHeaders: multi(all), multiValueQueryStringParameters: multiQuery(delivery) } : { headers: all, queryStringParameters: singleQuery(delivery) }),
    requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/0123456789abcdef' } },
    body: method === 'GET' ? '' : body,
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
  /** The same, its content type matched (a charset may follow) and other headers allowed. */
  like: (status: number, contentType: RegExp, body: string) => object;
}

const plain = (status: number, headers: Headers, body: string) => ({ statusCode: status, headers, body });
const plainLike = (status: number, contentType: RegExp, body: string) => ({ statusCode: status, headers: expect.objectContaining({ 'content-type': expect.stringMatching(contentType) }), body });

const SHAPES: Shape[] = [
  { shape: 'HTTP API v2', event: (delivery) => httpApiEvent('abc123.execute-api.us-east-1.amazonaws.com', delivery), answer: plain, like: plainLike },
  { shape: 'Function URL', event: (delivery) => httpApiEvent('abc123.lambda-url.us-east-1.on.aws', delivery, true), answer: plain, like: plainLike },
  { shape: 'REST v1', event: restEvent, answer: plain, like: plainLike },
  {
    shape: 'ALB',
    event: (delivery) => albEvent(false, delivery),
    answer: (status, headers, body) => ({ statusCode: status, statusDescription: `${status} ${REASONS[status]}`, headers, body, isBase64Encoded: false }),
    like: (status, contentType, body) => ({
      statusCode: status,
      statusDescription: `${status} ${REASONS[status]}`,
      headers: expect.objectContaining({ 'content-type': expect.stringMatching(contentType) }),
      body,
      isBase64Encoded: false,
    }),
  },
  {
    shape: 'ALB with multi-value headers',
    event: (delivery) => albEvent(true, delivery),
    answer: (status, headers, body) => ({ statusCode: status, statusDescription: `${status} ${REASONS[status]}`, multiValueHeaders: multi(headers), body, isBase64Encoded: false }),
    like: (status, contentType, body) => ({
      statusCode: status,
      statusDescription: `${status} ${REASONS[status]}`,
      multiValueHeaders: expect.objectContaining({ 'content-type': [expect.stringMatching(contentType)] }),
      body,
      isBase64Encoded: false,
    }),
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
  describe.each(SHAPES)('$shape events', ({ event, answer, like }) => {
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

    it("answers Discord's interactions PING 200 application/json {\"type\":1}, never running the handler nor onFailure", async () => {
      const { onFailure, codes } = onFailureRecorder();
      const { invoke, calls } = make({ verifier: discordVerifier(), log: () => undefined, onFailure });
      expect(await invoke(event(discordSigned()))).toEqual(like(200, JSON_TYPE, DISCORD_PONG));
      expect(calls.count).toBe(0);
      expect(codes()).toEqual([]);
    });

    it('runs the handler for a signed Discord application command', async () => {
      const { invoke, calls } = make({ verifier: discordVerifier(), log: () => undefined });
      expect(await invoke(event(discordSigned(DISCORD_COMMAND)))).toEqual(HANDLED);
      expect(calls.count).toBe(1);
    });

    it('answers a forged Discord PING 401, and calls onFailure for it when configured', async () => {
      const plainEntry = make({ verifier: discordVerifier(), log: () => undefined });
      expect(await plainEntry.invoke(event(discordForged()))).toEqual(answer(401, JSON_HEADERS, '{"error":"invalid_signature"}'));
      const { onFailure, codes } = onFailureRecorder();
      const hooked = make({ verifier: discordVerifier(), log: () => undefined, onFailure });
      expect(await hooked.invoke(event(discordForged()))).toEqual({ statusCode: 418, body: 'onFailure invalid_signature' });
      expect(codes()).toEqual(['invalid_signature']);
      expect(plainEntry.calls.count + hooked.calls.count).toBe(0);
    });

    it("answers Meta's subscription GET 200 text/plain with the challenge, never running the handler nor onFailure", async () => {
      const { onFailure, codes } = onFailureRecorder();
      const { invoke, calls } = make({ verifier: metaVerifier(), log: () => undefined, onFailure });
      expect(await invoke(event(META_SUBSCRIBE))).toEqual(like(200, TEXT_TYPE, META_CHALLENGE));
      expect(calls.count).toBe(0);
      expect(codes()).toEqual([]);
    });

    it("refuses Meta's subscription GET with a wrong verify token 403, never answering the challenge", async () => {
      const { invoke, calls } = make({ verifier: metaVerifier(), log: () => undefined });
      expect(await invoke(event(META_WRONG_TOKEN))).toEqual(answer(403, JSON_HEADERS, '{"error":"invalid_signature"}'));
      expect(calls.count).toBe(0);
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

  function streaming(made: Verifier = verifier()) {
    const calls = { count: 0, bodies: [] as unknown[] };
    const handler = withStreamingVerification(
      async (event: { body?: string }, stream: { write(chunk: string): void; end(): void }) => {
        calls.count++;
        calls.bodies.push(event.body);
        stream.write('streamed');
        stream.end();
      },
      { verifier: made, log: () => undefined },
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

    it("streams 200 application/json {\"type\":1} for Discord's interactions PING, never running the handler", async () => {
      const { invoke, calls } = streaming(discordVerifier());
      expect(await invoke(event(discordSigned()))).toEqual({
        prelude: { statusCode: 200, headers: expect.objectContaining({ 'content-type': expect.stringMatching(JSON_TYPE) }) },
        written: `${DISCORD_PONG}<end>`,
      });
      expect(calls.count).toBe(0);
    });

    it('streams 401 for a forged Discord PING, never running the handler', async () => {
      const { invoke, calls } = streaming(discordVerifier());
      expect(await invoke(event(discordForged()))).toEqual({ prelude: { statusCode: 401, headers: JSON_HEADERS }, written: '{"error":"invalid_signature"}<end>' });
      expect(calls.count).toBe(0);
    });

    it("streams 200 text/plain with the challenge for Meta's subscription GET, never running the handler", async () => {
      const { invoke, calls } = streaming(metaVerifier());
      expect(await invoke(event(META_SUBSCRIBE))).toEqual({
        prelude: { statusCode: 200, headers: expect.objectContaining({ 'content-type': expect.stringMatching(TEXT_TYPE) }) },
        written: `${META_CHALLENGE}<end>`,
      });
      expect(calls.count).toBe(0);
    });

    it("streams 403 for Meta's subscription GET with a wrong verify token, never answering the challenge", async () => {
      const { invoke, calls } = streaming(metaVerifier());
      expect(await invoke(event(META_WRONG_TOKEN))).toEqual({ prelude: { statusCode: 403, headers: JSON_HEADERS }, written: '{"error":"invalid_signature"}<end>' });
      expect(calls.count).toBe(0);
    });

    it.each(NOT_SSL_CHECKS)('streams 401 for $name, never running the handler', async ({ delivery }) => {
      const { invoke, calls } = streaming();
      expect(await invoke(event(delivery))).toEqual({ prelude: { statusCode: 401, headers: JSON_HEADERS }, written: '{"error":"missing_credentials"}<end>' });
      expect(calls.count).toBe(0);
    });
  });
});
