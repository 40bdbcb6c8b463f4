// Fuzzing the Vercel adapter through its real call shapes with hostile client
// input: web handlers `(request, ctx)` with a WHATWG Request (some with a body
// stream the client aborts), and Node handlers `(req, res)` with a request that
// emits its body in 'data' chunks and 'end' (or 'error', when the client
// aborts), or carries a framework's rawBody. Every scheme factory and composed
// verifiers, with random secrets the input cannot know, some with replay on.
//
// For any input: no throw, no rejection, no unhandled rejection; the handler is
// never called; the answer is 401, 403, 409 or 413.
import { EventEmitter } from 'node:events';
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
  params,
  pathArb,
  queryArb,
  RUNS,
  schemeGroups,
  settle,
  show,
  streamedRequest,
  streamPlanArb,
  platformUrlArb,
  type ClientCase,
  type StreamPlan,
} from '../../core/test/fuzz-kit.js';
import { withVerification, type NodeRequest, type NodeResponse } from '../src/index.js';

failOnUnhandledRejections();

interface WebCase {
  client: ClientCase;
  plan: StreamPlan;
  /** The URL the runtime gives the Request: a local origin (`next start`, @vercel/node), or the public one. */
  local: boolean;
}

const webCase = (aborted: boolean): fc.Arbitrary<WebCase> => fc.record({ client: clientCase(true, platformUrlArb), plan: streamPlanArb(aborted), local: fc.boolean() });

const localUrl = (c: WebCase) => {
  const url = new URL(c.client.url);
  return c.local ? `http://localhost:3000${url.pathname}${url.search}` : c.client.url;
};

interface NodeCase {
  client: ClientCase;
  /** `req.url`: the request target as the client sent it: origin-form, absolute-form, `*`, or missing. */
  target: string | undefined;
  method: string | undefined;
  /** Repeated header names: as an array (set-cookie style) or joined with ", " (as Node joins most). */
  repeated: 'array' | 'joined';
  encrypted: boolean | undefined;
  /** How the body arrives: in chunks ending with 'end' or, when the client aborts, 'error'; or as a framework's rawBody. */
  delivery: { kind: 'stream'; chunks: number; abort: boolean } | { kind: 'rawBody' };
}

const nodeCase: fc.Arbitrary<NodeCase> = fc.record({
  client: clientCase(false),
  target: fc.oneof(
    { weight: 6, arbitrary: fc.tuple(pathArb(false), queryArb(false)).map(([p, q]) => (q ? `${p}?${q}` : p)) },
    fc.constantFrom(undefined, '', '*', 'http://evil.example/x?secret=1', '//evil.example/x', 'https://example.com:443/api/hook'),
  ),
  method: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('POST', 'GET', 'PUT') }, fc.constantFrom(undefined, '', 'post', 'M-SEARCH', 'ı')),
  repeated: fc.constantFrom('array', 'joined'),
  encrypted: fc.constantFrom(undefined, true, false),
  delivery: fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('stream' as const), chunks: fc.integer({ min: 0, max: 4 }), abort: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)) }) },
    fc.constant({ kind: 'rawBody' } as const),
  ),
});

const bodyBytes = (c: ClientCase) => (c.body.kind === 'none' ? new Uint8Array(0) : c.body.kind === 'bytes' ? c.body.bytes : new Uint8Array(Buffer.from(c.body.text)));

/** Node's IncomingMessage as the adapter reads it: method, url, headers, socket, and 'data'/'end'/'error' events. */
class FakeRequest extends EventEmitter {
  rawBody?: unknown;
  constructor(
    readonly method: string | undefined,
    readonly url: string | undefined,
    readonly headers: Record<string, string | string[] | undefined>,
    readonly socket: { encrypted?: boolean },
  ) {
    super();
  }
}

function nodeRequest(c: NodeCase): FakeRequest {
  const headers = headerRecord(c.client.headers, { lower: true, ...(c.repeated === 'joined' ? { join: ', ' } : {}) });
  const req = new FakeRequest(c.method, c.target, headers, c.encrypted === undefined ? {} : { encrypted: c.encrypted });
  if (c.delivery.kind === 'rawBody') req.rawBody = Buffer.from(bodyBytes(c.client));
  return req;
}

/** Emits the body after the adapter has attached its listeners (it does so synchronously). */
function deliver(req: FakeRequest, c: NodeCase): void {
  if (c.delivery.kind !== 'stream') return;
  const { chunks, abort } = c.delivery;
  const bytes = bodyBytes(c.client);
  setImmediate(() => {
    const size = Math.ceil(bytes.length / Math.max(chunks, 1)) || 1;
    for (let offset = 0, n = 0; offset < bytes.length && n < chunks; offset += size, n++) req.emit('data', Buffer.from(bytes.subarray(offset, offset + size)));
    if (abort) {
      if (req.listenerCount('error') > 0) req.emit('error', Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    } else req.emit('end');
  });
}

class FakeResponse implements NodeResponse {
  statusCode = 200;
  headers: Record<string, string> = {};
  ended = false;
  body: string | undefined;
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  end(body?: string) {
    this.ended = true;
    this.body = body;
  }
}

describe('fuzz: the Vercel adapter never throws, never runs the handler without the key, answers 4xx', () => {
  const groups = schemeGroups();
  describe.each(groups.map((group) => [group.name, group] as const))('%s', (_name, group) => {
    const calls = { count: 0 };
    const variants = group.variants.flatMap((config) =>
      [false, true].map((replay) => {
        const options = { verifier: config.verifier, log: () => undefined, ...(replay ? { replay: true } : {}) };
        return {
          name: `${config.name}${replay ? ', replay on' : ''}`,
          web: withVerification(async (_request: Request, _ctx: unknown) => {
            calls.count++;
            return new Response('handler ran');
          }, options),
          node: withVerification((_req: NodeRequest, res: NodeResponse) => {
            calls.count++;
            res.end('handler ran');
          }, options),
        };
      }),
    );

    const webProperty = (aborted: boolean) =>
      fc.asyncProperty(fc.nat(variants.length - 1), webCase(aborted), async (index, c) => {
        const variant = variants[index]!;
        const request = streamedRequest(c.client, c.plan, localUrl(c));
        const context = `[scheme ${variant.name}, Vercel web, body ${show(c.plan)}] request: ${show({ request, body: bodyText(c.client.body) })}`;
        const before = calls.count;
        const response = await settle(`Vercel web withVerification [scheme ${variant.name}]`, () => variant.web(request, { params: Promise.resolve({}) }));
        await expectWebRefusal(response, calls.count !== before, context);
      });

    it('web (request, ctx) handlers', async () => {
      await fc.assert(webProperty(false), params(RUNS.adapter));
    });

    // The client cuts the upload: the body stream errors. Client input as well, and the Node shape below refuses it with 403.
    it('web (request, ctx) handlers, the client aborting the upload', async () => {
      await fc.assert(webProperty(true), params(RUNS.adapter / 3));
    });

    it('Node (req, res) handlers', async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(variants.length - 1), nodeCase, async (index, c) => {
          const variant = variants[index]!;
          const req = nodeRequest(c);
          const res = new FakeResponse();
          const context = `[scheme ${variant.name}, Vercel Node, delivery ${show(c.delivery)}] req: ${show({ method: req.method, url: req.url, headers: req.headers, socket: req.socket, body: bodyText(c.client.body) })}`;
          const before = calls.count;
          await settle(`Vercel Node withVerification [scheme ${variant.name}]`, () => {
            const done = variant.node(req as unknown as NodeRequest, res);
            deliver(req, c);
            return done;
          });
          if (calls.count !== before) throw new FuzzFailure(`the HANDLER RAN without the key (status ${res.statusCode}) ${context}`);
          if (!res.ended) throw new FuzzFailure(`the response was never ended (status ${res.statusCode}) ${context}`);
          expectClientStatus(res.statusCode, `body ${show(res.body)}`, context);
          expectRefusalBody(res.statusCode, res.body, context);
        }),
        params(RUNS.adapter),
      );
    });
  });
});
