import { fromUtf8 } from './encoding.js';

/**
 * Makes a `Request` whose body was just read readable again, on the same
 * instance: `arrayBuffer()`, `bytes()`, `text()`, `json()`, `blob()`,
 * `formData()`, `body`, `bodyUsed` and `clone()` serve the bytes read, once,
 * as a body would. The instance is kept, not copied, so a framework's subclass
 * (NextRequest, with its cookies and nextUrl) reaches the handler intact.
 *
 * How: the instance gets a prototype inserted above its own (one per class,
 * cached) that holds these members. Defining them on each instance instead
 * costs 7 µs a request; `request.clone()`, which tees the stream, about 20 µs.
 * The instance must be extensible.
 */
export function replayBody(request: Request, bytes: Uint8Array): void {
  const state: BodyState = { bytes, used: false };
  Object.defineProperty(request, STATE, { value: state, configurable: true, writable: true });
  const own = Object.getPrototypeOf(request) as object;
  // Verifying an already replayable request again only renews its state.
  if (!REPLAYING.has(own)) Object.setPrototypeOf(request, replayingPrototype(own));
  // A polyfill may keep `body` or a method on the instance, where it would hide the prototype's.
  const descriptors = (members ??= bodyMembers());
  for (const name in descriptors) if (Object.hasOwn(request, name)) Object.defineProperty(request, name, descriptors[name]!);
}

interface BodyState {
  bytes: Uint8Array;
  used: boolean;
  stream?: ReadableStream<Uint8Array>;
}

const STATE = Symbol('hookguard.body');
const REPLAYING = new WeakSet<object>();
const prototypes = new WeakMap<object, object>();

type Replayable = Request & { [STATE]: BodyState };

function take(request: Replayable): Uint8Array<ArrayBuffer> {
  const state = request[STATE];
  if (state.used) throw new TypeError('Body is unusable: Body has already been read');
  state.used = true;
  return state.bytes.slice();
}

const contentType = (request: Request) => request.headers.get('content-type') ?? '';

// Built on first use: a statement at module level would keep all of this in
// bundles that never verify a Request (esbuild cannot drop it).
function bodyMembers(): PropertyDescriptorMap {
  const descriptors: PropertyDescriptorMap & ThisType<Replayable> = {
    arrayBuffer: { async value(this: Replayable) { return take(this).buffer; } },
    bytes: { async value(this: Replayable) { return take(this); } },
    text: { async value(this: Replayable) { return fromUtf8(take(this)); } },
    json: { async value(this: Replayable) { return JSON.parse(fromUtf8(take(this))) as unknown; } },
    blob: { async value(this: Replayable) { return new Blob([take(this)], { type: contentType(this) }); } },
    // The platform's own multipart and urlencoded parser, fed the same bytes.
    formData: { async value(this: Replayable) { return new Response(take(this), { headers: { 'content-type': contentType(this) } }).formData(); } },
    clone: {
      value(this: Replayable) {
        const { bytes, used } = this[STATE];
        if (used) throw new TypeError('Request.clone: Body has already been read');
        return new Request(this.url, { method: this.method, headers: this.headers, body: bytes.slice() });
      },
    },
    bodyUsed: { get(this: Replayable) { return this[STATE].used; } },
    body: {
      get(this: Replayable) {
        const state = this[STATE];
        return (state.stream ??= new ReadableStream<Uint8Array>({
          pull: (controller) => {
            controller.enqueue(take(this));
            controller.close();
          },
        }));
      },
    },
  };
  for (const descriptor of Object.values(descriptors)) {
    descriptor.configurable = true;
    if ('value' in descriptor) descriptor.writable = true;
  }
  return descriptors;
}

let members: PropertyDescriptorMap | undefined;

function replayingPrototype(own: object): object {
  let prototype = prototypes.get(own);
  if (!prototype) {
    prototype = Object.create(own, (members ??= bodyMembers())) as object;
    REPLAYING.add(prototype);
    prototypes.set(own, prototype);
  }
  return prototype;
}
