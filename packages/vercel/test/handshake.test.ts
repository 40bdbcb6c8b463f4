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

async function serve(options: NodeOptions = {}, { withOnFailure = false } = {}): Promise<TestServer> {
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

function webHandler({ withOnFailure = false, verifier: made = verifier() } = {}) {
  const calls = { count: 0, bodies: [] as string[] };
  const failures: VerificationError[] = [];
  const options: WebVerificationOptions = { verifier: made, log: () => undefined };
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

// ---------------------------------------------------------------------------
// Discord's signed interactions PING (answered with the PONG as JSON) and
// Meta's unsigned subscription GET (answered with the challenge as text).

/** A delivery as fetch options: a GET carries no body. */
const init = ({ method = 'POST', headers, body }: Delivery): RequestInit => (method === 'GET' ? { method, headers } : { method, headers, body });
const withQuery = (url: string, { query }: Delivery) => (query === undefined ? url : `${url}?${query}`);
/** Status, media type (or null) and body of a response. */
const seen = async (response: Response) => ({ status: response.status, type: response.headers.get('content-type'), body: await response.text() });
const PONG = { status: 200, type: expect.stringMatching(JSON_TYPE), body: DISCORD_PONG };
const CHALLENGE_ANSWER = { status: 200, type: expect.stringMatching(TEXT_TYPE), body: META_CHALLENGE };
const REFUSED = (status: number, code: string) => ({ status, type: expect.stringMatching(JSON_TYPE), body: JSON.stringify({ error: code }) });

describe('Node (req, res) handlers: Discord and Meta handshakes', () => {
  it("answers Discord's interactions PING 200 application/json {\"type\":1}, never running the handler nor onFailure", async () => {
    const server = await serve({ verifier: discordVerifier() }, { withOnFailure: true });
    expect(await seen(await fetch(server.url, init(discordSigned())))).toEqual(PONG);
    expect(server.calls.count).toBe(0);
    expect(server.failures).toEqual([]);
  });

  it('runs the handler for a signed application command', async () => {
    const server = await serve({ verifier: discordVerifier() });
    expect(await post(server.url, discordSigned(DISCORD_COMMAND))).toEqual([200, 'handled']);
    expect(server.calls).toEqual({ count: 1, bodies: [DISCORD_COMMAND] });
  });

  it('answers a forged PING 401, and calls onFailure for it when configured', async () => {
    const server = await serve({ verifier: discordVerifier() });
    expect(await seen(await fetch(server.url, init(discordForged())))).toEqual(REFUSED(401, 'invalid_signature'));
    const withOnFailure = await serve({ verifier: discordVerifier() }, { withOnFailure: true });
    expect(await post(withOnFailure.url, discordForged())).toEqual([418, 'onFailure invalid_signature']);
    expect(withOnFailure.failures.map((error) => [error.code, error.status])).toEqual([['invalid_signature', 401]]);
    expect(server.calls.count + withOnFailure.calls.count).toBe(0);
  });

  it("answers Meta's subscription GET 200 text/plain with the challenge, never running the handler nor onFailure", async () => {
    const server = await serve({ verifier: metaVerifier() }, { withOnFailure: true });
    expect(await seen(await fetch(withQuery(server.url, META_SUBSCRIBE), init(META_SUBSCRIBE)))).toEqual(CHALLENGE_ANSWER);
    expect(server.calls.count).toBe(0);
    expect(server.failures).toEqual([]);
  });

  it("refuses Meta's subscription GET with a wrong verify token 403, never answering the challenge", async () => {
    const server = await serve({ verifier: metaVerifier() });
    expect(await seen(await fetch(withQuery(server.url, META_WRONG_TOKEN), init(META_WRONG_TOKEN)))).toEqual(REFUSED(403, 'invalid_signature'));
    expect(server.calls.count).toBe(0);
  });
});

describe('web / App Router (request: Request) handlers: Discord and Meta handshakes', () => {
  // With the Host header every platform sends: the URL (and so Meta's query) is rebuilt from it.
  const request = (delivery: Delivery) => {
    const { host } = new URL(URL_);
    return new Request(withQuery(URL_, delivery), init({ ...delivery, headers: { ...delivery.headers, host } }));
  };

  it("answers Discord's interactions PING 200 application/json {\"type\":1}, never running the handler nor onFailure", async () => {
    const { POST, calls, failures } = webHandler({ withOnFailure: true, verifier: discordVerifier() });
    expect(await seen(await POST(request(discordSigned())))).toEqual(PONG);
    expect(calls.count).toBe(0);
    expect(failures).toEqual([]);
  });

  it('runs the handler for a signed application command', async () => {
    const { POST, calls } = webHandler({ verifier: discordVerifier() });
    expect(await answer(await POST(request(discordSigned(DISCORD_COMMAND))))).toEqual([200, 'handled']);
    expect(calls).toEqual({ count: 1, bodies: [DISCORD_COMMAND] });
  });

  it('answers a forged PING 401, and calls onFailure for it when configured', async () => {
    const plain = webHandler({ verifier: discordVerifier() });
    expect(await seen(await plain.POST(request(discordForged())))).toEqual(REFUSED(401, 'invalid_signature'));
    const hooked = webHandler({ withOnFailure: true, verifier: discordVerifier() });
    expect(await answer(await hooked.POST(request(discordForged())))).toEqual([418, 'onFailure invalid_signature']);
    expect(hooked.failures.map((error) => [error.code, error.status])).toEqual([['invalid_signature', 401]]);
    expect(plain.calls.count + hooked.calls.count).toBe(0);
  });

  it("answers Meta's subscription GET 200 text/plain with the challenge, never running the handler nor onFailure", async () => {
    // An App Router GET export, wrapped the same way.
    const { POST: GET, calls, failures } = webHandler({ withOnFailure: true, verifier: metaVerifier() });
    expect(await seen(await GET(request(META_SUBSCRIBE)))).toEqual(CHALLENGE_ANSWER);
    expect(calls.count).toBe(0);
    expect(failures).toEqual([]);
  });

  it("refuses Meta's subscription GET with a wrong verify token 403, never answering the challenge", async () => {
    const { POST: GET, calls } = webHandler({ verifier: metaVerifier() });
    expect(await seen(await GET(request(META_WRONG_TOKEN)))).toEqual(REFUSED(403, 'invalid_signature'));
    expect(calls.count).toBe(0);
  });
});
