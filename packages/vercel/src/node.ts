import {
  BodyCollector,
  bodyTooLarge,
  createGuard,
  releaseIfFailed,
  requestOrigin,
  RequestHeaders,
  runVerified,
  VerificationError,
  type Guard,
  type GuardOptions,
  type Verification,
} from '@hookguard/core';

/** The parts of Node's `IncomingMessage` the adapter reads; `VercelRequest` and `NextApiRequest` fit. */
export interface NodeRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  readableEnded?: boolean;
  socket?: unknown;
  rawBody?: unknown;
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener?(event: string, listener: (...args: any[]) => void): unknown;
  pause?(): unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes; `VercelResponse` and `NextApiResponse` fit. */
export interface NodeResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
  once?(event: 'close', listener: () => void): unknown;
  writableEnded?: boolean;
  writableFinished?: boolean;
}

export interface NodeVerificationOptions<Req, Res> extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON with the error's status. */
  onFailure?: (error: VerificationError, req: Req, res: Res) => unknown;
}

export function wrapNodeHandler<Req extends NodeRequest, Res extends NodeResponse>(
  handler: (req: Req, res: Res) => unknown,
  options: NodeVerificationOptions<Req, Res>,
  guard: Guard = createGuard(options),
): (req: Req, res: Res) => Promise<void> {
  const trustProxy = guard.trustProxy ?? onVercel();
  return async (req, res) => {
    const outcome = await verifyNodeRequest(guard, req, trustProxy);
    if (outcome.ok) {
      const { verification } = outcome;
      await runVerified(verification, () => handler(req, res), () => undefined); // a throw releases the replay claim
      if (verification.release) releaseWhenAnswered(verification, res);
      return;
    }
    if (options.onFailure && !outcome.handshake) {
      await options.onFailure(outcome.error, req, res);
      return;
    }
    const { response } = outcome;
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
    // The rest of an upload over the limit is not read: Node closes the connection after the answer.
    if (outcome.error.code === 'body_too_large') res.setHeader('connection', 'close');
    res.end(response.body);
  };
}

/** On Vercel, whose edge writes X-Forwarded-Host and X-Forwarded-Proto over whatever the client sent. */
export const onVercel = (): boolean => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.['VERCEL'] === '1';

/**
 * A Node handler may answer after it returns: its status is read when the
 * response has ended, and a 5xx releases the delivery's replay claim; so does a
 * connection closed before the answer was sent, which the sender will retry.
 */
function releaseWhenAnswered(verification: Verification, res: NodeResponse): void {
  if (res.writableEnded !== false) {
    void releaseIfFailed(verification, res.statusCode);
    return;
  }
  res.once?.('close', () => void (res.writableFinished === false ? verification.release?.() : releaseIfFailed(verification, res.statusCode)));
}

async function verifyNodeRequest(guard: Guard, req: NodeRequest, trustProxy: boolean) {
  const body = await readBody(req, guard.maxBodyBytes);
  if (!(body instanceof Uint8Array)) return guard.reject(body);
  // The raw bytes stay available to the handler, as Firebase and Express's raw parsers name them.
  req.rawBody ??= body;
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted;
  const headers = new RequestHeaders(req.headers); // one view for the host lookup and verification
  // Off Vercel, the Host header (as Twilio's own middleware reads it), unless the user trusts a proxy.
  const origin = () => requestOrigin(headers, { protocol: encrypted ? 'https' : 'http', trustProxy });
  const url = guard.url(origin, () => req.url ?? '/');
  return guard.verify({ method: req.method ?? 'GET', url, headers, body }, req);
}

const CONSUMED =
  'the request body was read before verification: in Next.js pages/api, add `export const config = { api: { bodyParser: false } }` beside the handler';

/**
 * The raw body. `req.rawBody` when a framework kept it; otherwise the stream,
 * read with 'data'/'end' listeners: @vercel/node's helpers buffer the body and
 * replay it only to such listeners (an async iterator would see 0 bytes).
 * Past the limit (or at once, from Content-Length), reading stops and the 413
 * is answered.
 */
function readBody(req: NodeRequest, limit: number): Promise<Uint8Array | VerificationError> {
  if (req.rawBody instanceof Uint8Array) return Promise.resolve(req.rawBody);
  // A stream that has ended, and is not one of the helpers' replays (they patch `on` on the request itself), is gone.
  if (req.readableEnded && !Object.hasOwn(req, 'on')) return Promise.resolve(new VerificationError('misconfigured', 'request', CONSUMED));
  if (Number(req.headers?.['content-length']) > limit) return Promise.resolve(bodyTooLarge(limit));
  return new Promise((resolve) => {
    const body = new BodyCollector(limit);
    const onData = (chunk: Uint8Array | string) => {
      // A stream given an encoding (`req.setEncoding`) by code before the wrapper emits text.
      if (!body.add(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)) finish(bodyTooLarge(limit));
    };
    const finish = (result: Uint8Array | VerificationError) => {
      req.removeListener?.('data', onData);
      req.pause?.();
      resolve(result);
    };
    req.on('data', onData);
    req.on('end', () => resolve(body.result()));
    req.on('error', () => resolve(new VerificationError('malformed', 'request', 'the request body could not be read')));
  });
}
