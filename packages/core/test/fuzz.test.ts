// Fuzzing verifyRequest with hostile client input, for every scheme factory and
// composed verifiers, in every input form it takes: a plain request (headers
// as a record, arrays and case variants included, or as Headers; body as
// bytes, Buffer, ArrayBuffer, text or nothing; URL as text or a function) and a
// WHATWG Request. The verifiers hold random secrets the input cannot know.
//
// For any input: no throw, no rejection, no unhandled rejection; ok is false;
// the status is 401, 403, 409 or 413 (never 2xx, never 5xx). Some runs pass
// `{ replay: true }` and a small `maxBodyBytes`.
import { verifyRequest, type PlainRequest, type VerifyOptions } from '../src/index.js';
import {
  bodyText,
  clientCase,
  expectClientRefusal,
  failOnUnhandledRejections,
  fc,
  headerRecord,
  params,
  parseableUrlArb,
  unparseableUrlArb,
  webUrlArb,
  RUNS,
  providerConfigs,
  schemeGroups,
  settle,
  show,
  streamedRequest,
  streamPlanArb,
  webHeaders,
  type ClientCase,
  type SchemeConfig,
  type StreamPlan,
} from './fuzz-kit.js';

failOnUnhandledRejections();

type Form = 'plain record' | 'plain Headers' | 'Request';
const FORMS: Form[] = ['plain record', 'plain Headers', 'Request'];

interface CoreCase {
  form: Form;
  client: ClientCase;
  /** For a Request: its body whole, or streamed in chunks (that the client may abort). */
  plan: StreamPlan;
  /** How a plain request carries the body: as generated, or as a Buffer, an ArrayBuffer, null or undefined. */
  bodyAs: 'as generated' | 'Buffer' | 'ArrayBuffer' | 'absent';
  urlAsFunction: boolean;
  options: VerifyOptions;
}

/**
 * Cases whose URL parses as absolute (`absolute: true`, every form), or does
 * not (plain forms only: a Request cannot hold one); `aborted`: Requests whose
 * body stream errors, as when the client cuts the upload.
 */
const coreCase = (absolute: boolean, aborted = false): fc.Arbitrary<CoreCase> => fc
  .constantFrom(...(aborted ? ['Request' as const] : FORMS.filter((form) => absolute || form !== 'Request')))
  .chain((form) =>
    fc.record({
      form: fc.constant(form),
      plan: streamPlanArb(aborted),
      client: clientCase(form !== 'plain record', absolute ? (form === 'Request' ? webUrlArb : parseableUrlArb(form !== 'plain record')) : unparseableUrlArb(form !== 'plain record')),
      bodyAs: fc.constantFrom('as generated', 'as generated', 'Buffer', 'ArrayBuffer', 'absent'),
      urlAsFunction: fc.boolean(),
      options: fc.record({ replay: fc.boolean(), maxBodyBytes: fc.integer({ min: 0, max: 300 }) }, { requiredKeys: [] }),
    }),
  );

function plainBody(c: CoreCase): PlainRequest['body'] {
  const { body } = c.client;
  if (c.bodyAs === 'absent' || body.kind === 'none') return c.bodyAs === 'absent' ? undefined : null;
  const bytes = body.kind === 'bytes' ? body.bytes : new Uint8Array(Buffer.from(body.text));
  if (c.bodyAs === 'Buffer') return Buffer.from(bytes);
  if (c.bodyAs === 'ArrayBuffer') return bytes.slice().buffer;
  return body.kind === 'bytes' ? body.bytes : body.text;
}

/** The input verifyRequest receives, and what the failure message shows of it. */
function input(c: CoreCase): { value: Request | PlainRequest; shown: string } {
  const { client } = c;
  if (c.form === 'Request') {
    const request = streamedRequest(client, c.plan);
    return { value: request, shown: show({ request, body: bodyText(client.body), delivery: c.plan }) };
  }
  const headers = c.form === 'plain Headers' ? webHeaders(client.headers) : headerRecord(client.headers);
  const body = plainBody(c);
  const url = client.url;
  return { value: { method: client.method, url: c.urlAsFunction ? () => url : url, headers, body }, shown: show({ method: client.method, url, headers, body }) };
}

async function check(config: SchemeConfig, c: CoreCase): Promise<void> {
  const { value, shown } = input(c);
  const context = `[scheme ${config.name}, ${c.form}, options ${show(c.options)}] input: ${shown}`;
  const result = await settle(`verifyRequest [scheme ${config.name}]`, () => verifyRequest(value, config.verifier, c.options));
  expectClientRefusal(result, context);
}

describe('fuzz: verifyRequest never throws, never accepts without the key, answers 4xx', () => {
  for (const group of schemeGroups()) {
    describe(group.name, () => {
      describe.each(group.variants.map((variant) => [variant.name, variant] as const))('%s', (_name, config) => {
        it('absolute URLs', async () => {
          await fc.assert(
            fc.asyncProperty(coreCase(true), (c) => check(config, c)),
            params(RUNS.core),
          );
        });
        // The URL is client input too (what the adapters rebuild from the request line and forwarding headers).
        it('relative, garbage or unparseable URLs', async () => {
          await fc.assert(
            fc.asyncProperty(coreCase(false), (c) => check(config, c)),
            params(RUNS.core / 2),
          );
        });
      });

      // The client cuts the upload of a Request body: the stream errors. Client input too; one property per group.
      it('a Request whose body stream errors (the client aborted the upload)', async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...group.variants.map((variant) => variant.name)), coreCase(true, true), (name, c) =>
            check(group.variants.find((variant) => variant.name === name)!, c),
          ),
          params(RUNS.core / 4),
        );
      });
    });
  }
});

// Every provider of the catalogue, one picked per run: the preset layer is one
// code path, and each preset only data over it.
describe('fuzz: every provider preset never throws, never accepts without the key, answers 4xx', () => {
  const providers = providerConfigs();
  it.each([
    ['absolute URLs', true],
    ['relative, garbage or unparseable URLs', false],
  ])('%s', async (_name, absolute) => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...providers), coreCase(absolute), (config, c) => check(config, c)),
      params(RUNS.core * 2),
    );
  });
});
