// WHATWG `Request`s: read once, bounded, and left readable for the handler.
// Its own module, so the Lambda and Node adapters, which never see one, do not
// bundle it.
import { BodyCollector } from './body.js';
import { isRefusal, refuse, type Refusal } from './errors.js';
import { replayBody } from './replayable-body.js';
import { DEFAULT_MAX_BODY_BYTES, tooLarge, toVerifiableRequest, VerifiableRequest, withBody, type RequestInput, type UrlInput } from './request.js';

/** Whether a value is a WHATWG `Request` (of any fetch implementation), told by shape. */
export const isWebRequest = (value: unknown): value is Request =>
  typeof (value as Request).clone === 'function' && typeof (value as Request).bodyUsed === 'boolean';

/**
 * Turns any accepted input into a `VerifiableRequest`, reading at most
 * `maxBodyBytes`. A WHATWG `Request` stays readable: its body methods then serve
 * the bytes read (see replayBody). Plain input is normalized synchronously.
 */
export function normalizeRequest(
  input: RequestInput,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): VerifiableRequest | Refusal | Promise<VerifiableRequest | Refusal> {
  return isWebRequest(input) ? readWebRequest(input, maxBodyBytes) : toVerifiableRequest(input, maxBodyBytes);
}

/** The request read into a `VerifiableRequest`; `url` replaces `request.url` (a platform's public URL, say). */
export async function readWebRequest(request: Request, limit: number, url: UrlInput = request.url): Promise<VerifiableRequest | Refusal> {
  const body = await readBody(request, limit);
  return isRefusal(body) ? body : withBody(request, body, limit, url);
}

async function readBody(request: Request, limit: number): Promise<Uint8Array | Refusal> {
  if (request.bodyUsed) {
    return refuse('misconfigured', 'request', 'the body was already read before verification; verify first');
  }
  if (Number(request.headers.get('content-length')) > limit) return tooLarge(limit);
  // The body is read from the request itself and then served again from the bytes
  // (replayBody); a request that cannot be extended is read through a clone instead.
  const replayable = Object.isExtensible(request);
  const stream = replayable ? request.body : request.clone().body;
  if (!stream) return new Uint8Array(0);
  const body = new BodyCollector(limit);
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (!body.add(next.value)) {
        // Not awaited: cancelling one branch of a cloned body settles only once the other is cancelled too.
        reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    return refuse('malformed', 'request', 'the request body could not be read');
  }
  const bytes = body.result();
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: bytes };
  if (replayable) replayBody(request, bytes);
  return bytes;
}
