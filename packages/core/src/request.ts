import { refuse, type Refusal } from './errors.js';
import { utf8 } from './encoding.js';

/** Header input as users and platforms have it: a WHATWG `Headers` or a plain object (Node's `req.headers`). */
export type HeadersInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A request in plain form, as adapters build it from a platform's shape. */
export interface PlainRequest {
  method: string;
  /** The absolute URL the sender signed: scheme, host, path and query exactly as sent. */
  url: string;
  headers: HeadersInput;
  body?: Uint8Array | ArrayBuffer | string | null | undefined;
}

export type RequestInput = Request | PlainRequest | VerifiableRequest;

/** 6 MiB: AWS Lambda's synchronous payload limit, the largest of the platforms hookguard serves. */
export const DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;

/** Case-insensitive header access that keeps repeated headers apart. */
export class RequestHeaders {
  readonly #values = new Map<string, string[]>();

  constructor(input: HeadersInput) {
    const entries = input instanceof Headers ? input.entries() : Object.entries(input);
    for (const [name, value] of entries) {
      if (value === undefined) continue;
      const key = name.toLowerCase();
      const list = this.#values.get(key) ?? [];
      list.push(...(typeof value === 'string' ? [value] : value));
      this.#values.set(key, list);
    }
  }

  /** Every value of a header, in order; empty when absent. */
  all(name: string): readonly string[] {
    return this.#values.get(name.toLowerCase()) ?? [];
  }

  /** The header's value, joined with ", " when repeated (as HTTP allows), or undefined. */
  get(name: string): string | undefined {
    return this.#values.get(name.toLowerCase())?.join(', ');
  }
}

/** The one shape every verifier reads: method, absolute URL, headers, raw body bytes. */
export class VerifiableRequest {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: RequestHeaders,
    readonly body: Uint8Array,
  ) {}
}

/**
 * Turns any accepted input into a `VerifiableRequest`, reading at most
 * `maxBodyBytes`. A WHATWG `Request` is read through a clone, so it stays readable.
 */
export async function normalizeRequest(
  input: RequestInput,
  maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
): Promise<VerifiableRequest | Refusal> {
  if (input instanceof VerifiableRequest) return input;
  const headers = new RequestHeaders(input.headers);
  const body = input instanceof Request ? await readRequestBody(input, maxBodyBytes) : toBytes(input.body);
  if (!(body instanceof Uint8Array)) return body;
  if (body.length > maxBodyBytes) return tooLarge(maxBodyBytes);
  return new VerifiableRequest(input.method.toUpperCase(), input.url, headers, body);
}

function toBytes(body: PlainRequest['body']): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  if (typeof body === 'string') return utf8(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}

const tooLarge = (limit: number) => refuse('body_too_large', 'request', `body exceeds ${limit} bytes`);

async function readRequestBody(request: Request, limit: number): Promise<Uint8Array | Refusal> {
  if (request.bodyUsed) {
    return refuse('misconfigured', 'request', 'the body was already read before verification; verify first');
  }
  if (Number(request.headers.get('content-length')) > limit) return tooLarge(limit);
  const stream = request.clone().body;
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.length;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned body settles only once the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(next.value);
  }
  return concat(chunks, size);
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
