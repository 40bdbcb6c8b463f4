// Fuzzing the Lambda adapter through its real call shapes with hostile client
// input: API Gateway REST (v1) events, HTTP API v2 and Function URL events, ALB
// events with and without multi-value headers; base64 and text bodies; through
// withVerification, verificationMiddleware's `before` and (for Function URLs)
// withStreamingVerification. Every scheme factory and composed verifiers, with
// random secrets the input cannot know, some with replay protection on.
//
// For any event: no throw, no rejection, no unhandled rejection; the handler is
// never called; the answer is 401, 403, 409 or 413 in the event's own shape.
import fc from 'fast-check';
import {
  bodyText,
  clientCase,
  expectClientStatus,
  expectRefusalBody,
  failOnUnhandledRejections,
  FuzzFailure,
  lastValueRecord,
  multiValueRecord,
  params,
  RUNS,
  schemeGroups,
  settle,
  show,
  type BodyCase,
  type ClientCase,
  type SchemeConfig,
} from '../../core/test/fuzz-kit.js';
import { verificationMiddleware, withStreamingVerification, withVerification, type LambdaVerificationOptions } from '../src/index.js';

failOnUnhandledRejections();

type Shape = 'REST v1' | 'HTTP API v2 / Function URL' | 'ALB' | 'ALB multi-value';
type Entry = 'withVerification' | 'middy before' | 'streaming';

interface LambdaCase {
  client: ClientCase;
  /** How the body travels: base64 for bytes (AWS's binary bodies), text for text; `mislabelled` flips isBase64Encoded. */
  mislabelled: boolean;
  /** REST: whether multiValueHeaders and the query parameters are present (payload 1.0 omits nothing, tests often do). */
  multi: boolean;
  /** Decoded query parameters as API Gateway REST and ALB hand them over, arbitrary UTF-16 included. */
  params: [string, string][];
  domainName: string;
  entry: Entry;
}

const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 12 });
const printable = fc.string({ maxLength: 12 });

/** AWS hands over a path that starts with `/`: the client's request target, escapes and all. */
const slashPath = (client: ClientCase): ClientCase => ({ ...client, path: client.path.startsWith('/') ? client.path : `/${client.path}` });

const lambdaCase = (shape: Shape): fc.Arbitrary<LambdaCase> =>
  fc.record({
    client: clientCase(false).map(slashPath),
    mislabelled: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)),
    multi: fc.boolean(),
    params: fc.array(fc.tuple(fc.oneof(fc.constantFrom('secret', 'token', 'bodySHA256', 'a'), printable, utf16), fc.oneof(printable, utf16)), { maxLength: 4 }),
    domainName: shape === 'HTTP API v2 / Function URL' ? fc.constantFrom('abc123.execute-api.us-east-1.amazonaws.com', 'abcdefghij.lambda-url.us-east-1.on.aws', 'hooks.example.com') : fc.constantFrom('api.example.com', 'abc123.execute-api.us-east-1.amazonaws.com'),
    entry: shape === 'HTTP API v2 / Function URL' ? fc.constantFrom<Entry>('withVerification', 'middy before', 'streaming') : fc.constantFrom<Entry>('withVerification', 'middy before'),
  });

function eventBody(body: BodyCase, mislabelled: boolean): { body: string | null; isBase64Encoded: boolean } {
  if (body.kind === 'none') return { body: null, isBase64Encoded: false };
  if (body.kind === 'bytes') return mislabelled ? { body: Buffer.from(body.bytes).toString('latin1'), isBase64Encoded: false } : { body: Buffer.from(body.bytes).toString('base64'), isBase64Encoded: true };
  return { body: body.text, isBase64Encoded: mislabelled }; // mislabelled: text that AWS says is base64
}

const grouped = (pairs: [string, string][]) => {
  const multi: Record<string, string[]> = {};
  for (const [k, v] of pairs) Object.defineProperty(multi, k, { value: [...(Object.hasOwn(multi, k) ? multi[k]! : []), v], enumerable: true, writable: true, configurable: true });
  const single = Object.fromEntries(Object.entries(multi).map(([k, vs]) => [k, vs.at(-1)!]));
  return { single, multi };
};

/** The event AWS delivers for the case, in the shape asked for. */
function event(shape: Shape, c: LambdaCase): Record<string, unknown> {
  const { client } = c;
  const { body, isBase64Encoded } = eventBody(client.body, c.mislabelled);
  if (shape === 'HTTP API v2 / Function URL') {
    // HTTP APIs and Function URLs lower-case header names and join repeated ones with commas.
    const headers = Object.fromEntries(Object.entries(multiValueRecord(client.headers, true)).map(([k, vs]) => [k, vs.join(',')]));
    return {
      version: '2.0',
      routeKey: '$default',
      rawPath: client.path,
      rawQueryString: client.query,
      headers,
      ...(c.params.length ? { queryStringParameters: grouped(c.params).single } : {}),
      requestContext: { domainName: c.domainName, domainPrefix: c.domainName.split('.')[0], http: { method: client.method, path: client.path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'fuzz' }, requestId: 'id', routeKey: '$default', stage: '$default', timeEpoch: 0 },
      ...(body === null ? {} : { body }),
      isBase64Encoded,
    };
  }
  const query = grouped(c.params);
  if (shape === 'REST v1') {
    return {
      resource: '/{proxy+}',
      httpMethod: client.method,
      path: client.path,
      headers: client.headers.length ? lastValueRecord(client.headers) : null,
      multiValueHeaders: c.multi ? (client.headers.length ? multiValueRecord(client.headers) : null) : undefined,
      queryStringParameters: c.params.length ? query.single : null,
      multiValueQueryStringParameters: c.multi && c.params.length ? query.multi : null,
      pathParameters: null,
      stageVariables: null,
      requestContext: { domainName: c.domainName, path: `/prod${client.path}`, stage: 'prod', httpMethod: client.method, resourcePath: '/{proxy+}' },
      body,
      isBase64Encoded,
    };
  }
  // ALB: names lower-cased; without multi-value headers the last value of a repeated header wins.
  const alb = { targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tg/0123456789abcdef' };
  return shape === 'ALB'
    ? { httpMethod: client.method, path: client.path, queryStringParameters: query.single, headers: lastValueRecord(client.headers, true), requestContext: { elb: alb }, body: body ?? '', isBase64Encoded }
    : { httpMethod: client.method, path: client.path, multiValueQueryStringParameters: query.multi, multiValueHeaders: multiValueRecord(client.headers, true), requestContext: { elb: alb }, body: body ?? '', isBase64Encoded };
}

const SHAPES: Shape[] = ['REST v1', 'HTTP API v2 / Function URL', 'ALB', 'ALB multi-value'];

/** The Lambda runtime's streaming global, recording what the refusal streamed. */
interface StreamRecord {
  prelude?: { statusCode: number; headers: Record<string, string> };
  written: string[];
  ended: boolean;
}
const streams = new WeakMap<object, StreamRecord>();
beforeAll(() => {
  (globalThis as { awslambda?: unknown }).awslambda = {
    HttpResponseStream: {
      from: (stream: object, prelude: StreamRecord['prelude']) => {
        streams.get(stream)!.prelude = prelude!;
        return stream;
      },
    },
  };
});
afterAll(() => {
  delete (globalThis as { awslambda?: unknown }).awslambda;
});

function entries(options: LambdaVerificationOptions) {
  const calls = { count: 0 };
  const handler = async (_event: never) => {
    calls.count++;
    return { statusCode: 200, body: 'handler ran' };
  };
  const streamingHandler = async (_event: never, _stream: never) => {
    calls.count++;
  };
  return {
    calls,
    withVerification: withVerification(handler as never, options) as unknown as (event: unknown, context: unknown, callback: unknown) => Promise<unknown>,
    middy: verificationMiddleware(options),
    streaming: withStreamingVerification(streamingHandler, options) as unknown as (event: unknown, stream: unknown) => Promise<unknown>,
  };
}

async function check(shape: Shape, config: SchemeConfig, wrapped: ReturnType<typeof entries>, c: LambdaCase): Promise<void> {
  const e = event(shape, c);
  const context = `[scheme ${config.name}, ${shape}, ${c.entry}] event: ${show({ ...e, body: e['body'] === null || e['body'] === undefined ? e['body'] : e['isBase64Encoded'] ? e['body'] : bodyText(c.client.body) })}`;
  const before = wrapped.calls.count;
  let status: unknown;
  let responseBody: unknown;
  if (c.entry === 'streaming') {
    const record: StreamRecord = { written: [], ended: false };
    const stream = { write: (chunk: string) => record.written.push(chunk), end: () => (record.ended = true) };
    streams.set(stream, record);
    await settle(`withStreamingVerification [scheme ${config.name}]`, () => wrapped.streaming(e, stream));
    if (wrapped.calls.count !== before) throw new FuzzFailure(`the HANDLER RAN without the key ${context}`);
    if (!record.ended || !record.prelude) throw new FuzzFailure(`nothing was streamed ${context}`);
    status = record.prelude.statusCode;
    responseBody = record.written.join('');
  } else {
    const result =
      c.entry === 'middy before'
        ? await settle(`verificationMiddleware.before [scheme ${config.name}]`, () => wrapped.middy.before({ event: e as never }))
        : await settle(`withVerification [scheme ${config.name}]`, () => wrapped.withVerification(e, {}, () => undefined));
    if (wrapped.calls.count !== before || result === undefined) throw new FuzzFailure(`ACCEPTED without the key (result ${show(result)}) ${context}`);
    const response = result as { statusCode?: unknown; statusDescription?: unknown; body?: unknown; multiValueHeaders?: unknown };
    status = response.statusCode;
    responseBody = response.body;
    if (shape.startsWith('ALB') && typeof response.statusDescription !== 'string') throw new FuzzFailure(`an ALB answer without statusDescription: ${show(result)} ${context}`);
    if (shape === 'ALB multi-value' && !response.multiValueHeaders) throw new FuzzFailure(`a multi-value ALB event answered without multiValueHeaders: ${show(result)} ${context}`);
  }
  expectClientStatus(status, `body ${show(responseBody)}`, context);
  expectRefusalBody(status as number, responseBody, context);
}

describe('fuzz: the Lambda adapter never throws, never runs the handler without the key, answers 4xx', () => {
  const groups = schemeGroups();
  describe.each(SHAPES)('%s events', (shape) => {
    describe.each(groups.map((group) => [group.name, group] as const))('%s', (_name, group) => {
      // Built once per variant, with and without replay protection: a property picks among them.
      const variants = group.variants.flatMap((config) =>
        [false, true].map((replay) => ({ config, replay, wrapped: entries({ verifier: config.verifier, log: () => undefined, ...(replay ? { replay: true } : {}) }) })),
      );
      it('refuses every event with a client status', async () => {
        await fc.assert(
          fc.asyncProperty(fc.nat(variants.length - 1), lambdaCase(shape), async (index, c) => {
            const { config, replay, wrapped } = variants[index]!;
            await check(shape, { name: `${config.name}${replay ? ', replay on' : ''}`, verifier: config.verifier }, wrapped, c);
          }),
          params(RUNS.adapter),
        );
      });
    });
  });
});
