import { fromUtf8 } from './encoding.js';

/**
 * Makes a `Request` whose body was just read readable again, on the same
 * instance: `arrayBuffer()`, `bytes()`, `text()`, `json()`, `blob()`,
 * `formData()`, `body`, `bodyUsed` and `clone()` are served from the bytes read.
 * The instance is kept, not copied, so a framework's subclass (NextRequest, with
 * its cookies and nextUrl) reaches the handler intact. Reading the body once
 * and serving it again costs a few microseconds; `request.clone()` tees the
 * stream and costs about 20 µs more per request. The instance must be extensible.
 */
export function replayBody(request: Request, bytes: Uint8Array): void {
  let used = false;
  let stream: ReadableStream<Uint8Array> | undefined;
  const take = (): Uint8Array<ArrayBuffer> => {
    if (used) throw new TypeError('Body is unusable: Body has already been read');
    used = true;
    return bytes.slice();
  };
  const contentType = () => request.headers.get('content-type') ?? '';
  const reader = <T>(read: (bytes: Uint8Array<ArrayBuffer>) => T) => async () => read(take());
  const methods = {
    arrayBuffer: reader((copy) => copy.buffer),
    bytes: reader((copy) => copy),
    text: reader(fromUtf8),
    json: reader((copy) => JSON.parse(fromUtf8(copy)) as unknown),
    blob: reader((copy) => new Blob([copy], { type: contentType() })),
    // The platform's own multipart and urlencoded parser, fed the same bytes.
    formData: reader((copy) => new Response(copy, { headers: { 'content-type': contentType() } }).formData()),
    clone: () => {
      if (used) throw new TypeError('Request.clone: Body has already been read');
      return new Request(request.url, { method: request.method, headers: request.headers, body: bytes.slice() });
    },
  };
  for (const [name, value] of Object.entries(methods)) Object.defineProperty(request, name, { value, configurable: true, writable: true });
  Object.defineProperties(request, {
    bodyUsed: { get: () => used, configurable: true },
    body: {
      get: () =>
        (stream ??= new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(take());
            controller.close();
          },
        })),
      configurable: true,
    },
  });
}
