// Hardening of the Lambda adapter, each test one that the earlier implementation
// failed: the URL that URL-signing schemes check comes only from what AWS vouches
// for; replay is keyed on what was verified, not on header text; a handler that
// fails has its replay claim released; a broken replay store is a 503.
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { github, memoryReplayStore, stripe, type ReplayStore } from '@hookguard/core';
import { signGithub, signStripe } from '@hookguard/core/sign';
import type middyCore from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { buildSync } from 'esbuild';
import { verificationMiddleware, withStreamingVerification, withVerification, type LambdaVerificationOptions } from '../src/index.js';
import { BROKEN_STORES, FORWARDED_ELSEWHERE, REPLAY_CASES, STRIPE_SECRET, URL_SCHEMES, type Delivery } from '../../core/test/adapter-cases.js';

interface LambdaResult {
  statusCode?: number;
  body?: string;
}
type Invoke = (event: object) => Promise<LambdaResult>;
type Headers = Record<string, string>;

/** withVerification around a handler that counts its calls; `answer(n)` is what the n-th call returns (or throws). */
function wrapped(options: LambdaVerificationOptions, answer: (call: number) => unknown = () => ({ statusCode: 200, body: 'handled' })) {
  const calls = { count: 0 };
  const handler = async (_event: APIGatewayProxyEventV2) => answer(++calls.count);
  return { calls, invoke: withVerification(handler, options) as unknown as Invoke };
}

const refused = (status: number, code: string) => expect.objectContaining({ statusCode: status, body: JSON.stringify({ error: code }) });
const ACCEPTED = { statusCode: 200, body: 'handled' };

// Events as AWS delivers them, for a POST to `/hook?a=1`.
const lower = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
const multi = (headers: Headers) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));

const httpApiEvent = (domainName: string | undefined, { headers, body }: Delivery) => ({
  version: '2.0',
  routeKey: '$default',
  rawPath: '/hook',
  rawQueryString: 'a=1',
  headers: lower(headers),
  requestContext: { ...(domainName ? { domainName } : {}), http: { method: 'POST', path: '/hook' } },
  body,
  isBase64Encoded: false,
});

/** REST (v1 proxy): `path` lacks the stage, `requestContext.path` keeps it. */
const restEvent = (domainName: string | undefined, { headers, body }: Delivery) => ({
  httpMethod: 'POST',
  path: '/hook',
  resource: '/hook',
  headers,
  multiValueHeaders: multi(headers),
  queryStringParameters: { a: '1' },
  multiValueQueryStringParameters: { a: ['1'] },
  requestContext: { ...(domainName ? { domainName } : {}), path: '/prod/hook', stage: 'prod' },
  body,
  isBase64Encoded: false,
});

const albEvent = (multiValue: boolean, { headers, body }: Delivery) => ({
  httpMethod: 'POST',
  path: '/hook',
  ...(multiValue ? { multiValueHeaders: multi(lower(headers)), multiValueQueryStringParameters: { a: ['1'] } } : { headers: lower(headers), queryStringParameters: { a: '1' } }),
  requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/0123456789abcdef' } },
  body,
  isBase64Encoded: false,
});

/** The API Gateway and Function URL shapes: the domain AWS names, and the path the client called on it. */
const GATEWAY_SHAPES = [
  { shape: 'HTTP API v2', domainName: 'abc123.execute-api.us-east-1.amazonaws.com', publicPath: '/hook', event: httpApiEvent },
  { shape: 'Function URL', domainName: 'abcdefghij.lambda-url.us-east-1.on.aws', publicPath: '/hook', event: httpApiEvent },
  { shape: 'REST v1', domainName: 'api.example.com', publicPath: '/prod/hook', event: restEvent },
] as const;

/** The schemes that sign the URL, each with a signer for a delivery to a given URL. */
const twilioScheme = URL_SCHEMES[0]!;


describe('the URL URL-signing schemes check: requestContext.domainName, never the forwarded headers', () => {
  describe.each(GATEWAY_SHAPES)('$shape events', ({ domainName, publicPath, event }) => {
    it.each(URL_SCHEMES)('$scheme: a delivery signed for the host in x-forwarded-host is refused, the one signed for domainName accepted', async ({ verifier, sign }) => {
      const { calls, invoke } = wrapped({ verifier });
      const forOther = await sign(`https://other.example.com${publicPath}?a=1`);
      const attempt = { ...forOther, headers: { ...forOther.headers, ...FORWARDED_ELSEWHERE } };
      expect(await invoke(event(domainName, attempt))).toEqual(refused(403, 'invalid_signature'));
      expect(calls.count).toBe(0);

      const forDomain = await sign(`https://${domainName}${publicPath}?a=1`);
      const delivered = { ...forDomain, headers: { ...forDomain.headers, ...FORWARDED_ELSEWHERE } };
      expect(await invoke(event(domainName, delivered))).toEqual(ACCEPTED);
      expect(calls.count).toBe(1);
    });

    it('an event without requestContext.domainName is misconfigured (500), never verified against a header', async () => {
      const logs: string[] = [];
      const { calls, invoke } = wrapped({ verifier: twilioScheme.verifier, log: (line) => logs.push(line) });
      // Signed for what the Host header says: exactly what must not be believed.
      const delivery = await twilioScheme.sign(`https://${domainName}${publicPath}?a=1`);
      const attempt = { ...delivery, headers: { ...delivery.headers, Host: domainName } };
      expect(await invoke(event(undefined, attempt))).toEqual(refused(500, 'misconfigured'));
      expect(calls.count).toBe(0);
      expect(logs).toEqual([expect.stringContaining('requestContext.domainName')]);
    });

    it('with publicUrl, the origin is fixed and the path is the event\'s: x-forwarded-host cannot add a path prefix', async () => {
      const { calls, invoke } = wrapped({ verifier: twilioScheme.verifier, publicUrl: 'https://hooks.example.com' });
      const smuggle = { 'x-forwarded-host': 'anything/staging', 'x-forwarded-proto': 'https' };
      const withPrefix = await twilioScheme.sign(`https://hooks.example.com/staging${publicPath}?a=1`);
      expect(await invoke(event(domainName, { ...withPrefix, headers: { ...withPrefix.headers, ...smuggle } }))).toEqual(refused(403, 'invalid_signature'));
      const exact = await twilioScheme.sign(`https://hooks.example.com${publicPath}?a=1`);
      expect(await invoke(event(domainName, { ...exact, headers: { ...exact.headers, ...smuggle } }))).toEqual(ACCEPTED);
      expect(calls.count).toBe(1);
    });

    it('forwarded headers that are no host or protocol are not read at all: no 5xx, nothing logged', async () => {
      const logs: string[] = [];
      const { invoke } = wrapped({ verifier: twilioScheme.verifier, log: (line) => logs.push(line) });
      const delivery = await twilioScheme.sign(`https://${domainName}${publicPath}?a=1`);
      for (const junk of [{ 'x-forwarded-proto': 'javascript' }, { 'x-forwarded-host': 'a/b' }, { host: 'a b', 'x-forwarded-host': 'evil.example/x?y=' }]) {
        expect(await invoke(event(domainName, { ...delivery, headers: { ...delivery.headers, ...junk } }))).toEqual(ACCEPTED);
      }
      expect(logs).toEqual([]);
    });
  });

  describe.each([false, true])('ALB events (multi-value headers: %s)', (multiValue) => {
    it.each(URL_SCHEMES)('$scheme: the origin is the Host header with the X-Forwarded-Proto the ALB wrote; X-Forwarded-Host is the client\'s', async ({ verifier, sign }) => {
      const { calls, invoke } = wrapped({ verifier });
      const host = { host: 'lb.example.com' };
      const https = await sign('https://lb.example.com/hook?a=1');
      expect(await invoke(albEvent(multiValue, { ...https, headers: { ...https.headers, ...host, 'x-forwarded-proto': 'https' } }))).toEqual(ACCEPTED);
      const http = await sign('http://lb.example.com/hook?a=1');
      expect(await invoke(albEvent(multiValue, { ...http, headers: { ...http.headers, ...host, 'x-forwarded-proto': 'http' } }))).toEqual(ACCEPTED);
      expect(calls.count).toBe(2);

      const forOther = await sign('https://other.example.com/hook?a=1');
      const attempt = { ...forOther, headers: { ...forOther.headers, ...host, ...FORWARDED_ELSEWHERE } };
      expect(await invoke(albEvent(multiValue, attempt))).toEqual(refused(403, 'invalid_signature'));
      expect(calls.count).toBe(2);
    });

    it('a Host or X-Forwarded-Proto that is no host or protocol is a 4xx, never a 5xx, and nothing is logged', async () => {
      const logs: string[] = [];
      const { calls, invoke } = wrapped({ verifier: twilioScheme.verifier, log: (line) => logs.push(line) });
      const delivery = await twilioScheme.sign('https://lb.example.com/hook?a=1');
      const junk = [
        { host: 'lb.example.com', 'x-forwarded-proto': 'javascript' },
        { host: 'a/b', 'x-forwarded-proto': 'https' },
        { host: 'lb.example.com/x?', 'x-forwarded-proto': 'https' },
        { host: 'user@lb.example.com', 'x-forwarded-proto': 'https' },
      ];
      for (const headers of junk) {
        const answer = await invoke(albEvent(multiValue, { ...delivery, headers: { ...delivery.headers, ...headers } }));
        expect(answer).toEqual(refused(403, 'malformed'));
      }
      expect(calls.count).toBe(0);
      expect(logs).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------
// Replay keyed on what was verified.


const ANY_SHAPE = [
  { shape: 'HTTP API v2', event: (delivery: Delivery) => httpApiEvent('abc123.execute-api.us-east-1.amazonaws.com', delivery) },
  { shape: 'REST v1', event: (delivery: Delivery) => restEvent('api.example.com', delivery) },
  { shape: 'ALB', event: (delivery: Delivery) => albEvent(false, { ...delivery, headers: { ...delivery.headers, host: 'lb.example.com' } }) },
];

describe('replay protection keyed on what was verified, not on the header text', () => {
  describe.each(ANY_SHAPE)('$shape events', ({ event }) => {
    it.each(REPLAY_CASES)('$scheme: an accepted delivery re-sent with its signature header re-spelled is refused 409', async ({ header, verifier, sign, respell }) => {
      const { calls, invoke } = wrapped({ verifier: verifier(), replay: { store: memoryReplayStore() } });
      const body = '{"id":"evt_1"}';
      const headers = await sign(body);
      expect(await invoke(event({ headers, body }))).toEqual(ACCEPTED);
      for (const [spelling, value] of respell(headers[header]!)) {
        const answer = await invoke(event({ headers: { ...headers, [header]: value }, body }));
        expect({ spelling, answer }).toEqual({ spelling, answer: refused(409, 'replayed') });
      }
      expect(calls.count).toBe(1);
    });
  });
});

// ---------------------------------------------------------------------------
// Claim released when the handler fails.

const stripeDelivery = async (body = '{"id":"evt_release"}'): Promise<APIGatewayProxyEventV2> =>
  httpApiEvent('abc123.execute-api.us-east-1.amazonaws.com', { headers: await signStripe({ secret: STRIPE_SECRET, body }).then((s) => s.headers), body }) as unknown as APIGatewayProxyEventV2;
const replayOptions = () => ({ verifier: stripe({ secret: STRIPE_SECRET }), replay: { store: memoryReplayStore() } });

describe('with replay on, a handler that fails has its claim released', () => {
  it('withVerification: a throw releases the claim; the retry runs the handler, and after its 2xx the delivery is refused', async () => {
    const { calls, invoke } = wrapped(replayOptions(), (call) => {
      if (call === 1) throw new Error('handler failed');
      return ACCEPTED;
    });
    const event = await stripeDelivery();
    await expect(invoke(event)).rejects.toThrow('handler failed');
    expect(await invoke(event)).toEqual(ACCEPTED);
    expect(await invoke(event)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('withVerification: a { statusCode: 500 } answer releases the claim as well', async () => {
    const { calls, invoke } = wrapped(replayOptions(), (call) => (call === 1 ? { statusCode: 500 } : ACCEPTED));
    const event = await stripeDelivery();
    expect(await invoke(event)).toEqual({ statusCode: 500 });
    expect(await invoke(event)).toEqual(ACCEPTED);
    expect(await invoke(event)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  describe('withStreamingVerification', () => {
    let prelude: { statusCode: number } | undefined;
    beforeEach(() => {
      prelude = undefined;
      (globalThis as { awslambda?: unknown }).awslambda = { HttpResponseStream: { from: (stream: unknown, meta: { statusCode: number }) => ((prelude = meta), stream) } };
    });
    afterEach(() => {
      delete (globalThis as { awslambda?: unknown }).awslambda;
    });

    it('a throw releases the claim; after a streamed success the delivery is refused 409', async () => {
      const calls = { count: 0 };
      const handler = withStreamingVerification(async (_event: APIGatewayProxyEventV2, stream: { write(chunk: string): void; end(): void }) => {
        if (++calls.count === 1) throw new Error('stream failed');
        stream.write('done');
        stream.end();
      }, replayOptions());
      const written: string[] = [];
      const stream = { write: (chunk: string) => void written.push(chunk), end: () => void written.push('<end>') };
      const event = await stripeDelivery();
      await expect(handler(event, stream)).rejects.toThrow('stream failed');
      await handler(event, stream);
      expect(written).toEqual(['done', '<end>']);
      written.length = 0;
      await handler(event, stream);
      expect(prelude?.statusCode).toBe(409);
      expect(written).toEqual(['{"error":"replayed"}', '<end>']);
      expect(calls.count).toBe(2);
    });
  });
});

/**
 * @middy/core as installed for this package (a devDependency). It is ESM-only
 * and jest runs this project as CommonJS: its own source is bundled to
 * CommonJS with esbuild.
 */
function loadMiddy(): typeof middyCore {
  const entry = realpathSync(join(__dirname, '..', 'node_modules', '@middy', 'core', 'index.js'));
  const [output] = buildSync({ entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' }).outputFiles;
  const module = { exports: {} as { default?: typeof middyCore } };
  new Function('module', 'exports', 'require', output!.text)(module, module.exports, require);
  if (!module.exports.default) throw new Error(`${entry} has no default export`);
  return module.exports.default;
}

const middy = loadMiddy();

describe('verificationMiddleware in a real middy chain, with replay on', () => {
  function chain(answer: (call: number) => unknown) {
    const calls = { count: 0 };
    const handler = middy<APIGatewayProxyEventV2, unknown>()
      .use(verificationMiddleware<APIGatewayProxyEventV2>(replayOptions()))
      .handler(async () => answer(++calls.count));
    return { calls, invoke: (event: APIGatewayProxyEventV2) => handler(event, {} as never) as Promise<unknown> };
  }

  it('a throw releases the claim (onError): the retry runs the handler; after its 2xx the delivery is refused 409', async () => {
    const { calls, invoke } = chain((call) => {
      if (call === 1) throw new Error('handler failed');
      return ACCEPTED;
    });
    const event = await stripeDelivery();
    await expect(invoke(event)).rejects.toThrow('handler failed');
    expect(await invoke(event)).toEqual(ACCEPTED);
    expect(await invoke(event)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('a { statusCode: 500 } answer releases the claim (after)', async () => {
    const { calls, invoke } = chain((call) => (call === 1 ? { statusCode: 500 } : ACCEPTED));
    const event = await stripeDelivery();
    expect(await invoke(event)).toEqual({ statusCode: 500 });
    expect(await invoke(event)).toEqual(ACCEPTED);
    expect(await invoke(event)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });
});

// ---------------------------------------------------------------------------
// A replay store that misbehaves.


describe('a replay store that fails answers 503 store_unavailable, never a rejection', () => {
  it.each(BROKEN_STORES)('%s', async (_name, store) => {
    const { calls, invoke } = wrapped({ verifier: stripe({ secret: STRIPE_SECRET }), replay: { store, timeoutMs: 50 }, log: () => undefined });
    await expect(invoke(await stripeDelivery())).resolves.toEqual(refused(503, 'store_unavailable'));
    expect(calls.count).toBe(0);
  });
});

describe('a replay claim that lands after the timeout', () => {
  // The first attempt was refused 503 and its handler never ran: the sender's
  // retry (GitHub re-sends the same signed body) must not then be refused as a
  // replay of it, which would drop the delivery until the TTL (a day) passes.
  it('is released: the retry of the delivery refused 503 is accepted', async () => {
    const memory = memoryReplayStore();
    let claims = 0;
    const slowOnce: ReplayStore = {
      claim: (key, ttl, token) => (++claims === 1 ? new Promise((resolve) => setTimeout(() => resolve(memory.claim(key, ttl, token)), 100)) : memory.claim(key, ttl, token)),
      release: (key, token) => memory.release!(key, token),
    };
    const { calls, invoke } = wrapped({ verifier: github({ secret: 'gh-secret' }), replay: { store: slowOnce, timeoutMs: 50 }, log: () => undefined });
    const body = '{"action":"opened"}';
    const event = httpApiEvent('abc123.execute-api.us-east-1.amazonaws.com', { headers: (await signGithub({ secret: 'gh-secret', body, deliveryId: 'd-1' })).headers, body });
    expect(await invoke(event)).toEqual(refused(503, 'store_unavailable'));
    await new Promise((resolve) => setTimeout(resolve, 150)); // the slow claim has landed by now
    expect(await invoke(event)).toEqual(ACCEPTED);
    expect(calls.count).toBe(1);
  });
});

describe('events of another shape', () => {
  it('answers 500 internal_error, never a throw, for an event that is not an HTTP event at all', async () => {
    const logs: string[] = [];
    const handler = withVerification(async (_event: APIGatewayProxyEventV2) => ({ statusCode: 200 }), { verifier: github({ secret: 'k' }), log: (line) => logs.push(line) });
    for (const event of [null, undefined, { requestContext: 'x' }, 'text']) {
      await expect((handler as (event: unknown) => Promise<unknown>)(event)).resolves.toMatchObject({ statusCode: 500, body: '{"error":"internal_error"}' });
    }
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toMatch(/\n\s+at /);
  });
});
