// Hardening of the Netlify adapter, each test one that the earlier implementation
// failed: the URL is the one Netlify gives (v1 `rawUrl`, v2 `request.url`) and
// forwarded headers are never read; replay is keyed on what was verified; a
// handler that fails has its replay claim released; a broken store is a 503.
import { memoryReplayStore, stripe } from '@hookguard/core';
import { signStripe } from '@hookguard/core/sign';
import type { HandlerEvent } from '@netlify/functions';
import { withVerification, type EventVerificationOptions, type WebVerificationOptions } from '../src/index.js';
import { BROKEN_STORES, FORWARDED_ELSEWHERE, REPLAY_CASES, STRIPE_SECRET, URL_SCHEMES, type Delivery } from '../../core/test/adapter-cases.js';

interface EventResult {
  statusCode?: number;
  body?: string;
}

const SITE_URL = 'https://site.netlify.app/.netlify/functions/hook?a=1';

const v1Event = ({ headers, body }: Delivery, rawUrl = SITE_URL): HandlerEvent => ({
  rawUrl,
  rawQuery: 'a=1',
  path: '/.netlify/functions/hook',
  httpMethod: 'POST',
  headers,
  multiValueHeaders: {},
  queryStringParameters: { a: '1' },
  multiValueQueryStringParameters: { a: ['1'] },
  body,
  isBase64Encoded: false,
});
const v2Request = ({ headers, body }: Delivery, url = SITE_URL) => new Request(url, { method: 'POST', headers, body });

/** A v1 function around a handler that counts its calls; `answer(n)` is what the n-th call returns (or throws). */
function v1Function(options: EventVerificationOptions, answer: (call: number) => unknown = () => ({ statusCode: 200, body: 'handled' })) {
  const calls = { count: 0 };
  const wrapped = withVerification(async (_event: HandlerEvent) => answer(++calls.count) as EventResult, options);
  return { calls, invoke: (delivery: Delivery) => wrapped(v1Event(delivery)) as Promise<EventResult> };
}

/** The same for a v2 function, answering a Response. */
function v2Function(options: WebVerificationOptions, answer: (call: number) => Response = () => new Response('handled')) {
  const calls = { count: 0 };
  const wrapped = withVerification(async (_request: Request) => answer(++calls.count), options);
  return { calls, invoke: (delivery: Delivery) => wrapped(v2Request(delivery)) };
}

const refused = (status: number, code: string) => ({ statusCode: status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ error: code }) });
const V1_ACCEPTED = { statusCode: 200, body: 'handled' };
const answerOf = async (response: Response) => [response.status, await response.text()];
const webRefusal = (status: number, code: string) => [status, JSON.stringify({ error: code })];

// ---------------------------------------------------------------------------
// The URL Netlify gives, never the forwarded headers.


/** Headers a client adds to point the URL at another host. */
const ELSEWHERE_URL = 'https://other.example.com/.netlify/functions/hook?a=1';

describe('the URL URL-signing schemes check is the one Netlify gives; forwarded headers are ignored, even with trustProxy', () => {
  it.each(URL_SCHEMES)('v1 (rawUrl), $scheme: signed for the x-forwarded-host is refused, signed for rawUrl accepted', async ({ verifier, sign }) => {
    const forOther = await sign(ELSEWHERE_URL);
    const forSite = await sign(SITE_URL);
    for (const trustProxy of [false, true]) {
      const { calls, invoke } = v1Function({ verifier, trustProxy });
      expect(await invoke({ ...forOther, headers: { ...forOther.headers, ...FORWARDED_ELSEWHERE } })).toEqual(refused(403, 'invalid_signature'));
      expect(await invoke({ ...forSite, headers: { ...forSite.headers, ...FORWARDED_ELSEWHERE } })).toEqual(V1_ACCEPTED);
      expect(calls.count).toBe(1);
    }
  });

  it.each(URL_SCHEMES)('v2 (request.url), $scheme: signed for the x-forwarded-host is refused, signed for request.url accepted', async ({ verifier, sign }) => {
    const forOther = await sign(ELSEWHERE_URL);
    const forSite = await sign(SITE_URL);
    for (const trustProxy of [false, true]) {
      const { calls, invoke } = v2Function({ verifier, trustProxy });
      expect(await answerOf(await invoke({ ...forOther, headers: { ...forOther.headers, ...FORWARDED_ELSEWHERE } }))).toEqual(webRefusal(403, 'invalid_signature'));
      expect(await answerOf(await invoke({ ...forSite, headers: { ...forSite.headers, ...FORWARDED_ELSEWHERE } }))).toEqual([200, 'handled']);
      expect(calls.count).toBe(1);
    }
  });

  it('forwarded headers that are no host or protocol are not read: no 5xx, nothing logged', async () => {
    const logs: string[] = [];
    const log = (line: string) => void logs.push(line);
    const v1 = v1Function({ verifier: URL_SCHEMES[0]!.verifier, log });
    const v2 = v2Function({ verifier: URL_SCHEMES[0]!.verifier, log });
    const delivery = await URL_SCHEMES[0]!.sign(SITE_URL);
    for (const junk of [{ 'x-forwarded-proto': 'javascript' }, { 'x-forwarded-host': 'anything/staging' }, { host: 'a/b' }]) {
      const headers = { ...delivery.headers, ...junk };
      expect(await v1.invoke({ ...delivery, headers })).toEqual(V1_ACCEPTED);
      expect((await v2.invoke({ ...delivery, headers })).status).toBe(200);
    }
    expect(logs).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Replay keyed on what was verified.


describe('replay protection keyed on what was verified, not on the header text', () => {
  it.each(REPLAY_CASES)('v1, $scheme: an accepted delivery re-sent with its signature header re-spelled is refused 409', async ({ header, verifier, sign, respell }) => {
    const { calls, invoke } = v1Function({ verifier: verifier(), replay: { store: memoryReplayStore() } });
    const body = '{"id":"evt_1"}';
    const headers = await sign(body);
    expect(await invoke({ headers, body })).toEqual(V1_ACCEPTED);
    for (const [spelling, value] of respell(headers[header]!)) {
      const answer = await invoke({ headers: { ...headers, [header]: value }, body });
      expect({ spelling, answer }).toEqual({ spelling, answer: refused(409, 'replayed') });
    }
    expect(calls.count).toBe(1);
  });

  it.each(REPLAY_CASES)('v2, $scheme: an accepted delivery re-sent with its signature header re-spelled is refused 409', async ({ header, verifier, sign, respell }) => {
    const { calls, invoke } = v2Function({ verifier: verifier(), replay: { store: memoryReplayStore() } });
    const body = '{"id":"evt_1"}';
    const headers = await sign(body);
    expect((await invoke({ headers, body })).status).toBe(200);
    for (const [spelling, value] of respell(headers[header]!)) {
      const answer = await answerOf(await invoke({ headers: { ...headers, [header]: value }, body }));
      expect({ spelling, answer }).toEqual({ spelling, answer: webRefusal(409, 'replayed') });
    }
    expect(calls.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// Claim released when the handler fails.

const stripeDelivery = async (body = '{"id":"evt_release"}'): Promise<Delivery> => ({ headers: (await signStripe({ secret: STRIPE_SECRET, body })).headers, body });
const replayOptions = () => ({ verifier: stripe({ secret: STRIPE_SECRET }), replay: { store: memoryReplayStore() } });
const failing = <T>(first: () => T, then: T) => (call: number) => (call === 1 ? first() : then);
const thrown = () => {
  throw new Error('handler failed');
};

describe('with replay on, a handler that fails has its claim released', () => {
  it('v1: a throw releases the claim; the retry runs the handler, and after its 2xx the delivery is refused 409', async () => {
    const { calls, invoke } = v1Function(replayOptions(), failing(thrown, V1_ACCEPTED));
    const delivery = await stripeDelivery();
    await expect(invoke(delivery)).rejects.toThrow('handler failed');
    expect(await invoke(delivery)).toEqual(V1_ACCEPTED);
    expect(await invoke(delivery)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('v1: a { statusCode: 500 } answer releases the claim', async () => {
    const { calls, invoke } = v1Function(replayOptions(), failing(() => ({ statusCode: 500 }), V1_ACCEPTED));
    const delivery = await stripeDelivery();
    expect(await invoke(delivery)).toEqual({ statusCode: 500 });
    expect(await invoke(delivery)).toEqual(V1_ACCEPTED);
    expect(await invoke(delivery)).toEqual(refused(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('v2: a throw releases the claim; the retry runs the handler, and after its 2xx the delivery is refused 409', async () => {
    const { calls, invoke } = v2Function(replayOptions(), (call) => (call === 1 ? thrown() : new Response('handled')));
    const delivery = await stripeDelivery();
    await expect(invoke(delivery)).rejects.toThrow('handler failed');
    expect(await answerOf(await invoke(delivery))).toEqual([200, 'handled']);
    expect(await answerOf(await invoke(delivery))).toEqual(webRefusal(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('v2: a 503 Response releases the claim', async () => {
    const { calls, invoke } = v2Function(replayOptions(), (call) => (call === 1 ? new Response(null, { status: 503 }) : new Response('handled')));
    const delivery = await stripeDelivery();
    expect((await invoke(delivery)).status).toBe(503);
    expect(await answerOf(await invoke(delivery))).toEqual([200, 'handled']);
    expect(await answerOf(await invoke(delivery))).toEqual(webRefusal(409, 'replayed'));
    expect(calls.count).toBe(2);
  });
});

// ---------------------------------------------------------------------------
// A replay store that misbehaves.


describe('a replay store that fails answers 503 store_unavailable, never a rejection', () => {
  it.each(BROKEN_STORES)('%s (v1 and v2)', async (_name, store) => {
    const options = { verifier: stripe({ secret: STRIPE_SECRET }), replay: { store, timeoutMs: 50 }, log: () => undefined };
    const v1 = v1Function(options);
    const v2 = v2Function(options);
    await expect(v1.invoke(await stripeDelivery())).resolves.toEqual(refused(503, 'store_unavailable'));
    expect(await answerOf(await v2.invoke(await stripeDelivery()))).toEqual(webRefusal(503, 'store_unavailable'));
    expect(v1.calls.count + v2.calls.count).toBe(0);
  });
});
