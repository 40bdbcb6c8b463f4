// Handshakes through the Vercel adapter: Slack's unsigned `ssl_check=1` is
// answered 200 with an empty body by the verifier itself, the handler never
// runs, and a user's `onFailure` is not asked about it (it is no forgery).
// Both call shapes: Node `(req, res)` on a real node:http server, spoken to
// with fetch, and web / App Router `(request: Request)` handlers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slack, type VerificationError } from '@hookguard/core';
import { signedRequest } from '@hookguard/testing';
import { withVerification, type NodeVerificationOptions, type WebVerificationOptions } from '../src/index.js';
import { COMMAND, FORM, forgedCommand, NOT_SSL_CHECKS, signedCommand, SLACK_SECRET, SSL_CHECKS, type Delivery } from '../../core/test/adapter-cases.js';

const verifier = () => slack({ signingSecret: SLACK_SECRET });
const URL_ = 'https://bot.example.com/api/slack/commands';


const REFUSED_401 = [401, JSON.stringify({ error: 'missing_credentials' })];
const REFUSED_403 = [403, JSON.stringify({ error: 'invalid_signature' })];

// ---------------------------------------------------------------------------
// Node (req, res) handlers on a real server.

type NodeOptions = NodeVerificationOptions<IncomingMessage, ServerResponse>;

interface TestServer {
  url: string;
  calls: { count: number; bodies: string[] };
  failures: VerificationError[];
}

const servers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((close) => close()));
});

async function serve(options: Omit<NodeOptions, 'verifier'> = {}, { withOnFailure = false } = {}): Promise<TestServer> {
  const calls = { count: 0, bodies: [] as string[] };
  const failures: VerificationError[] = [];
  const all: NodeOptions = { verifier: verifier(), log: () => undefined, ...options };
  if (withOnFailure) {
    all.onFailure = (error, _req, res) => {
      failures.push(error);
      res.statusCode = 418;
      res.setHeader('content-type', 'text/plain');
      res.end(`onFailure ${error.code}`);
    };
  }
  const wrapped = withVerification((req: IncomingMessage & { rawBody?: Uint8Array }, res: ServerResponse) => {
    calls.count++;
    calls.bodies.push(Buffer.from(req.rawBody ?? []).toString());
    res.end('handled');
  }, all);
  const server = createServer((req, res) => {
    wrapped(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end('the wrapper threw');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${port}/api/slack/commands`, calls, failures };
}

const post = async (url: string, { headers, body }: Delivery) => {
  const response = await fetch(url, { method: 'POST', headers, body });
  return [response.status, await response.text()];
};

describe('Node (req, res) handlers on a real server', () => {
  it.each(SSL_CHECKS)("answers Slack's unsigned ssl_check ($name) 200 with an empty body, never running the handler", async ({ delivery }) => {
    const server = await serve();
    const response = await fetch(server.url, { method: 'POST', headers: delivery.headers, body: delivery.body });
    expect([response.status, await response.text()]).toEqual([200, '']);
    expect(response.headers.get('content-type')).toBeNull();
    expect(server.calls.count).toBe(0);
  });

  it('does not call onFailure for the ssl_check, but does for a forged request', async () => {
    const server = await serve({}, { withOnFailure: true });
    expect(await post(server.url, SSL_CHECKS[0]!.delivery)).toEqual([200, '']);
    expect(server.failures).toEqual([]);
    expect(await post(server.url, await forgedCommand())).toEqual([418, 'onFailure invalid_signature']);
    expect(server.failures.map((error) => error.code)).toEqual(['invalid_signature']);
    expect(server.calls.count).toBe(0);
  });

  it('answers a forged request 403 without onFailure, an ssl_check with a wrong signature included', async () => {
    const server = await serve();
    expect(await post(server.url, await forgedCommand())).toEqual(REFUSED_403);
    // A signature present means no handshake: the request is verified, and refused.
    expect(await post(server.url, await forgedCommand('ssl_check=1&token=x'))).toEqual(REFUSED_403);
    expect(server.calls.count).toBe(0);
  });

  it('runs the handler, with the exact body, for a correctly signed Slack request', async () => {
    const server = await serve({}, { withOnFailure: true });
    expect(await post(server.url, await signedCommand())).toEqual([200, 'handled']);
    expect(server.calls).toEqual({ count: 1, bodies: [COMMAND] });
    expect(server.failures).toEqual([]);
  });

  it.each(NOT_SSL_CHECKS)('refuses $name 401, never running the handler', async ({ delivery }) => {
    const server = await serve();
    expect(await post(server.url, delivery)).toEqual(REFUSED_401);
    expect(server.calls.count).toBe(0);
  });
});

// ---------------------------------------------------------------------------
// Web / App Router (request: Request) handlers.

function webHandler({ withOnFailure = false } = {}) {
  const calls = { count: 0, bodies: [] as string[] };
  const failures: VerificationError[] = [];
  const options: WebVerificationOptions = { verifier: verifier(), log: () => undefined };
  if (withOnFailure) {
    options.onFailure = (error) => {
      failures.push(error);
      return new Response(`onFailure ${error.code}`, { status: 418 });
    };
  }
  // An App Router route handler: `export const POST = withVerification(async (request: Request) => ...)`.
  const POST = withVerification(async (request: Request) => {
    calls.count++;
    calls.bodies.push(await request.text());
    return new Response('handled');
  }, options);
  return { POST, calls, failures };
}

const webRequest = ({ headers, body }: Delivery) => new Request(URL_, { method: 'POST', headers, body });
const answer = async (response: Response) => [response.status, await response.text()];

describe('web / App Router (request: Request) handlers', () => {
  it.each(SSL_CHECKS)("answers Slack's unsigned ssl_check ($name) 200 with an empty body, never running the handler", async ({ delivery }) => {
    const { POST, calls } = webHandler();
    expect(await answer(await POST(webRequest(delivery)))).toEqual([200, '']);
    expect(calls.count).toBe(0);
  });

  it('does not call onFailure for the ssl_check, but does for a forged request', async () => {
    const { POST, calls, failures } = webHandler({ withOnFailure: true });
    expect(await answer(await POST(webRequest(SSL_CHECKS[0]!.delivery)))).toEqual([200, '']);
    expect(failures).toEqual([]);
    expect(await answer(await POST(webRequest(await forgedCommand())))).toEqual([418, 'onFailure invalid_signature']);
    expect(failures.map((error) => error.code)).toEqual(['invalid_signature']);
    expect(calls.count).toBe(0);
  });

  it('answers a forged request 403 without onFailure, an ssl_check with a wrong signature included', async () => {
    const { POST, calls } = webHandler();
    expect(await answer(await POST(webRequest(await forgedCommand())))).toEqual(REFUSED_403);
    expect(await answer(await POST(webRequest(await forgedCommand('ssl_check=1&token=x'))))).toEqual(REFUSED_403);
    expect(calls.count).toBe(0);
  });

  it('runs the handler, its body still readable, for a correctly signed Slack request', async () => {
    const { POST, calls, failures } = webHandler({ withOnFailure: true });
    expect(await answer(await POST(webRequest(await signedCommand())))).toEqual([200, 'handled']);
    // The same, built by @hookguard/testing.
    const built = await signedRequest('slack', { secret: SLACK_SECRET, url: URL_, body: COMMAND, contentType: FORM });
    expect(await answer(await POST(built))).toEqual([200, 'handled']);
    expect(calls).toEqual({ count: 2, bodies: [COMMAND, COMMAND] });
    expect(failures).toEqual([]);
  });

  it.each(NOT_SSL_CHECKS)('refuses $name 401, never running the handler', async ({ delivery }) => {
    const { POST, calls } = webHandler();
    expect(await answer(await POST(webRequest(delivery)))).toEqual(REFUSED_401);
    expect(calls.count).toBe(0);
  });
});
