import { BodyCollector, createGuard, forwardedOrigin, RequestHeaders, VerificationError, type Guard, type GuardOptions } from '@hookguard/core';

/** The parts of Node's `IncomingMessage` the adapter reads; `VercelRequest` and `NextApiRequest` fit. */
export interface NodeRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  readableEnded?: boolean;
  socket?: unknown;
  rawBody?: unknown;
  on(event: string, listener: (...args: any[]) => void): unknown;
}

/** The parts of Node's `ServerResponse` the adapter writes; `VercelResponse` and `NextApiResponse` fit. */
export interface NodeResponse {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(body?: string): unknown;
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
  return async (req, res) => {
    const outcome = await verifyNodeRequest(guard, req);
    if (outcome.ok) {
      await handler(req, res);
      return;
    }
    if (options.onFailure) {
      await options.onFailure(outcome.error, req, res);
      return;
    }
    res.statusCode = outcome.response.status;
    for (const [name, value] of Object.entries(outcome.response.headers)) res.setHeader(name, value);
    res.end(outcome.response.body);
  };
}

async function verifyNodeRequest(guard: Guard, req: NodeRequest) {
  const body = await readBody(req, guard.maxBodyBytes);
  if (!(body instanceof Uint8Array)) return guard.reject(body);
  // The raw bytes stay available to the handler, as Firebase and Express's raw parsers name them.
  req.rawBody ??= body;
  const encrypted = (req.socket as { encrypted?: boolean } | undefined)?.encrypted;
  const headers = new RequestHeaders(req.headers); // one view for the host lookup and verification
  const url = () => forwardedOrigin(headers, { protocol: encrypted ? 'https' : 'http' }) + (req.url ?? '/');
  return guard.verify({ method: req.method ?? 'GET', url, headers, body }, req);
}

const CONSUMED =
  'the request body was read before verification. In Next.js pages/api, add ' +
  '`export const config = { api: { bodyParser: false } }` beside the handler; elsewhere, verify before reading the body';

/**
 * The raw body. `req.rawBody` when a framework kept it; otherwise the stream,
 * read with 'data'/'end' listeners: @vercel/node's helpers buffer the body and
 * replay it only to such listeners (an async iterator would see 0 bytes).
 */
function readBody(req: NodeRequest, limit: number): Promise<Uint8Array | VerificationError> {
  if (req.rawBody instanceof Uint8Array) return Promise.resolve(req.rawBody);
  // A stream that has ended, and is not one of the helpers' replays (they patch `on` on the request itself), is gone.
  if (req.readableEnded && !Object.hasOwn(req, 'on')) return Promise.resolve(new VerificationError('misconfigured', 'request', CONSUMED));
  return new Promise((resolve) => {
    const body = new BodyCollector(limit);
    req.on('data', (chunk: Uint8Array) => body.add(chunk));
    req.on('end', () => resolve(body.result()));
    req.on('error', () => resolve(new VerificationError('malformed', 'request', 'the request body could not be read')));
  });
}
