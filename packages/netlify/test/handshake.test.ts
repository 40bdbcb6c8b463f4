// Handshakes through the Netlify adapter: Slack's unsigned `ssl_check=1` is
// answered 200 with an empty body by the verifier itself, the handler never
// runs, and a user's `onFailure` is not asked about it (it is no forgery).
// Both function shapes: v1 `(event, context)` and v2 `(request, context)`.
import { slack, type VerificationError } from '@hookguard/core';
import type { Context, HandlerEvent } from '@netlify/functions';
import { signedNetlifyEvent, signedRequest } from '@hookguard/testing';
import { withVerification, type EventVerificationOptions, type WebVerificationOptions } from '../src/index.js';
import { COMMAND, FORM, forgedCommand, NOT_SSL_CHECKS, signedCommand, SLACK_SECRET, SSL_CHECKS, type Delivery } from '../../core/test/adapter-cases.js';

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
const v1Event = ({ headers, body }: Delivery, { multiValue = false, base64 = false } = {}): HandlerEvent => ({
  rawUrl: SITE_URL,
  rawQuery: 'a=1',
  path: '/.netlify/functions/slack',
  httpMethod: 'POST',
  headers,
  multiValueHeaders: multiValue ? Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])) : {},
  queryStringParameters: { a: '1' },
  multiValueQueryStringParameters: { a: ['1'] },
  body: base64 ? Buffer.from(body).toString('base64') : body,
  isBase64Encoded: base64,
});

function v1Function({ withOnFailure = false } = {}) {
  const calls = { count: 0, bodies: [] as Array<string | null> };
  const { failures, codes } = failureCollector();
  const options: EventVerificationOptions = { verifier: verifier(), log: () => undefined };
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

function v2Function({ withOnFailure = false } = {}) {
  const calls = { count: 0, bodies: [] as string[] };
  const { failures, codes } = failureCollector();
  const options: WebVerificationOptions = { verifier: verifier(), log: () => undefined };
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
