import { BodyCollector, bodyTooLarge } from './body.js';
import { utf8 } from './encoding.js';
import { VerificationError } from './errors.js';
import { releaseIfFailed, runVerified, type Guard, type GuardOptions, type Verification } from './guard.js';
import { requestOrigin, type OriginSource } from './public-url.js';
import { RequestHeaders } from './request.js';

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

/** What a Node platform tells the shared handler: its guard, which forwarding headers to believe, how to fix a consumed body. */
export interface NodePlatform extends Pick<OriginSource, 'trustForwardedProto'> {
  guard: Guard;
  /** Believe X-Forwarded-Host and X-Forwarded-Proto (see `OriginSource`). */
  trustProxy: boolean;
  /** What the user must change when a body parser read the body before verification. */
  consumedHint: string;
}

export interface NodeVerificationOptions<Req, Res> extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON with the error's status. */
  onFailure?: (error: VerificationError, req: Req, res: Res) => unknown;
}

/**
 * Runs a Node `(req, res)` handler only for requests the verifier
 * accepts: Vercel and Next.js functions, Express middleware, Google Cloud
 * Functions. The raw body is `req.rawBody`, a raw parser's Buffer `req.body`,
 * or read from the stream (then kept as `req.rawBody`).
 */
export function withNodeVerification<Req extends NodeRequest, Res extends NodeResponse>(
  handler: (req: Req, res: Res) => unknown,
  options: NodeVerificationOptions<Req, Res>,
  platform: NodePlatform,
): (req: Req, res: Res) => Promise<void> {
  return async (req, res) => {
    const outcome = await verifyNodeRequest(req, platform);
    if (outcome.ok) {
      const { verification } = outcome;
      await runVerified(verification, () => handler(req, res), () => undefined); // a throw releases the replay claim
      if (verification.release) releaseWhenAnswered(verification, res);
      return;
    }
    // The rest of an upload over the limit is not read: Node closes the connection after the answer, whoever writes it.
    if (outcome.error.code === 'body_too_large') res.setHeader('connection', 'close');
    if (options.onFailure && !outcome.handshake) {
      await options.onFailure(outcome.error, req, res);
      return;
    }
    const { response } = outcome;
    res.statusCode = response.status;
    for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
    res.end(response.body);
  };
}

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

async function verifyNodeRequest(req: NodeRequest, { guard, trustProxy, trustForwardedProto, consumedHint }: NodePlatform) {
  const body = await readBody(req, guard.maxBodyBytes, consumedHint);
  if (!(body instanceof Uint8Array)) return guard.reject(body);
  // The raw bytes stay available to the handler, as Firebase and Express's raw parsers name them.
  req.rawBody ??= body;
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted;
  const headers = new RequestHeaders(req.headers); // one view for the host lookup and verification
  // Off Vercel, the Host header (as Twilio's own middleware reads it), unless the user trusts a proxy.
  const origin = () => requestOrigin(headers, { protocol: encrypted ? 'https' : 'http', trustProxy, trustForwardedProto });
  const url = guard.url(origin, () => req.url ?? '/');
  return guard.verify({ method: req.method ?? 'GET', url, headers, body }, req);
}

/**
 * The raw body. `req.rawBody` when a framework kept it; otherwise the stream,
 * read with 'data'/'end' listeners: @vercel/node's helpers buffer the body and
 * replay it only to such listeners (an async iterator would see 0 bytes).
 * Past the limit (or at once, from Content-Length), reading stops and the 413
 * is answered.
 */
function readBody(req: NodeRequest, limit: number, consumedHint: string): Promise<Uint8Array | VerificationError> {
  if (req.rawBody instanceof Uint8Array) return Promise.resolve(req.rawBody);
  // A stream that has ended, and is not one of the helpers' replays (they patch `on` on the request itself), is gone,
  // unless a raw body parser (express.raw()) left its bytes as the body; either is checked against the limit when the request is normalized.
  if (req.readableEnded && !Object.hasOwn(req, 'on')) {
    const parsed = (req as { body?: unknown }).body;
    return Promise.resolve(parsed instanceof Uint8Array ? parsed : new VerificationError('misconfigured', 'request', `the request body was read before verification: ${consumedHint}`));
  }
  if (Number(req.headers?.['content-length']) > limit) return Promise.resolve(bodyTooLarge(limit));
  return new Promise((resolve) => {
    const body = new BodyCollector(limit);
    const onData = (chunk: Uint8Array | string) => {
      // A stream given an encoding (`req.setEncoding`) by code before the wrapper emits text.
      if (!body.add(typeof chunk === 'string' ? utf8(chunk) : chunk)) finish(bodyTooLarge(limit));
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
