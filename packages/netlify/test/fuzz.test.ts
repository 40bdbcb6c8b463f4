// Fuzzing the Netlify adapter through its real call shapes with hostile client
// input: v1 functions `(event, context)` (rawUrl as sent, headers and
// multi-value headers, base64 and text bodies) and v2 functions
// `(request, context)` with a WHATWG Request, some with a body stream the
// client aborts. Every scheme factory and composed verifiers, with random
// secrets the input cannot know, some with replay protection on.
//
// For any input: no throw, no rejection, no unhandled rejection; the handler is
// never called; the answer is 401, 403, 409 or 413.
import fc from 'fast-check';
import {
  bodyText,
  clientCase,
  expectClientStatus,
  expectRefusalBody,
  expectWebRefusal,
  failOnUnhandledRejections,
  FuzzFailure,
  headerRecord,
  multiValueRecord,
  params,
  RUNS,
  schemeGroups,
  settle,
  show,
  urlArb,
  streamedRequest,
  streamPlanArb,
  platformUrlArb,
  type ClientCase,
  type StreamPlan,
} from '../../core/test/fuzz-kit.js';
import { withVerification } from '../src/index.js';

failOnUnhandledRejections();

interface V1Case {
  client: ClientCase;
  /** Whether the rawUrl is Netlify's own origin with the generated path and query, or any URL at all. */
  siteUrl: boolean;
  /** multiValueHeaders filled in (as Netlify does), or empty (as many tests and older runtimes give). */
  multi: boolean;
}

const v1Case = (siteUrl: boolean): fc.Arbitrary<V1Case> => fc.record({ client: clientCase(false, urlArb(false)), siteUrl: fc.constant(siteUrl), multi: fc.boolean() });

function v1Event(c: V1Case): Record<string, unknown> {
  const { client } = c;
  const rawUrl = c.siteUrl ? `https://site.netlify.app${client.path.startsWith('/') ? '' : '/'}${client.path}${client.query ? `?${client.query}` : ''}` : client.url;
  const { body } = client;
  return {
    rawUrl,
    rawQuery: client.query,
    path: client.path,
    httpMethod: client.method,
    // Netlify lower-cases names and joins repeated values with ", " in `headers`.
    headers: headerRecord(client.headers, { lower: true, join: ', ' }),
    multiValueHeaders: c.multi ? multiValueRecord(client.headers, true) : {},
    queryStringParameters: {},
    multiValueQueryStringParameters: {},
    body: body.kind === 'none' ? null : body.kind === 'bytes' ? Buffer.from(body.bytes).toString('base64') : body.text,
    isBase64Encoded: body.kind === 'bytes',
  };
}

interface V2Case {
  client: ClientCase;
  plan: StreamPlan;
}

const v2Case = (aborted: boolean): fc.Arbitrary<V2Case> => fc.record({ client: clientCase(true, platformUrlArb), plan: streamPlanArb(aborted) });

describe('fuzz: the Netlify adapter never throws, never runs the handler without the key, answers 4xx', () => {
  const groups = schemeGroups();
  describe.each(groups.map((group) => [group.name, group] as const))('%s', (_name, group) => {
    const calls = { count: 0 };
    const variants = group.variants.flatMap((config) =>
      [false, true].map((replay) => {
        const options = { verifier: config.verifier, log: () => undefined, ...(replay ? { replay: true } : {}) };
        return {
          name: `${config.name}${replay ? ', replay on' : ''}`,
          v1: withVerification(async (_event: { rawUrl: string; httpMethod: string; headers: Record<string, string | undefined>; body: string | null; isBase64Encoded: boolean }) => {
            calls.count++;
            return { statusCode: 200, body: 'handler ran' };
          }, options) as unknown as (event: unknown, context: unknown) => Promise<unknown>,
          v2: withVerification(async (_request: Request, _context: unknown) => {
            calls.count++;
            return new Response('handler ran');
          }, options),
        };
      }),
    );

    const v1Property = (siteUrl: boolean) =>
      fc.asyncProperty(fc.nat(variants.length - 1), v1Case(siteUrl), async (index, c) => {
        const variant = variants[index]!;
        const event = v1Event(c);
        const context = `[scheme ${variant.name}, Netlify v1] event: ${show({ ...event, body: event['isBase64Encoded'] ? event['body'] : bodyText(c.client.body) })}`;
        const before = calls.count;
        const result = await settle(`Netlify v1 withVerification [scheme ${variant.name}]`, () => variant.v1(event, {}));
        if (calls.count !== before) throw new FuzzFailure(`the HANDLER RAN without the key (result ${show(result)}) ${context}`);
        const response = result as { statusCode?: unknown; body?: unknown };
        expectClientStatus(response?.statusCode, `body ${show(response?.body)}`, context);
        expectRefusalBody(response.statusCode as number, response.body, context);
      });

    it('v1 (event, context) functions, rawUrl: the site origin + the client path and query', async () => {
      await fc.assert(v1Property(true), params(RUNS.adapter));
    });

    it('v1 (event, context) functions, rawUrl: any URL (relative, garbage, unparseable included)', async () => {
      await fc.assert(v1Property(false), params(RUNS.adapter / 2));
    });

    const v2Property = (aborted: boolean) =>
      fc.asyncProperty(fc.nat(variants.length - 1), v2Case(aborted), async (index, c) => {
        const variant = variants[index]!;
        const request = streamedRequest(c.client, c.plan);
        const context = `[scheme ${variant.name}, Netlify v2, body ${show(c.plan)}] request: ${show({ request, body: bodyText(c.client.body) })}`;
        const before = calls.count;
        const response = await settle(`Netlify v2 withVerification [scheme ${variant.name}]`, () => variant.v2(request, { site: { name: 'fuzz' } }));
        await expectWebRefusal(response, calls.count !== before, context);
      });

    it('v2 (request, context) functions', async () => {
      await fc.assert(v2Property(false), params(RUNS.adapter));
    });

    // The client cuts the upload: the body stream errors. Client input as well, and the Node (req, res) shapes refuse it with 403.
    it('v2 (request, context) functions, the client aborting the upload', async () => {
      await fc.assert(v2Property(true), params(RUNS.adapter / 3));
    });
  });
});
