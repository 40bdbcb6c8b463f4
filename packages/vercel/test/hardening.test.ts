// Hardening of the Vercel adapter, each test one that the earlier implementation
// failed. Node (req, res) handlers run on a real node:http server, spoken to
// with fetch or, where a client must misbehave, over a raw TCP socket.
// - The URL URL-signing schemes check: from Host by default; from X-Forwarded-*
//   only with trustProxy or on Vercel; never from an absolute-form request line.
// - Replay is keyed on what was verified, not on the header text.
// - A handler that fails (throws, or answers 5xx, also after returning) has its
//   replay claim released; a 2xx keeps it.
// - A body over maxBodyBytes is answered 413 at once, the rest never read.
// - A replay store that misbehaves is a 503, never a rejection.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { memoryReplayStore, sharedSecret, stripe } from '@hookguard/core';
import { signStripe } from '@hookguard/core/sign';
import { withVerification, type NodeVerificationOptions, type WebVerificationOptions } from '../src/index.js';
import { BROKEN_STORES, FORWARDED_ELSEWHERE, REPLAY_CASES, STRIPE_SECRET, URL_SCHEMES, type Delivery } from '../../core/test/adapter-cases.js';

type Headers = Record<string, string>;
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

interface TestServer {
  url: string;
  port: number;
  /** How many times the wrapped handler ran. */
  calls: { count: number };
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/**
 * A real node:http server running `withVerification(handler, options)`. A
 * handler that throws makes the wrapped function reject, as on @vercel/node:
 * the server then answers 500 itself.
 */
async function serve(options: NodeVerificationOptions<IncomingMessage, ServerResponse>, handler: NodeHandler = (_req, res) => res.end('handled')): Promise<TestServer> {
  const calls = { count: 0 };
  const wrapped = withVerification((req: IncomingMessage, res: ServerResponse) => {
    calls.count++;
    return handler(req, res);
  }, options);
  const server = createServer((req, res) => {
    wrapped(req, res).catch(() => {
      if (!res.headersSent) res.statusCode = 500;
      res.end('the handler threw');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const running = {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  servers.push(running);
  return running;
}

const post = async (url: string, { headers, body }: Delivery) => {
  const response = await fetch(url, { method: 'POST', headers, body });
  return [response.status, await response.text()];
};
const refusal = (status: number, code: string) => [status, JSON.stringify({ error: code })];

interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
  /** Milliseconds from sending the request head to the whole response. */
  answeredAfterMs: number;
  /** Milliseconds until the server closed the connection; undefined if it was still open after `waitMs`. */
  closedAfterMs: number | undefined;
}

/**
 * Sends `head` and `body` as they are over a TCP connection. With `streamForever`,
 * then writes a 16 KiB chunk of a chunked body every few milliseconds and never
 * ends it. Resolves when the server closes the connection, or after `waitMs`.
 */
function rawRequest(port: number, head: string, { body = '', streamForever = false, waitMs = 3000 } = {}): Promise<RawAnswer | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const start = Date.now();
    let received = Buffer.alloc(0);
    let answer: RawAnswer | undefined;
    let writer: ReturnType<typeof setInterval> | undefined;
    const done = (closed: boolean) => {
      clearInterval(writer);
      clearTimeout(timer);
      if (answer && closed) answer.closedAfterMs = Date.now() - start;
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.on('data', (data) => {
      received = Buffer.concat([received, data]);
      answer ??= parseResponse(received, Date.now() - start);
    });
    socket.on('close', () => done(true));
    socket.on('error', () => undefined); // the server may reset a connection it stopped reading: 'close' follows
    socket.write(head + body);
    if (streamForever) {
      const chunk = Buffer.concat([Buffer.from('4000\r\n'), Buffer.alloc(16 * 1024, 'x'), Buffer.from('\r\n')]);
      writer = setInterval(() => {
        if (socket.writable) socket.write(chunk);
      }, 5);
    }
  });
}

/** The response in `received`, once all of it (per its Content-Length) is there. */
function parseResponse(received: Buffer, elapsed: number): RawAnswer | undefined {
  const end = received.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine, ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const length = Number(headers['content-length'] ?? 0);
  if (received.length < end + 4 + length) return undefined;
  const body = received.subarray(end + 4, end + 4 + length).toString('utf8');
  return { status: Number(statusLine!.split(' ')[1]), headers, body, answeredAfterMs: elapsed, closedAfterMs: undefined };
}

/** A raw HTTP/1.1 POST head, `Connection: close` so that the server closes after answering. */
const rawHead = (requestLine: string, headers: Headers) =>
  `${requestLine}\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}Connection: close\r\n\r\n`;

// ---------------------------------------------------------------------------
// The URL URL-signing schemes check.

const twilioScheme = URL_SCHEMES[0]!;

/** Headers pointing the rebuilt URL at another host. */
const ELSEWHERE_URL = 'https://other.example.com/api/call?a=1';

/** Runs `body` with process.env.VERCEL set to '1', restoring it afterwards. */
async function onVercel(body: () => Promise<void>): Promise<void> {
  const before = process.env['VERCEL'];
  process.env['VERCEL'] = '1';
  try {
    await body();
  } finally {
    if (before === undefined) delete process.env['VERCEL'];
    else process.env['VERCEL'] = before;
  }
}

describe('Node (req, res) handlers: the URL URL-signing schemes check', () => {
  it.each(URL_SCHEMES)('$scheme: from the Host header by default; from X-Forwarded-Host/-Proto only with trustProxy: true or on Vercel', async ({ verifier, sign }) => {
    const vercelBefore = process.env['VERCEL'];
    const forOther = await sign(ELSEWHERE_URL);
    /** Answers to the delivery signed for other.example.com and to the one signed for the Host URL, both sent with the forwarded headers. */
    const answers = async (server: TestServer) => {
      const forHost = await sign(`${server.url}/api/call?a=1`);
      return {
        signedForForwardedHost: await post(`${server.url}/api/call?a=1`, { ...forOther, headers: { ...forOther.headers, ...FORWARDED_ELSEWHERE } }),
        signedForHost: await post(`${server.url}/api/call?a=1`, { ...forHost, headers: { ...forHost.headers, ...FORWARDED_ELSEWHERE } }),
      };
    };
    const believingHost = { signedForForwardedHost: refusal(403, 'invalid_signature'), signedForHost: [200, 'handled'] };
    const believingForwarded = { signedForForwardedHost: [200, 'handled'], signedForHost: refusal(403, 'invalid_signature') };

    expect(await answers(await serve({ verifier }))).toEqual(believingHost);
    expect(await answers(await serve({ verifier, trustProxy: true }))).toEqual(believingForwarded);
    await onVercel(async () => {
      expect(await answers(await serve({ verifier }))).toEqual(believingForwarded);
      expect(await answers(await serve({ verifier, trustProxy: false }))).toEqual(believingHost); // an explicit false wins
    });
    expect(process.env['VERCEL']).toBe(vercelBefore);
  });

  it.each([{ trustProxy: false }, { trustProxy: true }])('a request line in absolute form is refused 4xx for Twilio, even signed for that URL (trustProxy: $trustProxy)', async ({ trustProxy }) => {
    const server = await serve({ verifier: twilioScheme.verifier, trustProxy, log: () => undefined });
    const { headers, body } = await twilioScheme.sign('http://evil.example/api/call');
    const head = rawHead('POST http://evil.example/api/call HTTP/1.1', { Host: 'evil.example', ...headers, 'Content-Length': String(body.length) });
    const answer = await rawRequest(server.port, head, { body });
    expect(answer?.status).toBeGreaterThanOrEqual(400);
    expect(answer?.status).toBeLessThan(500);
    expect(answer?.body).toBe(JSON.stringify({ error: 'malformed' }));
    expect(server.calls.count).toBe(0);
  });

  it('a Host or forwarded header that is no host or protocol is a 4xx, never a 5xx, and nothing is logged', async () => {
    const logs: string[] = [];
    const log = (line: string) => void logs.push(line);
    const { headers, body } = await twilioScheme.sign('http://a/b/api/call');
    const cases: [NodeVerificationOptions<IncomingMessage, ServerResponse>, Headers][] = [
      [{}, { Host: 'a/b' }],
      [{}, { Host: 'user@evil.example' }],
      [{ trustProxy: true }, { Host: 'a', 'X-Forwarded-Proto': 'javascript' }],
      [{ trustProxy: true }, { Host: 'a', 'X-Forwarded-Host': 'a/b' }],
    ];
    for (const [options, extra] of cases) {
      const server = await serve({ verifier: twilioScheme.verifier, log, ...options });
      const answer = await rawRequest(server.port, rawHead('POST /api/call HTTP/1.1', { ...headers, ...extra, 'Content-Length': String(body.length) }), { body });
      expect({ extra, status: answer?.status, body: answer?.body }).toEqual({ extra, status: 403, body: JSON.stringify({ error: 'malformed' }) });
      expect(server.calls.count).toBe(0);
    }
    expect(logs).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Replay keyed on what was verified.


/** A web handler wrapped with `options`, counting its calls; `answer(n)` is the n-th call's Response (or throw). */
function webHandler(options: WebVerificationOptions, answer: (call: number) => Response = () => new Response('handled')) {
  const calls = { count: 0 };
  const wrapped = withVerification(async (_request: Request) => answer(++calls.count), options);
  const invoke = async ({ headers, body }: Delivery) => {
    const response = await wrapped(new Request('https://app.example.com/api/hook', { method: 'POST', headers, body }));
    return [response.status, await response.text()];
  };
  return { calls, invoke };
}

describe('replay protection keyed on what was verified, not on the header text', () => {
  it.each(REPLAY_CASES)('web handlers, $scheme: an accepted delivery re-sent with its signature header re-spelled is refused 409', async ({ header, verifier, sign, respell }) => {
    const { calls, invoke } = webHandler({ verifier: verifier(), replay: { store: memoryReplayStore() } });
    const body = '{"id":"evt_1"}';
    const headers = await sign(body);
    expect(await invoke({ headers, body })).toEqual([200, 'handled']);
    for (const [spelling, value] of respell(headers[header]!)) {
      const answer = await invoke({ headers: { ...headers, [header]: value }, body });
      expect({ spelling, answer }).toEqual({ spelling, answer: refusal(409, 'replayed') });
    }
    expect(calls.count).toBe(1);
  });

  it.each(REPLAY_CASES)('Node handlers, $scheme: an accepted delivery re-sent with its signature header re-spelled is refused 409', async ({ header, verifier, sign, respell }) => {
    const server = await serve({ verifier: verifier(), replay: { store: memoryReplayStore() } });
    const body = '{"id":"evt_1"}';
    const headers = await sign(body);
    expect(await post(`${server.url}/api/hook`, { headers, body })).toEqual([200, 'handled']);
    for (const [spelling, value] of respell(headers[header]!)) {
      const answer = await post(`${server.url}/api/hook`, { headers: { ...headers, [header]: value }, body });
      expect({ spelling, answer }).toEqual({ spelling, answer: refusal(409, 'replayed') });
    }
    expect(server.calls.count).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// Claim released when the handler fails.

const stripeDelivery = async (body = '{"id":"evt_release"}'): Promise<Delivery> => ({ headers: (await signStripe({ secret: STRIPE_SECRET, body })).headers, body });
const replayOptions = () => ({ verifier: stripe({ secret: STRIPE_SECRET }), replay: { store: memoryReplayStore() } });
const thrown = (): never => {
  throw new Error('handler failed');
};

describe('with replay on, a web handler that fails has its claim released', () => {
  it('a throw releases the claim; the retry runs the handler, and after its 2xx the delivery is refused 409', async () => {
    const { calls, invoke } = webHandler(replayOptions(), (call) => (call === 1 ? thrown() : new Response('handled')));
    const delivery = await stripeDelivery();
    await expect(invoke(delivery)).rejects.toThrow('handler failed');
    expect(await invoke(delivery)).toEqual([200, 'handled']);
    expect(await invoke(delivery)).toEqual(refusal(409, 'replayed'));
    expect(calls.count).toBe(2);
  });

  it('a 503 Response releases the claim', async () => {
    const { calls, invoke } = webHandler(replayOptions(), (call) => (call === 1 ? new Response(null, { status: 503 }) : new Response('handled')));
    const delivery = await stripeDelivery();
    expect(await invoke(delivery)).toEqual([503, '']);
    expect(await invoke(delivery)).toEqual([200, 'handled']);
    expect(await invoke(delivery)).toEqual(refusal(409, 'replayed'));
    expect(calls.count).toBe(2);
  });
});

/** Ends the response with `status`, now or (async) after the handler has returned. */
const answering = (status: number, later: boolean) => (res: ServerResponse) => {
  const end = () => {
    res.statusCode = status;
    res.end(status < 300 ? 'handled' : '');
  };
  if (later) setTimeout(end, 20);
  else end();
};

describe('with replay on, a Node handler that fails has its claim released', () => {
  it('a throw releases the claim; the retry runs the handler, and after its 2xx the delivery is refused 409', async () => {
    const server = await serve(replayOptions(), (_req, res) => (server.calls.count === 1 ? thrown() : res.end('handled')));
    const delivery = await stripeDelivery();
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual([500, 'the handler threw']);
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual([200, 'handled']);
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual(refusal(409, 'replayed'));
    expect(server.calls.count).toBe(2);
  });

  it.each([
    { when: 'before returning', later: false },
    { when: 'asynchronously, after returning', later: true },
  ])('res.statusCode = 500; res.end() $when releases the claim; a 2xx keeps it', async ({ later }) => {
    const server = await serve(replayOptions(), (_req, res) => answering(server.calls.count === 1 ? 500 : 200, later)(res));
    const delivery = await stripeDelivery();
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual([500, '']);
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual([200, 'handled']);
    expect(await post(`${server.url}/api/hook`, delivery)).toEqual(refusal(409, 'replayed'));
    expect(server.calls.count).toBe(2);
  });

  // The sender gave up waiting (Stripe, GitHub and Twilio all time out) and will
  // retry; the handler then fails. The response ends with 500, but Node emits no
  // 'finish' for a response whose connection is gone.
  it('an asynchronous 500 after the sender hung up releases the claim as well', async () => {
    let handlerStarted!: () => void;
    const started = new Promise<void>((resolve) => (handlerStarted = resolve));
    let handlerAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (handlerAnswered = resolve));
    const server = await serve(replayOptions(), (_req, res) => {
      if (server.calls.count > 1) return void res.end('handled');
      res.once('close', () => {
        res.statusCode = 500;
        res.end();
        handlerAnswered();
      });
      handlerStarted();
    });
    const { headers, body } = await stripeDelivery();
    const first = request(`${server.url}/api/hook`, { method: 'POST', headers });
    first.on('error', () => undefined);
    first.end(body);
    await started;
    first.destroy(); // the sender hangs up before any answer
    await answered;
    expect(await post(`${server.url}/api/hook`, { headers, body })).toEqual([200, 'handled']);
    expect(await post(`${server.url}/api/hook`, { headers, body })).toEqual(refusal(409, 'replayed'));
    expect(server.calls.count).toBe(2);
  });
});

// ---------------------------------------------------------------------------
// Bodies over the limit, Node handlers on a real server.

describe('Node handlers: a body over maxBodyBytes is answered 413 at once, the rest never read', () => {
  const KEY = 'vercel-hardening-key';
  const options = { verifier: sharedSecret({ secret: KEY }), maxBodyBytes: 1024 };

  it('a Content-Length over the limit: 413 before any of the body is sent', async () => {
    const server = await serve(options);
    const head = `POST /api/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nverification_key: ${KEY}\r\nContent-Length: 10000000\r\n\r\n`;
    const answer = await rawRequest(server.port, head, { waitMs: 2000 });
    expect(answer).toMatchObject({ status: 413, body: JSON.stringify({ error: 'body_too_large' }) });
    expect(answer!.headers['connection']).toBe('close');
    expect(answer!.answeredAfterMs).toBeLessThan(1000);
    expect(server.calls.count).toBe(0);
  });

  it('a chunked body that never ends: 413 within a second, then the server closes the connection', async () => {
    const server = await serve(options);
    const head = `POST /api/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nverification_key: ${KEY}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const answer = await rawRequest(server.port, head, { streamForever: true, waitMs: 3000 });
    expect(answer).toMatchObject({ status: 413, body: JSON.stringify({ error: 'body_too_large' }) });
    expect(answer!.headers['connection']).toBe('close');
    expect(answer!.answeredAfterMs).toBeLessThan(1000);
    expect(answer!.closedAfterMs).toBeLessThan(2000);
    expect(server.calls.count).toBe(0);
  });

  it("an onFailure that answers the 413 itself: the connection is closed all the same, the rest never read", async () => {
    const onFailure = (error: { status: number }, _req: IncomingMessage, res: ServerResponse) => {
      res.statusCode = error.status;
      res.end('too big for us');
    };
    const server = await serve({ ...options, onFailure });
    const head = `POST /api/hook HTTP/1.1\r\nHost: 127.0.0.1\r\nverification_key: ${KEY}\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const answer = await rawRequest(server.port, head, { streamForever: true, waitMs: 3000 });
    expect(answer).toMatchObject({ status: 413, body: 'too big for us' });
    expect(answer!.headers['connection']).toBe('close');
    expect(answer!.closedAfterMs).toBeLessThan(2000);
  });
});

// ---------------------------------------------------------------------------
// A replay store that misbehaves.


describe('a replay store that fails answers 503 store_unavailable, never a rejection', () => {
  it.each(BROKEN_STORES)('%s (web and Node handlers)', async (_name, store) => {
    const options = { verifier: stripe({ secret: STRIPE_SECRET }), replay: { store, timeoutMs: 50 }, log: () => undefined };
    const web = webHandler(options);
    expect(await web.invoke(await stripeDelivery())).toEqual(refusal(503, 'store_unavailable'));
    const server = await serve(options);
    expect(await post(`${server.url}/api/hook`, await stripeDelivery())).toEqual(refusal(503, 'store_unavailable'));
    expect(web.calls.count + server.calls.count).toBe(0);
  });
});
