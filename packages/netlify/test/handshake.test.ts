// Handshakes through the Netlify adapter: Slack's unsigned `ssl_check=1` is
// answered 200 with an empty body by the verifier itself, the handler never
// runs, and a user's `onFailure` is not asked about it (it is no forgery).
// Both function shapes: v1 `(event, context)` and v2 `(request, context)`.
import { slack, type VerificationError } from '@hookguard/core';
import type { Context, HandlerEvent } from '@netlify/functions';
import { signedNetlifyEvent, signedRequest } from '@hookguard/testing';
import { withVerification, type EventVerificationOptions, type WebVerificationOptions } from '../src/index.js';
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
const SITE_URL = 'https://site.netlify.app/.netlify/functions/slack?a=1';


const failureCollector = () => {
  const failures: VerificationError[] = [];
  return { failures, codes: () => failures.map((error) => error.code) };
};

// ---------------------------------------------------------------------------
// v1 (event, context) functions.

interface EventResult {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A v1 event as Netlify builds it; `multiValue` fills multiValueHeaders too (Netlify does), else leaves it empty. */
const v1Event = ({ headers, body, method = 'POST', query = 'a=1' }: Delivery, { multiValue = false, base64 = false } = {}): HandlerEvent => {
  const params = [...new URLSearchParams(query)];
  return {
    rawUrl: `${SITE_URL.split('?')[0]}?${query}`,
    rawQuery: query,
    path: '/.netlify/functions/slack',
    httpMethod: method,
    headers,
    multiValueHeaders: multiValue ? Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])) : {},
    queryStringParameters: Object.fromEntries(params),
    multiValueQueryStringParameters: Object.fromEntries(params.map(([name, value]) => [name, [value]])),
    body: method === 'GET' ? null : base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: method !== 'GET' && base64,
  };
};

function v1Function({ withOnFailure = false, verifier: made = verifier() as Verifier } = {}) {
  const calls = { count: 0, bodies: [] as Array<string | null> };
  const { failures, codes } = failureCollector();
  const options: EventVerificationOptions = { verifier: made, log: () => undefined };
  if (withOnFailure) {
    options.onFailure = (error) => {
      failures.push(error);
      return { statusCode: 418, body: `onFailure ${error.code}` };
    };
  }
  const wrapped = withVerification(async (event: HandlerEvent) => {
    calls.count++;
    calls.bodies.push(event.body);
    return { statusCode: 200, body: 'handled' };
  }, options);
  const invoke = (event: HandlerEvent) => wrapped(event) as Promise<EventResult>;
  return { invoke, calls, failures, codes };
}

const EVENT_SHAPES = [
  { shape: 'headers only', multiValue: false, base64: false },
  { shape: 'with multiValueHeaders', multiValue: true, base64: false },
  { shape: 'base64 body', multiValue: false, base64: true },
];

describe('v1 (event, context) functions', () => {
  describe.each(EVENT_SHAPES)('events: $shape', (shape) => {
    it.each(SSL_CHECKS)("answers Slack's unsigned ssl_check ($name) 200 with an empty body, never running the handler", async ({ delivery }) => {
      const { invoke, calls } = v1Function();
      expect(await invoke(v1Event(delivery, shape))).toEqual({ statusCode: 200, headers: {}, body: '' });
      expect(calls.count).toBe(0);
    });

    it('does not call onFailure for the ssl_check, but does for a forged request', async () => {
      const { invoke, calls, codes } = v1Function({ withOnFailure: true });
      expect(await invoke(v1Event(SSL_CHECKS[0]!.delivery, shape))).toEqual({ statusCode: 200, headers: {}, body: '' });
      expect(codes()).toEqual([]);
      expect(await invoke(v1Event(await forgedCommand(), shape))).toEqual({ statusCode: 418, body: 'onFailure invalid_signature' });
      expect(codes()).toEqual(['invalid_signature']);
      expect(calls.count).toBe(0);
    });

    it('answers a forged request 403 without onFailure, an ssl_check with a wrong signature included', async () => {
      const { invoke, calls } = v1Function();
      const refusal = { statusCode: 403, headers: { 'content-type': 'application/json' }, body: '{"error":"invalid_signature"}' };
      expect(await invoke(v1Event(await forgedCommand(), shape))).toEqual(refusal);
      expect(await invoke(v1Event(await forgedCommand('ssl_check=1&token=x'), shape))).toEqual(refusal);
      expect(calls.count).toBe(0);
    });

    it('runs the handler for a correctly signed Slack request', async () => {
      const { invoke, calls, codes } = v1Function({ withOnFailure: true });
      expect(await invoke(v1Event(await signedCommand(), shape))).toEqual({ statusCode: 200, body: 'handled' });
      expect(calls.count).toBe(1);
      expect(codes()).toEqual([]);
    });

    it.each(NOT_SSL_CHECKS)('refuses $name 401, never running the handler', async ({ delivery }) => {
      const { invoke, calls } = v1Function();
      expect(await invoke(v1Event(delivery, shape))).toEqual({ statusCode: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"missing_credentials"}' });
      expect(calls.count).toBe(0);
    });
  });

  it('runs the handler for a signed Slack event built by @hookguard/testing', async () => {
    const { invoke, calls } = v1Function();
    const event = await signedNetlifyEvent('slack', { secret: SLACK_SECRET, url: SITE_URL, body: COMMAND, contentType: FORM });
    expect(await invoke(event as unknown as HandlerEvent)).toEqual({ statusCode: 200, body: 'handled' });
    expect(calls).toEqual({ count: 1, bodies: [COMMAND] });
  });
});

// ---------------------------------------------------------------------------
// v2 (request, context) functions.

const netlifyContext = { site: { name: 'site' } } as unknown as Context;

function v2Function({ withOnFailure = false, verifier: made = verifier() as Verifier } = {}) {
  const calls = { count: 0, bodies: [] as string[] };
  const { failures, codes } = failureCollector();
  const options: WebVerificationOptions = { verifier: made, log: () => undefined };
  if (withOnFailure) {
    options.onFailure = (error) => {
      failures.push(error);
      return new Response(`onFailure ${error.code}`, { status: 418 });
    };
  }
  const wrapped = withVerification(async (request: Request, context: Context) => {
    calls.count++;
    calls.bodies.push(await request.text());
    return new Response(`handled on ${context.site.name}`);
  }, options);
  const invoke = async (request: Request) => {
    const response = await wrapped(request, netlifyContext);
    return [response.status, await response.text()];
  };
  return { invoke, calls, failures, codes };
}

const v2Request = ({ headers, body }: Delivery) => new Request(SITE_URL, { method: 'POST', headers, body });

describe('v2 (request, context) functions', () => {
  it.each(SSL_CHECKS)("answers Slack's unsigned ssl_check ($name) 200 with an empty body, never running the handler", async ({ delivery }) => {
    const { invoke, calls } = v2Function();
    expect(await invoke(v2Request(delivery))).toEqual([200, '']);
    expect(calls.count).toBe(0);
  });

  it('does not call onFailure for the ssl_check, but does for a forged request', async () => {
    const { invoke, calls, codes } = v2Function({ withOnFailure: true });
    expect(await invoke(v2Request(SSL_CHECKS[0]!.delivery))).toEqual([200, '']);
    expect(codes()).toEqual([]);
    expect(await invoke(v2Request(await forgedCommand()))).toEqual([418, 'onFailure invalid_signature']);
    expect(codes()).toEqual(['invalid_signature']);
    expect(calls.count).toBe(0);
  });

  it('answers a forged request 403 without onFailure, an ssl_check with a wrong signature included', async () => {
    const { invoke, calls } = v2Function();
    expect(await invoke(v2Request(await forgedCommand()))).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await invoke(v2Request(await forgedCommand('ssl_check=1&token=x')))).toEqual([403, '{"error":"invalid_signature"}']);
    expect(calls.count).toBe(0);
  });

  it('runs the handler, with its context and the body still readable, for a correctly signed Slack request', async () => {
    const { invoke, calls, codes } = v2Function({ withOnFailure: true });
    expect(await invoke(v2Request(await signedCommand()))).toEqual([200, 'handled on site']);
    expect(await invoke(await signedRequest('slack', { secret: SLACK_SECRET, url: SITE_URL, body: COMMAND, contentType: FORM }))).toEqual([200, 'handled on site']);
    expect(calls).toEqual({ count: 2, bodies: [COMMAND, COMMAND] });
    expect(codes()).toEqual([]);
  });

  it.each(NOT_SSL_CHECKS)('refuses $name 401, never running the handler', async ({ delivery }) => {
    const { invoke, calls } = v2Function();
    expect(await invoke(v2Request(delivery))).toEqual([401, '{"error":"missing_credentials"}']);
    expect(calls.count).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Discord's signed interactions PING (answered with the PONG as JSON) and
// Meta's unsigned subscription GET (answered with the challenge as text).

/** Status, content type (any header spelling) and body of a v1 result. */
const v1Seen = (result: EventResult) => ({
  status: result.statusCode,
  type: Object.entries(result.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1],
  body: result.body,
});
const PONG = { status: 200, type: expect.stringMatching(JSON_TYPE), body: DISCORD_PONG };
const CHALLENGE_ANSWER = { status: 200, type: expect.stringMatching(TEXT_TYPE), body: META_CHALLENGE };
const REFUSED = (status: number, code: string) => ({ status, type: expect.stringMatching(JSON_TYPE), body: JSON.stringify({ error: code }) });

describe('v1 (event, context) functions: Discord and Meta handshakes', () => {
  describe.each(EVENT_SHAPES)('events: $shape', (shape) => {
    it("answers Discord's interactions PING 200 application/json {\"type\":1}, never running the handler nor onFailure", async () => {
      const { invoke, calls, codes } = v1Function({ withOnFailure: true, verifier: discordVerifier() });
      expect(v1Seen(await invoke(v1Event(discordSigned(), shape)))).toEqual(PONG);
      expect(calls.count).toBe(0);
      expect(codes()).toEqual([]);
    });

    it('runs the handler for a signed application command', async () => {
      const { invoke, calls } = v1Function({ verifier: discordVerifier() });
      expect(await invoke(v1Event(discordSigned(DISCORD_COMMAND), shape))).toEqual({ statusCode: 200, body: 'handled' });
      expect(calls.count).toBe(1);
    });

    it('answers a forged PING 401, and calls onFailure for it when configured', async () => {
      const plain = v1Function({ verifier: discordVerifier() });
      expect(v1Seen(await plain.invoke(v1Event(discordForged(), shape)))).toEqual(REFUSED(401, 'invalid_signature'));
      const hooked = v1Function({ withOnFailure: true, verifier: discordVerifier() });
      expect(await hooked.invoke(v1Event(discordForged(), shape))).toEqual({ statusCode: 418, body: 'onFailure invalid_signature' });
      expect(hooked.failures.map((error) => [error.code, error.status])).toEqual([['invalid_signature', 401]]);
      expect(plain.calls.count + hooked.calls.count).toBe(0);
    });

    it("answers Meta's subscription GET 200 text/plain with the challenge, never running the handler nor onFailure", async () => {
      const { invoke, calls, codes } = v1Function({ withOnFailure: true, verifier: metaVerifier() });
      expect(v1Seen(await invoke(v1Event(META_SUBSCRIBE, shape)))).toEqual(CHALLENGE_ANSWER);
      expect(calls.count).toBe(0);
      expect(codes()).toEqual([]);
    });

    it("refuses Meta's subscription GET with a wrong verify token 403, never answering the challenge", async () => {
      const { invoke, calls } = v1Function({ verifier: metaVerifier() });
      expect(v1Seen(await invoke(v1Event(META_WRONG_TOKEN, shape)))).toEqual(REFUSED(403, 'invalid_signature'));
      expect(calls.count).toBe(0);
    });
  });
});

describe('v2 (request, context) functions: Discord and Meta handshakes', () => {
  const request = ({ headers, body, method = 'POST', query }: Delivery) =>
    new Request(query === undefined ? SITE_URL : `${SITE_URL.split('?')[0]}?${query}`, method === 'GET' ? { method, headers } : { method, headers, body });
  /** The v2 function's Response, read whole. */
  const respond = async (made: Verifier, delivery: Delivery, withOnFailure = false) => {
    const failures: VerificationError[] = [];
    const calls = { count: 0 };
    const options: WebVerificationOptions = { verifier: made, log: () => undefined };
    if (withOnFailure) {
      options.onFailure = (error) => {
        failures.push(error);
        return new Response(`onFailure ${error.code}`, { status: 418 });
      };
    }
    const wrapped = withVerification(async (_request: Request, _context: Context) => {
      calls.count++;
      return new Response('handled');
    }, options);
    const response = await wrapped(request(delivery), netlifyContext);
    return { seen: { status: response.status, type: response.headers.get('content-type'), body: await response.text() }, failures, calls };
  };

  it("answers Discord's interactions PING 200 application/json {\"type\":1}, never running the handler nor onFailure", async () => {
    const { seen, failures, calls } = await respond(discordVerifier(), discordSigned(), true);
    expect(seen).toEqual(PONG);
    expect(calls.count).toBe(0);
    expect(failures).toEqual([]);
  });

  it('runs the handler for a signed application command', async () => {
    const { invoke, calls } = v2Function({ verifier: discordVerifier() });
    expect(await invoke(request(discordSigned(DISCORD_COMMAND)))).toEqual([200, 'handled on site']);
    expect(calls).toEqual({ count: 1, bodies: [DISCORD_COMMAND] });
  });

  it('answers a forged PING 401, and calls onFailure for it when configured', async () => {
    const plain = await respond(discordVerifier(), discordForged());
    expect(plain.seen).toEqual(REFUSED(401, 'invalid_signature'));
    const hooked = await respond(discordVerifier(), discordForged(), true);
    expect(hooked.seen).toEqual({ status: 418, type: expect.anything(), body: 'onFailure invalid_signature' });
    expect(hooked.failures.map((error) => [error.code, error.status])).toEqual([['invalid_signature', 401]]);
    expect(plain.calls.count + hooked.calls.count).toBe(0);
  });

  it("answers Meta's subscription GET 200 text/plain with the challenge, never running the handler nor onFailure", async () => {
    const { seen, failures, calls } = await respond(metaVerifier(), META_SUBSCRIBE, true);
    expect(seen).toEqual(CHALLENGE_ANSWER);
    expect(calls.count).toBe(0);
    expect(failures).toEqual([]);
  });

  it("refuses Meta's subscription GET with a wrong verify token 403, never answering the challenge", async () => {
    const { seen, calls } = await respond(metaVerifier(), META_WRONG_TOKEN);
    expect(seen).toEqual(REFUSED(403, 'invalid_signature'));
    expect(calls.count).toBe(0);
  });
});
