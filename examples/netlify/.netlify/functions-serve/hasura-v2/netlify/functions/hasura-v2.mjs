
import {createRequire as ___nfyCreateRequire} from "module";
import {fileURLToPath as ___nfyFileURLToPath} from "url";
import {dirname as ___nfyPathDirname} from "path";
let __filename=___nfyFileURLToPath(import.meta.url);
let __dirname=___nfyPathDirname(___nfyFileURLToPath(import.meta.url));
let require=___nfyCreateRequire(import.meta.url);


// ../../packages/core/src/errors.ts
var STATUS_BY_CODE = {
  missing_credentials: 401,
  malformed: 403,
  invalid_signature: 403,
  timestamp_out_of_tolerance: 403,
  body_too_large: 413,
  replayed: 409,
  store_unavailable: 503,
  misconfigured: 500
};
var VerificationError = class extends Error {
  constructor(code, scheme, message) {
    super(`${scheme}: ${message}`);
    this.code = code;
    this.scheme = scheme;
    this.status = STATUS_BY_CODE[code];
  }
  code;
  scheme;
  name = "VerificationError";
  status;
};
function refuse(code, scheme, message) {
  return { ok: false, error: new VerificationError(code, scheme, message) };
}
function isRefusal(value) {
  return typeof value === "object" && value !== null && value.ok === false;
}

// ../../packages/core/src/replay.ts
function memoryReplayStore({ maxEntries = 1e4 } = {}) {
  const expiries = /* @__PURE__ */ new Map();
  return {
    claim(key, ttlSeconds) {
      const now = Date.now();
      const expiry = expiries.get(key);
      if (expiry !== void 0 && expiry > now) return false;
      expiries.delete(key);
      expiries.set(key, now + ttlSeconds * 1e3);
      for (const oldest of expiries.keys()) {
        if (expiries.size <= maxEntries) break;
        expiries.delete(oldest);
      }
      return true;
    }
  };
}
var sharedMemoryStore;
var DEFAULT_TTL_SECONDS = 86400;
var DEFAULT_TIMEOUT_MS = 1e3;
async function claimDelivery(result, options, now) {
  if (!result.replayKey) return result;
  const store = options.store ?? (sharedMemoryStore ??= memoryReplayStore());
  const ttl = result.expiresAt === void 0 ? options.ttlSeconds ?? DEFAULT_TTL_SECONDS : Math.max(1, result.expiresAt - now);
  const claimed = await withTimeout(store.claim(`${result.scheme}:${result.replayKey}`, ttl), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (claimed === true) return result;
  if (claimed === false) return refuse("replayed", result.scheme, "this delivery was already accepted");
  return options.failOpen ? result : refuse("store_unavailable", result.scheme, "the replay store did not answer");
}
async function withTimeout(answer, timeoutMs) {
  if (typeof answer === "boolean") return answer;
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, timeoutMs, void 0);
  });
  try {
    return await Promise.race([answer.catch(() => void 0), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ../../packages/core/src/body.ts
var bodyTooLarge = (limit) => new VerificationError("body_too_large", "request", `body exceeds ${limit} bytes`);
var BodyCollector = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  #chunks = [];
  #size = 0;
  /** Adds a chunk; false once the body is over the limit. */
  add(chunk) {
    this.#size += chunk.length;
    if (this.#size > this.limit) return false;
    this.#chunks.push(chunk);
    return true;
  }
  /** The body, or the 413 refusal when it went over the limit. */
  result() {
    if (this.#size > this.limit) return bodyTooLarge(this.limit);
    if (this.#chunks.length === 1) return this.#chunks[0];
    const body = new Uint8Array(this.#size);
    let offset = 0;
    for (const chunk of this.#chunks) {
      body.set(chunk, offset);
      offset += chunk.length;
    }
    return body;
  }
};

// ../../packages/core/src/encoding.ts
var utf8Encoder = new TextEncoder();
var utf8Decoder = new TextDecoder();
var utf8 = (text) => utf8Encoder.encode(text);
function encode(bytes, encoding) {
  if (encoding === "hex") {
    let hex = "";
    for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
    return hex;
  }
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64 = btoa(binary);
  return encoding === "base64" ? base64 : base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// ../../packages/core/src/request.ts
var isHeaders = (value) => typeof value.get === "function";
var isRequest = (value) => typeof value.clone === "function" && typeof value.bodyUsed === "boolean";
var DEFAULT_MAX_BODY_BYTES = 6 * 1024 * 1024;
var RequestHeaders = class {
  #input;
  #lowerCased;
  constructor(input) {
    this.#input = input;
  }
  /** Every value of a header, in order; empty when absent. */
  all(name) {
    const key = name.toLowerCase();
    const input = this.#input;
    if (isHeaders(input)) {
      const value2 = input.get(key);
      return value2 === null ? [] : [value2];
    }
    const record = this.#lowerCased ??= lowerCaseKeys(input);
    const value = record instanceof Map ? record.get(key) : record[key];
    if (value === void 0) return [];
    return typeof value === "string" ? [value] : value;
  }
  /** The header's value, joined with ", " when repeated (as HTTP allows), or undefined. */
  get(name) {
    const values = this.all(name);
    return values.length === 0 ? void 0 : values.join(", ");
  }
};
function lowerCaseKeys(record) {
  const names = Object.keys(record);
  if (!names.some((name) => /[A-Z]/.test(name))) return record;
  const merged = /* @__PURE__ */ new Map();
  for (const name of names) {
    const value = record[name];
    if (value === void 0) continue;
    const list = merged.get(name.toLowerCase()) ?? [];
    list.push(...typeof value === "string" ? [value] : value);
    merged.set(name.toLowerCase(), list);
  }
  return merged;
}
var VerifiableRequest = class {
  constructor(method, url, headers, body) {
    this.method = method;
    this.url = url;
    this.headers = headers;
    this.body = body;
  }
  method;
  url;
  headers;
  body;
};
function normalizeRequest(input, maxBodyBytes = DEFAULT_MAX_BODY_BYTES) {
  if (input instanceof VerifiableRequest) return input;
  if (isRequest(input)) return readRequestBody(input, maxBodyBytes).then((body) => build(input, body, maxBodyBytes));
  return build(input, toBytes(input.body), maxBodyBytes);
}
function build(input, body, maxBodyBytes) {
  if (!(body instanceof Uint8Array)) return body;
  if (body.length > maxBodyBytes) return tooLarge(maxBodyBytes);
  return new VerifiableRequest(input.method.toUpperCase(), input.url, new RequestHeaders(input.headers), body);
}
function toBytes(body) {
  if (body === void 0 || body === null) return new Uint8Array(0);
  if (typeof body === "string") return utf8(body);
  return body instanceof Uint8Array ? body : new Uint8Array(body);
}
var tooLarge = (limit) => ({ ok: false, error: bodyTooLarge(limit) });
async function readRequestBody(request, limit) {
  if (request.bodyUsed) {
    return refuse("misconfigured", "request", "the body was already read before verification; verify first");
  }
  if (Number(request.headers.get("content-length")) > limit) return tooLarge(limit);
  const stream = request.clone().body;
  if (!stream) return new Uint8Array(0);
  const body = new BodyCollector(limit);
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (!body.add(next.value)) {
      reader.cancel().catch(() => void 0);
      break;
    }
  }
  const bytes = body.result();
  return bytes instanceof Uint8Array ? bytes : { ok: false, error: bytes };
}

// ../../packages/core/src/verify-request.ts
async function verifyRequest(input, verifier, options = {}) {
  const normalized = normalizeRequest(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  const request = normalized instanceof Promise ? await normalized : normalized;
  if (isRefusal(request)) return request;
  const now = options.now ?? Math.floor(Date.now() / 1e3);
  const replay = options.replay === true ? {} : options.replay || void 0;
  const result = await verifier.verify(request, { now, replay: replay !== void 0 });
  return result.ok && replay ? claimDelivery(result, replay, now) : result;
}

// ../../packages/core/src/crypto/message.ts
function joinParts(message) {
  if (message instanceof Uint8Array) return message;
  const parts = (typeof message === "string" ? [message] : message).map(
    (part) => typeof part === "string" ? new TextEncoder().encode(part) : part
  );
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

// ../../packages/core/src/crypto/node.ts
function loadNodeCrypto() {
  try {
    const process = globalThis.process;
    return process?.getBuiltinModule?.("node:crypto");
  } catch {
    return void 0;
  }
}
function feed(hash, message, encoding) {
  if (typeof message === "string" || message instanceof Uint8Array) return hash.update(message).digest(encoding);
  for (const part of message) hash.update(part);
  return hash.digest(encoding);
}
var ED25519_SPKI_PREFIX = [48, 42, 48, 5, 6, 3, 43, 101, 112, 3, 33, 0];
function nodeBackend(crypto2) {
  const publicKeys = /* @__PURE__ */ new WeakMap();
  const publicKey = (raw) => {
    let key = publicKeys.get(raw);
    if (!key) {
      key = crypto2.createPublicKey({ key: new Uint8Array([...ED25519_SPKI_PREFIX, ...raw]), format: "der", type: "spki" });
      publicKeys.set(raw, key);
    }
    return key;
  };
  return {
    name: "node",
    hmac: (algorithm, key, message, encoding) => feed(crypto2.createHmac(algorithm, key), message, encoding),
    digest: (algorithm, message, encoding) => feed(crypto2.createHash(algorithm), message, encoding),
    verifyEd25519: (raw, message, signature) => crypto2.verify(null, joinParts(message), publicKey(raw), signature)
  };
}

// ../../packages/core/src/crypto/web.ts
var WEB_NAMES = { sha1: "SHA-1", sha256: "SHA-256", sha512: "SHA-512" };
var hmacKeys = /* @__PURE__ */ new Map();
var ed25519Keys = /* @__PURE__ */ new WeakMap();
function cached(cache, key, load) {
  let value = cache.get(key);
  if (!value) cache.set(key, value = load());
  return value;
}
function hmacKey(algorithm, key) {
  let caches = hmacKeys.get(algorithm);
  if (!caches) hmacKeys.set(algorithm, caches = { text: /* @__PURE__ */ new Map(), bytes: /* @__PURE__ */ new WeakMap() });
  const load = () => crypto.subtle.importKey("raw", joinParts(key), { name: "HMAC", hash: WEB_NAMES[algorithm] }, false, ["sign"]);
  return typeof key === "string" ? cached(caches.text, key, load) : cached(caches.bytes, key, load);
}
var webBackend = {
  name: "webcrypto",
  async hmac(algorithm, key, message, encoding) {
    const signature = await crypto.subtle.sign("HMAC", await hmacKey(algorithm, key), joinParts(message));
    return encode(new Uint8Array(signature), encoding);
  },
  async digest(algorithm, message, encoding) {
    return encode(new Uint8Array(await crypto.subtle.digest(WEB_NAMES[algorithm], joinParts(message))), encoding);
  },
  async verifyEd25519(publicKey, message, signature) {
    const load = () => crypto.subtle.importKey("raw", joinParts(publicKey), { name: "Ed25519" }, false, ["verify"]);
    return crypto.subtle.verify("Ed25519", await cached(ed25519Keys, publicKey, load), joinParts(signature), joinParts(message));
  }
};

// ../../packages/core/src/crypto/timing-safe-equal.ts
function timingSafeEqual(a, b) {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

// ../../packages/core/src/crypto/index.ts
var nodeCrypto = loadNodeCrypto();
var backend = nodeCrypto ? nodeBackend(nodeCrypto) : webBackend;

// ../../packages/core/src/credentials.ts
function singleHeader(request, name, scheme) {
  const values = request.headers.all(name);
  if (values.length > 1) return refuse("malformed", scheme, `header ${name} appears more than once`);
  const value = values[0]?.trim();
  return value ? value : refuse("missing_credentials", scheme, `header ${name} is missing`);
}
var digestCache = /* @__PURE__ */ new Map();
async function secretDigest(secret) {
  let digest = digestCache.get(secret);
  if (!digest) {
    digest = await backend.digest("sha256", secret, "hex");
    digestCache.set(secret, digest);
  }
  return digest;
}
async function matchesSecret(presented, secrets) {
  const presentedDigest = await backend.digest("sha256", presented, "hex");
  let matched = false;
  for (const secret of secrets) {
    if (timingSafeEqual(presentedDigest, await secretDigest(secret))) matched = true;
  }
  return matched;
}

// ../../packages/core/src/secrets.ts
function readEnv(name) {
  const global = globalThis;
  return global.process?.env?.[name] ?? global.Deno?.env.get(name);
}
function resolveSecret(scheme, option, input) {
  if (input === void 0) return refuse("misconfigured", scheme, `option "${option}" is not set`);
  if (typeof input === "object" && "env" in input) {
    const value = readEnv(input.env);
    if (!value) return refuse("misconfigured", scheme, `environment variable ${input.env} is not set or empty`);
    return [value];
  }
  const values = typeof input === "string" ? [input] : [...input];
  if (values.length === 0) return refuse("misconfigured", scheme, `option "${option}" is an empty list`);
  if (values.some((value) => typeof value !== "string" || value === "")) {
    return refuse("misconfigured", scheme, `option "${option}" contains an empty value`);
  }
  return values;
}

// ../../packages/core/src/define-verifier.ts
function defineVerifier(scheme, inputs, check, validate) {
  let resolved;
  const resolve = () => {
    if (resolved) return resolved;
    const values = {};
    for (const option of Object.keys(inputs)) {
      const value = resolveSecret(scheme, option, inputs[option]);
      if (isRefusal(value)) return value;
      values[option] = value;
    }
    return validate?.(values) ?? (resolved = values);
  };
  return {
    scheme,
    checkConfiguration() {
      const secrets = resolve();
      return isRefusal(secrets) ? secrets.error : void 0;
    },
    // Not async: returning check's promise directly saves a promise per request.
    verify(request, context) {
      const secrets = resolve();
      return isRefusal(secrets) ? Promise.resolve(secrets) : check(request, context, secrets);
    }
  };
}

// ../../packages/core/src/verifier.ts
var verified = (scheme, details = {}) => ({
  ok: true,
  scheme,
  ...details
});

// ../../packages/core/src/schemes/shared-secret.ts
function sharedSecret(options) {
  const scheme = "shared-secret";
  const header = options.header ?? "verification_key";
  return defineVerifier(scheme, { secret: options.secret }, async (request, _context, { secret }) => {
    const presented = singleHeader(request, header, scheme);
    if (isRefusal(presented)) return presented;
    if (await matchesSecret(presented, secret)) return verified(scheme);
    return refuse("invalid_signature", scheme, `header ${header} does not hold the secret`);
  });
}

// ../../packages/core/src/public-url.ts
function pathAndQuery(url) {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") || "/";
}

// ../../packages/core/src/guard.ts
function refusalResponse(error) {
  return { status: error.status, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: error.code }) };
}
var verifications = /* @__PURE__ */ new WeakMap();
function getVerification(request) {
  return verifications.get(request);
}
function createGuard(options = {}) {
  const verifier = options.verifier ?? sharedSecret({ secret: { env: "VERIFICATION_KEY" } });
  const log = options.log ?? ((line) => console.error(line));
  let reported = false;
  const report = (error) => {
    if (reported) return;
    reported = true;
    log(`[hookguard] ${error.message}. Every request is refused with 500 until this is fixed.`);
  };
  const coldStartError = verifier.checkConfiguration();
  if (coldStartError) report(coldStartError);
  return {
    /** The URL to verify against: the adapter's rebuilt URL, or the configured public one. */
    publicUrl(rebuiltUrl) {
      const { publicUrl } = options;
      if (typeof publicUrl === "function") return publicUrl(rebuiltUrl);
      if (!publicUrl) return rebuiltUrl;
      return publicUrl.replace(/\/+$/, "") + pathAndQuery(rebuiltUrl);
    },
    /** A refusal found by the adapter itself (a body already read, or too large), reported like any other. */
    reject(error) {
      if (error.code === "misconfigured") report(error);
      return { ok: false, error, response: refusalResponse(error) };
    },
    /**
     * Verifies `input` and remembers the outcome under `key`, the object the
     * handler will receive; `url` replaces the input's URL (the public one).
     */
    async verify(input, key, url) {
      const normalized = await normalizeRequest(input, options.maxBodyBytes);
      const request = url && !isRefusal(normalized) ? new VerifiableRequest(normalized.method, url, normalized.headers, normalized.body) : normalized;
      const result = isRefusal(request) ? request : await verifyRequest(request, verifier, verifyOptions(options));
      if (!result.ok) return this.reject(result.error);
      const verification = { ...result, body: request.body };
      verifications.set(key, verification);
      return { ok: true, verification };
    }
  };
}
function verifyOptions({ replay, maxBodyBytes }) {
  return { ...replay === void 0 ? {} : { replay }, ...maxBodyBytes === void 0 ? {} : { maxBodyBytes } };
}

// ../../packages/core/src/web-handler.ts
function withRequestVerification(handler, options = {}, { guard = createGuard(options), requestUrl = (request) => request.url } = {}) {
  return async (...args) => {
    const request = args[0];
    const outcome = await guard.verify(request, request, guard.publicUrl(requestUrl(request)));
    if (outcome.ok) return handler(...args);
    if (options.onFailure) return options.onFailure(outcome.error, request);
    return new Response(outcome.response.body, { status: outcome.response.status, headers: outcome.response.headers });
  };
}

// ../../packages/core/src/lambda-event.ts
function decodeEventBody(body, isBase64Encoded = false) {
  if (!body) return new Uint8Array(0);
  if (!isBase64Encoded) return utf8(body);
  const buffer = globalThis.Buffer;
  if (buffer) return buffer.from(body, "base64");
  return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
}
function lambdaResponse(refusal) {
  return { statusCode: refusal.status, headers: refusal.headers, body: refusal.body };
}

// ../../packages/netlify/src/v1.ts
function wrapEventHandler(handler, options, guard = createGuard(options)) {
  const wrapped = async (event, ...rest) => {
    const outcome = await guard.verify(
      {
        method: event.httpMethod,
        url: guard.publicUrl(event.rawUrl),
        headers: event.multiValueHeaders && Object.keys(event.multiValueHeaders).length > 0 ? event.multiValueHeaders : event.headers,
        body: decodeEventBody(event.body, event.isBase64Encoded)
      },
      event
    );
    if (outcome.ok) return handler(event, ...rest);
    return options.onFailure ? options.onFailure(outcome.error, event) : lambdaResponse(outcome.response);
  };
  return wrapped;
}

// ../../packages/netlify/src/index.ts
function withVerification(handler, options = {}) {
  const guard = createGuard(options);
  const v2 = withRequestVerification(handler, options, { guard });
  const v1 = wrapEventHandler(handler, options, guard);
  return (first, ...rest) => isV1Event(first) ? v1(first, ...rest) : v2(first, ...rest);
}
function isV1Event(value) {
  return typeof value.httpMethod === "string" && typeof value.rawUrl === "string";
}

// netlify/functions/hasura-v2.ts
var hasura_v2_default = withVerification(
  async (request) => Response.json({ hello: "v2", body: await request.text(), scheme: getVerification(request)?.scheme })
);
var config = { path: "/api/hasura" };
export {
  config,
  hasura_v2_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvZXJyb3JzLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3JlcGxheS50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9ib2R5LnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2VuY29kaW5nLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3JlcXVlc3QudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvdmVyaWZ5LXJlcXVlc3QudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL21lc3NhZ2UudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL25vZGUudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL3dlYi50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9jcnlwdG8vdGltaW5nLXNhZmUtZXF1YWwudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL2luZGV4LnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2NyZWRlbnRpYWxzLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3NlY3JldHMudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvZGVmaW5lLXZlcmlmaWVyLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3ZlcmlmaWVyLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3NjaGVtZXMvc2hhcmVkLXNlY3JldC50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9wdWJsaWMtdXJsLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2d1YXJkLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3dlYi1oYW5kbGVyLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2xhbWJkYS1ldmVudC50cyIsICIuLi8uLi9wYWNrYWdlcy9uZXRsaWZ5L3NyYy92MS50cyIsICIuLi8uLi9wYWNrYWdlcy9uZXRsaWZ5L3NyYy9pbmRleC50cyIsICJuZXRsaWZ5L2Z1bmN0aW9ucy9oYXN1cmEtdjIudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogV2h5IGEgcmVxdWVzdCB3YXMgcmVmdXNlZC4gQ29kZXMgYXJlIHN0YWJsZTogbWF0Y2ggb24gYGNvZGVgLCBuZXZlciBvbiBgbWVzc2FnZWAuXG4gKiBNZXNzYWdlcyBuYW1lIHdoYXQgaXMgd3JvbmcgKFwiaGVhZGVyIFgtVHdpbGlvLVNpZ25hdHVyZSBpcyBtaXNzaW5nXCIpIGFuZCBuZXZlclxuICogY29udGFpbiBhIHNlY3JldCwgYW4gZXhwZWN0ZWQgc2lnbmF0dXJlIG9yIGEgcHJlc2VudGVkIHRva2VuLlxuICovXG5leHBvcnQgdHlwZSBWZXJpZmljYXRpb25FcnJvckNvZGUgPVxuICB8ICdtaXNzaW5nX2NyZWRlbnRpYWxzJ1xuICB8ICdtYWxmb3JtZWQnXG4gIHwgJ2ludmFsaWRfc2lnbmF0dXJlJ1xuICB8ICd0aW1lc3RhbXBfb3V0X29mX3RvbGVyYW5jZSdcbiAgfCAnYm9keV90b29fbGFyZ2UnXG4gIHwgJ3JlcGxheWVkJ1xuICB8ICdzdG9yZV91bmF2YWlsYWJsZSdcbiAgfCAnbWlzY29uZmlndXJlZCc7XG5cbi8qKlxuICogVGhlIG9uZSBwbGFjZSBjb2RlcyBiZWNvbWUgSFRUUCBzdGF0dXNlcy4gTWlzc2luZyBjcmVkZW50aWFscyBhcmUgYSA0MDEgKHRoZVxuICogY2xpZW50IG1heSByZXRyeSB3aXRoIHRoZW0pOyBwcmVzZW50IGJ1dCB3cm9uZyBvbmVzIGFyZSBhIDQwMywgYXMgdGhlIEF1dGgwXG4gKiBXZWJ0YXNrIGFydGljbGUgZG9lczsgYSBzZXJ2ZXIgd2l0aG91dCBpdHMgc2VjcmV0IGlzIGEgNTAwLCBuZXZlciBhIDIwMC5cbiAqIEEgcmVwbGF5ZWQgZGVsaXZlcnkgaXMgYSA0MDk6IGl0cyBjcmVkZW50aWFscyBhcmUgdmFsaWQsIHNvIDQwMS80MDMgd291bGQgc2VuZFxuICogYW4gb3BlcmF0b3IgaHVudGluZyBmb3IgYSB3cm9uZyBzZWNyZXQ7IHRoZSBjb25mbGljdCBpcyB3aXRoIGEgZGVsaXZlcnkgYWxyZWFkeVxuICogYWNjZXB0ZWQuIEEgcmVwbGF5IHN0b3JlIHRoYXQgY2Fubm90IGFuc3dlciBpcyBhIDUwMywgc28gc2VuZGVycyByZXRyeSBsYXRlci5cbiAqL1xuZXhwb3J0IGNvbnN0IFNUQVRVU19CWV9DT0RFOiBSZWFkb25seTxSZWNvcmQ8VmVyaWZpY2F0aW9uRXJyb3JDb2RlLCBudW1iZXI+PiA9IHtcbiAgbWlzc2luZ19jcmVkZW50aWFsczogNDAxLFxuICBtYWxmb3JtZWQ6IDQwMyxcbiAgaW52YWxpZF9zaWduYXR1cmU6IDQwMyxcbiAgdGltZXN0YW1wX291dF9vZl90b2xlcmFuY2U6IDQwMyxcbiAgYm9keV90b29fbGFyZ2U6IDQxMyxcbiAgcmVwbGF5ZWQ6IDQwOSxcbiAgc3RvcmVfdW5hdmFpbGFibGU6IDUwMyxcbiAgbWlzY29uZmlndXJlZDogNTAwLFxufTtcblxuZXhwb3J0IGNsYXNzIFZlcmlmaWNhdGlvbkVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBvdmVycmlkZSByZWFkb25seSBuYW1lID0gJ1ZlcmlmaWNhdGlvbkVycm9yJztcbiAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXI7XG5cbiAgY29uc3RydWN0b3IoXG4gICAgcmVhZG9ubHkgY29kZTogVmVyaWZpY2F0aW9uRXJyb3JDb2RlLFxuICAgIC8qKiBUaGUgc2NoZW1lIHRoYXQgcmVmdXNlZCwgZS5nLiBgdHdpbGlvYC4gKi9cbiAgICByZWFkb25seSBzY2hlbWU6IHN0cmluZyxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICkge1xuICAgIHN1cGVyKGAke3NjaGVtZX06ICR7bWVzc2FnZX1gKTtcbiAgICB0aGlzLnN0YXR1cyA9IFNUQVRVU19CWV9DT0RFW2NvZGVdO1xuICB9XG59XG5cbi8qKiBBIHJlZnVzYWwsIGFzIGV2ZXJ5IHZlcmlmaWVyIGFuZCBgdmVyaWZ5UmVxdWVzdGAgcmV0dXJuIGl0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWZ1c2FsIHtcbiAgcmVhZG9ubHkgb2s6IGZhbHNlO1xuICByZWFkb25seSBlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3I7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiByZWZ1c2UoY29kZTogVmVyaWZpY2F0aW9uRXJyb3JDb2RlLCBzY2hlbWU6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKTogUmVmdXNhbCB7XG4gIHJldHVybiB7IG9rOiBmYWxzZSwgZXJyb3I6IG5ldyBWZXJpZmljYXRpb25FcnJvcihjb2RlLCBzY2hlbWUsIG1lc3NhZ2UpIH07XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc1JlZnVzYWwodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBSZWZ1c2FsIHtcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgJiYgdmFsdWUgIT09IG51bGwgJiYgKHZhbHVlIGFzIHsgb2s/OiB1bmtub3duIH0pLm9rID09PSBmYWxzZTtcbn1cbiIsICJpbXBvcnQgeyByZWZ1c2UgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWVkLCBWZXJpZnlSZXN1bHQgfSBmcm9tICcuL3ZlcmlmaWVyLmpzJztcblxuLyoqXG4gKiBXaGVyZSByZXBsYXkgcHJvdGVjdGlvbiByZWNvcmRzIHRoZSBkZWxpdmVyaWVzIGl0IGhhcyBhY2NlcHRlZC4gYGNsYWltYCBtdXN0XG4gKiBiZSBhdG9taWMgYWNyb3NzIGV2ZXJ5IGluc3RhbmNlIHRoYXQgc2hhcmVzIHRoZSBzdG9yZTogb2YgdHdvIGNvbmN1cnJlbnRcbiAqIGNsYWltcyBvZiBvbmUga2V5LCBleGFjdGx5IG9uZSBtYXkgYW5zd2VyIHRydWUuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVwbGF5U3RvcmUge1xuICAvKiogUmVjb3JkcyBga2V5YCBmb3IgYHR0bFNlY29uZHNgIHVubGVzcyBpdCBpcyByZWNvcmRlZCBhbHJlYWR5OyB0cnVlIHdoZW4gdGhlIGtleSB3YXMgbmV3LiAqL1xuICBjbGFpbShrZXk6IHN0cmluZywgdHRsU2Vjb25kczogbnVtYmVyKTogYm9vbGVhbiB8IFByb21pc2U8Ym9vbGVhbj47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVwbGF5T3B0aW9ucyB7XG4gIC8qKiBEZWZhdWx0OiBvbmUgaW4tbWVtb3J5IHN0b3JlIHBlciBwcm9jZXNzLCBlbm91Z2ggZm9yIGEgc2luZ2xlIGluc3RhbmNlLiBVc2UgYEBob29rZ3VhcmQvcmVkaXNgIGZvciBtYW55LiAqL1xuICBzdG9yZT86IFJlcGxheVN0b3JlO1xuICAvKipcbiAgICogSG93IGxvbmcgYSBkZWxpdmVyeSBpcyByZW1lbWJlcmVkIHdoZW4gaXRzIHNjaGVtZSBzaWducyBubyB0aW1lIChHaXRIdWIsXG4gICAqIFNob3BpZnksIGdlbmVyaWMgSE1BQywgVHdpbGlvKTogYWZ0ZXIgdGhhdCwgYSBjYXB0dXJlZCByZXF1ZXN0IHZlcmlmaWVzIGFnYWluLlxuICAgKiBUaW1lc3RhbXBlZCBzY2hlbWVzIGFyZSByZW1lbWJlcmVkIGV4YWN0bHkgYXMgbG9uZyBhcyB0aGVpciBzaWduYXR1cmUgaXNcbiAgICogYWNjZXB0ZWQuIERlZmF1bHQ6IDg2NDAwIChvbmUgZGF5KS5cbiAgICovXG4gIHR0bFNlY29uZHM/OiBudW1iZXI7XG4gIC8qKiBIb3cgbG9uZyB0byB3YWl0IGZvciB0aGUgc3RvcmUgYmVmb3JlIGFuc3dlcmluZyBgc3RvcmVfdW5hdmFpbGFibGVgICg1MDMpLiBEZWZhdWx0OiAxMDAwLiAqL1xuICB0aW1lb3V0TXM/OiBudW1iZXI7XG4gIC8qKiBBY2NlcHQgdGhlIHJlcXVlc3Qgd2hlbiB0aGUgc3RvcmUgZmFpbHMgb3IgdGltZXMgb3V0LCBpbnN0ZWFkIG9mIHJlZnVzaW5nIGl0LiBEZWZhdWx0OiBmYWxzZS4gKi9cbiAgZmFpbE9wZW4/OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIE1lbW9yeVJlcGxheVN0b3JlT3B0aW9ucyB7XG4gIC8qKiBUaGUgbW9zdCBkZWxpdmVyaWVzIGtlcHQ7IHBhc3QgaXQgdGhlIG9sZGVzdCBhcmUgZm9yZ290dGVuIGZpcnN0LiBEZWZhdWx0OiAxMDAwMC4gKi9cbiAgbWF4RW50cmllcz86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBBIHJlcGxheSBzdG9yZSBpbiB0aGlzIHByb2Nlc3MncyBtZW1vcnksIGJvdW5kZWQgaW4gc2l6ZS4gSXQgcHJvdGVjdHMgb25lXG4gKiBpbnN0YW5jZTsgc2VydmVybGVzcyBwbGF0Zm9ybXMgcnVuIG1hbnksIHdoaWNoIHNoYXJlIG5vdGhpbmc6IHVzZSBhIHNoYXJlZCBzdG9yZSB0aGVyZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1lbW9yeVJlcGxheVN0b3JlKHsgbWF4RW50cmllcyA9IDEwXzAwMCB9OiBNZW1vcnlSZXBsYXlTdG9yZU9wdGlvbnMgPSB7fSk6IFJlcGxheVN0b3JlIHtcbiAgY29uc3QgZXhwaXJpZXMgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpO1xuICByZXR1cm4ge1xuICAgIGNsYWltKGtleSwgdHRsU2Vjb25kcykge1xuICAgICAgY29uc3Qgbm93ID0gRGF0ZS5ub3coKTtcbiAgICAgIGNvbnN0IGV4cGlyeSA9IGV4cGlyaWVzLmdldChrZXkpO1xuICAgICAgaWYgKGV4cGlyeSAhPT0gdW5kZWZpbmVkICYmIGV4cGlyeSA+IG5vdykgcmV0dXJuIGZhbHNlO1xuICAgICAgZXhwaXJpZXMuZGVsZXRlKGtleSk7IC8vIHJlLWluc2VydGVkIGxhc3QsIGtlZXBpbmcgdGhlIG1hcCBpbiBpbnNlcnRpb24gKFx1MjI0OCBhZ2UpIG9yZGVyXG4gICAgICBleHBpcmllcy5zZXQoa2V5LCBub3cgKyB0dGxTZWNvbmRzICogMTAwMCk7XG4gICAgICBmb3IgKGNvbnN0IG9sZGVzdCBvZiBleHBpcmllcy5rZXlzKCkpIHtcbiAgICAgICAgaWYgKGV4cGlyaWVzLnNpemUgPD0gbWF4RW50cmllcykgYnJlYWs7XG4gICAgICAgIGV4cGlyaWVzLmRlbGV0ZShvbGRlc3QpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHRydWU7XG4gICAgfSxcbiAgfTtcbn1cblxubGV0IHNoYXJlZE1lbW9yeVN0b3JlOiBSZXBsYXlTdG9yZSB8IHVuZGVmaW5lZDtcblxuY29uc3QgREVGQVVMVF9UVExfU0VDT05EUyA9IDg2XzQwMDtcbmNvbnN0IERFRkFVTFRfVElNRU9VVF9NUyA9IDEwMDA7XG5cbi8qKlxuICogUmVmdXNlcyBhIHZlcmlmaWVkIGRlbGl2ZXJ5IHdob3NlIHJlcGxheSBrZXkgd2FzIGNsYWltZWQgYmVmb3JlLiBSZXN1bHRzXG4gKiB3aXRob3V0IGEgcmVwbGF5IGtleSAoc3RhdGljIGNyZWRlbnRpYWxzKSBwYXNzOiBub3RoaW5nIHRlbGxzIHRoZWlyIGRlbGl2ZXJpZXMgYXBhcnQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjbGFpbURlbGl2ZXJ5KHJlc3VsdDogVmVyaWZpZWQsIG9wdGlvbnM6IFJlcGxheU9wdGlvbnMsIG5vdzogbnVtYmVyKTogUHJvbWlzZTxWZXJpZnlSZXN1bHQ+IHtcbiAgaWYgKCFyZXN1bHQucmVwbGF5S2V5KSByZXR1cm4gcmVzdWx0O1xuICBjb25zdCBzdG9yZSA9IG9wdGlvbnMuc3RvcmUgPz8gKHNoYXJlZE1lbW9yeVN0b3JlID8/PSBtZW1vcnlSZXBsYXlTdG9yZSgpKTtcbiAgY29uc3QgdHRsID0gcmVzdWx0LmV4cGlyZXNBdCA9PT0gdW5kZWZpbmVkID8gKG9wdGlvbnMudHRsU2Vjb25kcyA/PyBERUZBVUxUX1RUTF9TRUNPTkRTKSA6IE1hdGgubWF4KDEsIHJlc3VsdC5leHBpcmVzQXQgLSBub3cpO1xuICBjb25zdCBjbGFpbWVkID0gYXdhaXQgd2l0aFRpbWVvdXQoc3RvcmUuY2xhaW0oYCR7cmVzdWx0LnNjaGVtZX06JHtyZXN1bHQucmVwbGF5S2V5fWAsIHR0bCksIG9wdGlvbnMudGltZW91dE1zID8/IERFRkFVTFRfVElNRU9VVF9NUyk7XG4gIGlmIChjbGFpbWVkID09PSB0cnVlKSByZXR1cm4gcmVzdWx0O1xuICBpZiAoY2xhaW1lZCA9PT0gZmFsc2UpIHJldHVybiByZWZ1c2UoJ3JlcGxheWVkJywgcmVzdWx0LnNjaGVtZSwgJ3RoaXMgZGVsaXZlcnkgd2FzIGFscmVhZHkgYWNjZXB0ZWQnKTtcbiAgcmV0dXJuIG9wdGlvbnMuZmFpbE9wZW4gPyByZXN1bHQgOiByZWZ1c2UoJ3N0b3JlX3VuYXZhaWxhYmxlJywgcmVzdWx0LnNjaGVtZSwgJ3RoZSByZXBsYXkgc3RvcmUgZGlkIG5vdCBhbnN3ZXInKTtcbn1cblxuLyoqIFRoZSBzdG9yZSdzIGFuc3dlciwgb3IgYHVuZGVmaW5lZGAgd2hlbiBpdCBmYWlsZWQgb3IgZGlkIG5vdCBhbnN3ZXIgaW4gdGltZS4gKi9cbmFzeW5jIGZ1bmN0aW9uIHdpdGhUaW1lb3V0KGFuc3dlcjogYm9vbGVhbiB8IFByb21pc2U8Ym9vbGVhbj4sIHRpbWVvdXRNczogbnVtYmVyKTogUHJvbWlzZTxib29sZWFuIHwgdW5kZWZpbmVkPiB7XG4gIGlmICh0eXBlb2YgYW5zd2VyID09PSAnYm9vbGVhbicpIHJldHVybiBhbnN3ZXI7XG4gIGxldCB0aW1lcjogUmV0dXJuVHlwZTx0eXBlb2Ygc2V0VGltZW91dD4gfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHRpbWVvdXQgPSBuZXcgUHJvbWlzZTx1bmRlZmluZWQ+KChyZXNvbHZlKSA9PiB7XG4gICAgdGltZXIgPSBzZXRUaW1lb3V0KHJlc29sdmUsIHRpbWVvdXRNcywgdW5kZWZpbmVkKTtcbiAgfSk7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IFByb21pc2UucmFjZShbYW5zd2VyLmNhdGNoKCgpID0+IHVuZGVmaW5lZCksIHRpbWVvdXRdKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBjbGVhclRpbWVvdXQodGltZXIpO1xuICB9XG59XG4iLCAiaW1wb3J0IHsgVmVyaWZpY2F0aW9uRXJyb3IgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5cbmV4cG9ydCBjb25zdCBib2R5VG9vTGFyZ2UgPSAobGltaXQ6IG51bWJlcik6IFZlcmlmaWNhdGlvbkVycm9yID0+XG4gIG5ldyBWZXJpZmljYXRpb25FcnJvcignYm9keV90b29fbGFyZ2UnLCAncmVxdWVzdCcsIGBib2R5IGV4Y2VlZHMgJHtsaW1pdH0gYnl0ZXNgKTtcblxuLyoqXG4gKiBHYXRoZXJzIGEgYm9keSBmcm9tIGNodW5rcywgdXAgdG8gYGxpbWl0YCBieXRlczogd2hhdCBjb3JlIGRvZXMgd2l0aCBhIHdlYlxuICogc3RyZWFtIGFuZCBhZGFwdGVycyBkbyB3aXRoIGEgTm9kZSBzdHJlYW0uIFBhc3QgdGhlIGxpbWl0IGl0IGtlZXBzIGNvdW50aW5nXG4gKiBidXQgc3RvcmVzIG5vdGhpbmcgbW9yZS5cbiAqL1xuZXhwb3J0IGNsYXNzIEJvZHlDb2xsZWN0b3Ige1xuICByZWFkb25seSAjY2h1bmtzOiBVaW50OEFycmF5W10gPSBbXTtcbiAgI3NpemUgPSAwO1xuXG4gIGNvbnN0cnVjdG9yKHJlYWRvbmx5IGxpbWl0OiBudW1iZXIpIHt9XG5cbiAgLyoqIEFkZHMgYSBjaHVuazsgZmFsc2Ugb25jZSB0aGUgYm9keSBpcyBvdmVyIHRoZSBsaW1pdC4gKi9cbiAgYWRkKGNodW5rOiBVaW50OEFycmF5KTogYm9vbGVhbiB7XG4gICAgdGhpcy4jc2l6ZSArPSBjaHVuay5sZW5ndGg7XG4gICAgaWYgKHRoaXMuI3NpemUgPiB0aGlzLmxpbWl0KSByZXR1cm4gZmFsc2U7XG4gICAgdGhpcy4jY2h1bmtzLnB1c2goY2h1bmspO1xuICAgIHJldHVybiB0cnVlO1xuICB9XG5cbiAgLyoqIFRoZSBib2R5LCBvciB0aGUgNDEzIHJlZnVzYWwgd2hlbiBpdCB3ZW50IG92ZXIgdGhlIGxpbWl0LiAqL1xuICByZXN1bHQoKTogVWludDhBcnJheSB8IFZlcmlmaWNhdGlvbkVycm9yIHtcbiAgICBpZiAodGhpcy4jc2l6ZSA+IHRoaXMubGltaXQpIHJldHVybiBib2R5VG9vTGFyZ2UodGhpcy5saW1pdCk7XG4gICAgaWYgKHRoaXMuI2NodW5rcy5sZW5ndGggPT09IDEpIHJldHVybiB0aGlzLiNjaHVua3NbMF0hO1xuICAgIGNvbnN0IGJvZHkgPSBuZXcgVWludDhBcnJheSh0aGlzLiNzaXplKTtcbiAgICBsZXQgb2Zmc2V0ID0gMDtcbiAgICBmb3IgKGNvbnN0IGNodW5rIG9mIHRoaXMuI2NodW5rcykge1xuICAgICAgYm9keS5zZXQoY2h1bmssIG9mZnNldCk7XG4gICAgICBvZmZzZXQgKz0gY2h1bmsubGVuZ3RoO1xuICAgIH1cbiAgICByZXR1cm4gYm9keTtcbiAgfVxufVxuIiwgIi8vIFBvcnRhYmxlIGJ5dGUvdGV4dCBjb2RlY3M6IGNvcmUgcnVucyBvbiBOb2RlLCBFZGdlIGFuZCBEZW5vLCBzbyBubyBCdWZmZXIuXG5cbmV4cG9ydCB0eXBlIFNpZ25hdHVyZUVuY29kaW5nID0gJ2hleCcgfCAnYmFzZTY0JyB8ICdiYXNlNjR1cmwnO1xuXG5jb25zdCB1dGY4RW5jb2RlciA9IG5ldyBUZXh0RW5jb2RlcigpO1xuY29uc3QgdXRmOERlY29kZXIgPSBuZXcgVGV4dERlY29kZXIoKTtcblxuZXhwb3J0IGNvbnN0IHV0ZjggPSAodGV4dDogc3RyaW5nKTogVWludDhBcnJheTxBcnJheUJ1ZmZlcj4gPT4gdXRmOEVuY29kZXIuZW5jb2RlKHRleHQpO1xuZXhwb3J0IGNvbnN0IGZyb21VdGY4ID0gKGJ5dGVzOiBVaW50OEFycmF5KTogc3RyaW5nID0+IHV0ZjhEZWNvZGVyLmRlY29kZShieXRlcyk7XG5cbmNvbnN0IEJBU0U2NCA9IC9eW0EtWmEtejAtOSsvXSo9ezAsMn0kLztcbmNvbnN0IEJBU0U2NFVSTCA9IC9eW0EtWmEtejAtOV8tXSokLztcblxuLyoqXG4gKiBEZWNvZGVzIGJhc2U2NCAocGFkZGVkKSBvciBiYXNlNjR1cmwgKHVucGFkZGVkLCBhcyBpbiBKV1RzKTsgYHVuZGVmaW5lZGAgdW5sZXNzXG4gKiB0aGUgdGV4dCBpcyB0aGUgY2Fub25pY2FsIHNwZWxsaW5nIG9mIGl0cyBieXRlcywgc28gZWFjaCB2YWx1ZSBoYXMgb25lIGZvcm0uXG4gKiBgc3RyaWN0OiBmYWxzZWAgYWNjZXB0cyBtaXNzaW5nIHBhZGRpbmcsIGZvciBrZXlzIHBlb3BsZSBjb3B5IGJ5IGhhbmQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVCYXNlNjQodGV4dDogc3RyaW5nLCBlbmNvZGluZzogJ2Jhc2U2NCcgfCAnYmFzZTY0dXJsJywgc3RyaWN0ID0gdHJ1ZSk6IFVpbnQ4QXJyYXkgfCB1bmRlZmluZWQge1xuICBpZiAoIShlbmNvZGluZyA9PT0gJ2Jhc2U2NCcgPyBCQVNFNjQgOiBCQVNFNjRVUkwpLnRlc3QodGV4dCkgfHwgdGV4dC5yZXBsYWNlKC89KyQvLCAnJykubGVuZ3RoICUgNCA9PT0gMSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc3RhbmRhcmQgPSBlbmNvZGluZyA9PT0gJ2Jhc2U2NCcgPyB0ZXh0IDogdGV4dC5yZXBsYWNlKC8tL2csICcrJykucmVwbGFjZSgvXy9nLCAnLycpO1xuICBjb25zdCBiaW5hcnkgPSBhdG9iKHN0YW5kYXJkLnBhZEVuZChNYXRoLmNlaWwoc3RhbmRhcmQubGVuZ3RoIC8gNCkgKiA0LCAnPScpKTtcbiAgY29uc3QgYnl0ZXMgPSBuZXcgVWludDhBcnJheShiaW5hcnkubGVuZ3RoKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBiaW5hcnkubGVuZ3RoOyBpKyspIGJ5dGVzW2ldID0gYmluYXJ5LmNoYXJDb2RlQXQoaSk7XG4gIHJldHVybiAhc3RyaWN0IHx8IGVuY29kZShieXRlcywgZW5jb2RpbmcpID09PSB0ZXh0ID8gYnl0ZXMgOiB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbmNvZGUoYnl0ZXM6IFVpbnQ4QXJyYXksIGVuY29kaW5nOiBTaWduYXR1cmVFbmNvZGluZyk6IHN0cmluZyB7XG4gIGlmIChlbmNvZGluZyA9PT0gJ2hleCcpIHtcbiAgICBsZXQgaGV4ID0gJyc7XG4gICAgZm9yIChjb25zdCBieXRlIG9mIGJ5dGVzKSBoZXggKz0gYnl0ZS50b1N0cmluZygxNikucGFkU3RhcnQoMiwgJzAnKTtcbiAgICByZXR1cm4gaGV4O1xuICB9XG4gIGxldCBiaW5hcnkgPSAnJztcbiAgZm9yIChjb25zdCBieXRlIG9mIGJ5dGVzKSBiaW5hcnkgKz0gU3RyaW5nLmZyb21DaGFyQ29kZShieXRlKTtcbiAgY29uc3QgYmFzZTY0ID0gYnRvYShiaW5hcnkpO1xuICByZXR1cm4gZW5jb2RpbmcgPT09ICdiYXNlNjQnID8gYmFzZTY0IDogYmFzZTY0LnJlcGxhY2UoL1xcKy9nLCAnLScpLnJlcGxhY2UoL1xcLy9nLCAnXycpLnJlcGxhY2UoLz0rJC8sICcnKTtcbn1cbiIsICJpbXBvcnQgeyBCb2R5Q29sbGVjdG9yLCBib2R5VG9vTGFyZ2UgfSBmcm9tICcuL2JvZHkuanMnO1xuaW1wb3J0IHsgcmVmdXNlLCB0eXBlIFJlZnVzYWwgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyB1dGY4IH0gZnJvbSAnLi9lbmNvZGluZy5qcyc7XG5cbnR5cGUgSGVhZGVyUmVjb3JkID0gUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10gfCB1bmRlZmluZWQ+PjtcblxuLy8gUmVjb2duaXplZCBieSBzaGFwZSwgbm90IGBpbnN0YW5jZW9mYDogYSBSZXF1ZXN0IG9yIEhlYWRlcnMgZnJvbSBhbm90aGVyIGNvcHkgb2Zcbi8vIHVuZGljaSwgYSBwb2x5ZmlsbCBvciBhIGZyYW1ld29yayBzdWJjbGFzcyBtdXN0IG5vdCBwYXNzIGZvciBhIHBsYWluIG9iamVjdC5cbmNvbnN0IGlzSGVhZGVycyA9ICh2YWx1ZTogSGVhZGVyc0lucHV0KTogdmFsdWUgaXMgSGVhZGVycyA9PiB0eXBlb2YgKHZhbHVlIGFzIEhlYWRlcnMpLmdldCA9PT0gJ2Z1bmN0aW9uJztcbmNvbnN0IGlzUmVxdWVzdCA9ICh2YWx1ZTogUGxhaW5SZXF1ZXN0IHwgUmVxdWVzdCk6IHZhbHVlIGlzIFJlcXVlc3QgPT5cbiAgdHlwZW9mICh2YWx1ZSBhcyBSZXF1ZXN0KS5jbG9uZSA9PT0gJ2Z1bmN0aW9uJyAmJiB0eXBlb2YgKHZhbHVlIGFzIFJlcXVlc3QpLmJvZHlVc2VkID09PSAnYm9vbGVhbic7XG5cbi8qKiBIZWFkZXIgaW5wdXQgYXMgdXNlcnMgYW5kIHBsYXRmb3JtcyBoYXZlIGl0OiBhIFdIQVRXRyBgSGVhZGVyc2Agb3IgYSBwbGFpbiBvYmplY3QgKE5vZGUncyBgcmVxLmhlYWRlcnNgKS4gKi9cbmV4cG9ydCB0eXBlIEhlYWRlcnNJbnB1dCA9IEhlYWRlcnMgfCBIZWFkZXJSZWNvcmQ7XG5cbi8qKiBBIHJlcXVlc3QgaW4gcGxhaW4gZm9ybSwgYXMgYWRhcHRlcnMgYnVpbGQgaXQgZnJvbSBhIHBsYXRmb3JtJ3Mgc2hhcGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYWluUmVxdWVzdCB7XG4gIG1ldGhvZDogc3RyaW5nO1xuICAvKiogVGhlIGFic29sdXRlIFVSTCB0aGUgc2VuZGVyIHNpZ25lZDogc2NoZW1lLCBob3N0LCBwYXRoIGFuZCBxdWVyeSBleGFjdGx5IGFzIHNlbnQuICovXG4gIHVybDogc3RyaW5nO1xuICBoZWFkZXJzOiBIZWFkZXJzSW5wdXQ7XG4gIGJvZHk/OiBVaW50OEFycmF5IHwgQXJyYXlCdWZmZXIgfCBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkO1xufVxuXG5leHBvcnQgdHlwZSBSZXF1ZXN0SW5wdXQgPSBSZXF1ZXN0IHwgUGxhaW5SZXF1ZXN0IHwgVmVyaWZpYWJsZVJlcXVlc3Q7XG5cbi8qKiA2IE1pQjogQVdTIExhbWJkYSdzIHN5bmNocm9ub3VzIHBheWxvYWQgbGltaXQsIHRoZSBsYXJnZXN0IG9mIHRoZSBwbGF0Zm9ybXMgaG9va2d1YXJkIHNlcnZlcy4gKi9cbmV4cG9ydCBjb25zdCBERUZBVUxUX01BWF9CT0RZX0JZVEVTID0gNiAqIDEwMjQgKiAxMDI0O1xuXG4vKipcbiAqIENhc2UtaW5zZW5zaXRpdmUgaGVhZGVyIGFjY2VzcyB0aGF0IGtlZXBzIHJlcGVhdGVkIGhlYWRlcnMgYXBhcnQuIEJ1aWx0IGxhemlseTpcbiAqIGEgdmVyaWZpZXIgcmVhZHMgb25lIG9yIHR3byBoZWFkZXJzLCBhbmQgY29weWluZyB0d2VudHkgY29zdHMgbW9yZSB0aGFuIGFuIEhNQUMuXG4gKi9cbmV4cG9ydCBjbGFzcyBSZXF1ZXN0SGVhZGVycyB7XG4gIHJlYWRvbmx5ICNpbnB1dDogSGVhZGVyc0lucHV0O1xuICAjbG93ZXJDYXNlZDogTWFwPHN0cmluZywgc3RyaW5nW10+IHwgSGVhZGVyUmVjb3JkIHwgdW5kZWZpbmVkO1xuXG4gIGNvbnN0cnVjdG9yKGlucHV0OiBIZWFkZXJzSW5wdXQpIHtcbiAgICB0aGlzLiNpbnB1dCA9IGlucHV0O1xuICB9XG5cbiAgLyoqIEV2ZXJ5IHZhbHVlIG9mIGEgaGVhZGVyLCBpbiBvcmRlcjsgZW1wdHkgd2hlbiBhYnNlbnQuICovXG4gIGFsbChuYW1lOiBzdHJpbmcpOiByZWFkb25seSBzdHJpbmdbXSB7XG4gICAgY29uc3Qga2V5ID0gbmFtZS50b0xvd2VyQ2FzZSgpO1xuICAgIGNvbnN0IGlucHV0ID0gdGhpcy4jaW5wdXQ7XG4gICAgaWYgKGlzSGVhZGVycyhpbnB1dCkpIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gaW5wdXQuZ2V0KGtleSk7XG4gICAgICByZXR1cm4gdmFsdWUgPT09IG51bGwgPyBbXSA6IFt2YWx1ZV07XG4gICAgfVxuICAgIGNvbnN0IHJlY29yZCA9ICh0aGlzLiNsb3dlckNhc2VkID8/PSBsb3dlckNhc2VLZXlzKGlucHV0KSk7XG4gICAgY29uc3QgdmFsdWUgPSByZWNvcmQgaW5zdGFuY2VvZiBNYXAgPyByZWNvcmQuZ2V0KGtleSkgOiByZWNvcmRba2V5XTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgcmV0dXJuIFtdO1xuICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnID8gW3ZhbHVlXSA6IHZhbHVlO1xuICB9XG5cbiAgLyoqIFRoZSBoZWFkZXIncyB2YWx1ZSwgam9pbmVkIHdpdGggXCIsIFwiIHdoZW4gcmVwZWF0ZWQgKGFzIEhUVFAgYWxsb3dzKSwgb3IgdW5kZWZpbmVkLiAqL1xuICBnZXQobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCB2YWx1ZXMgPSB0aGlzLmFsbChuYW1lKTtcbiAgICByZXR1cm4gdmFsdWVzLmxlbmd0aCA9PT0gMCA/IHVuZGVmaW5lZCA6IHZhbHVlcy5qb2luKCcsICcpO1xuICB9XG59XG5cbi8qKiBUaGUgcmVjb3JkIGl0c2VsZiB3aGVuIGl0cyBuYW1lcyBhcmUgYWxyZWFkeSBsb3dlciBjYXNlIChhcyBOb2RlIGdpdmVzIHRoZW0pLCBlbHNlIGEgbWVyZ2VkIGNvcHkuICovXG5mdW5jdGlvbiBsb3dlckNhc2VLZXlzKHJlY29yZDogSGVhZGVyUmVjb3JkKTogSGVhZGVyUmVjb3JkIHwgTWFwPHN0cmluZywgc3RyaW5nW10+IHtcbiAgY29uc3QgbmFtZXMgPSBPYmplY3Qua2V5cyhyZWNvcmQpO1xuICBpZiAoIW5hbWVzLnNvbWUoKG5hbWUpID0+IC9bQS1aXS8udGVzdChuYW1lKSkpIHJldHVybiByZWNvcmQ7XG4gIGNvbnN0IG1lcmdlZCA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmdbXT4oKTtcbiAgZm9yIChjb25zdCBuYW1lIG9mIG5hbWVzKSB7XG4gICAgY29uc3QgdmFsdWUgPSByZWNvcmRbbmFtZV07XG4gICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIGNvbnRpbnVlO1xuICAgIGNvbnN0IGxpc3QgPSBtZXJnZWQuZ2V0KG5hbWUudG9Mb3dlckNhc2UoKSkgPz8gW107XG4gICAgbGlzdC5wdXNoKC4uLih0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnID8gW3ZhbHVlXSA6IHZhbHVlKSk7XG4gICAgbWVyZ2VkLnNldChuYW1lLnRvTG93ZXJDYXNlKCksIGxpc3QpO1xuICB9XG4gIHJldHVybiBtZXJnZWQ7XG59XG5cbi8qKiBUaGUgb25lIHNoYXBlIGV2ZXJ5IHZlcmlmaWVyIHJlYWRzOiBtZXRob2QsIGFic29sdXRlIFVSTCwgaGVhZGVycywgcmF3IGJvZHkgYnl0ZXMuICovXG5leHBvcnQgY2xhc3MgVmVyaWZpYWJsZVJlcXVlc3Qge1xuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBtZXRob2Q6IHN0cmluZyxcbiAgICByZWFkb25seSB1cmw6IHN0cmluZyxcbiAgICByZWFkb25seSBoZWFkZXJzOiBSZXF1ZXN0SGVhZGVycyxcbiAgICByZWFkb25seSBib2R5OiBVaW50OEFycmF5LFxuICApIHt9XG59XG5cbi8qKlxuICogVHVybnMgYW55IGFjY2VwdGVkIGlucHV0IGludG8gYSBgVmVyaWZpYWJsZVJlcXVlc3RgLCByZWFkaW5nIGF0IG1vc3RcbiAqIGBtYXhCb2R5Qnl0ZXNgLiBBIFdIQVRXRyBgUmVxdWVzdGAgaXMgcmVhZCB0aHJvdWdoIGEgY2xvbmUsIHNvIGl0IHN0YXlzIHJlYWRhYmxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbm9ybWFsaXplUmVxdWVzdChcbiAgaW5wdXQ6IFJlcXVlc3RJbnB1dCxcbiAgbWF4Qm9keUJ5dGVzID0gREVGQVVMVF9NQVhfQk9EWV9CWVRFUyxcbik6IFZlcmlmaWFibGVSZXF1ZXN0IHwgUmVmdXNhbCB8IFByb21pc2U8VmVyaWZpYWJsZVJlcXVlc3QgfCBSZWZ1c2FsPiB7XG4gIGlmIChpbnB1dCBpbnN0YW5jZW9mIFZlcmlmaWFibGVSZXF1ZXN0KSByZXR1cm4gaW5wdXQ7XG4gIGlmIChpc1JlcXVlc3QoaW5wdXQpKSByZXR1cm4gcmVhZFJlcXVlc3RCb2R5KGlucHV0LCBtYXhCb2R5Qnl0ZXMpLnRoZW4oKGJvZHkpID0+IGJ1aWxkKGlucHV0LCBib2R5LCBtYXhCb2R5Qnl0ZXMpKTtcbiAgLy8gUGxhaW4gaW5wdXQgaXMgbm9ybWFsaXplZCBzeW5jaHJvbm91c2x5OiBubyBwcm9taXNlIG9uIHRoZSBwYXRoIGFkYXB0ZXJzIHRha2UuXG4gIHJldHVybiBidWlsZChpbnB1dCwgdG9CeXRlcyhpbnB1dC5ib2R5KSwgbWF4Qm9keUJ5dGVzKTtcbn1cblxuZnVuY3Rpb24gYnVpbGQoaW5wdXQ6IFJlcXVlc3QgfCBQbGFpblJlcXVlc3QsIGJvZHk6IFVpbnQ4QXJyYXkgfCBSZWZ1c2FsLCBtYXhCb2R5Qnl0ZXM6IG51bWJlcik6IFZlcmlmaWFibGVSZXF1ZXN0IHwgUmVmdXNhbCB7XG4gIGlmICghKGJvZHkgaW5zdGFuY2VvZiBVaW50OEFycmF5KSkgcmV0dXJuIGJvZHk7XG4gIGlmIChib2R5Lmxlbmd0aCA+IG1heEJvZHlCeXRlcykgcmV0dXJuIHRvb0xhcmdlKG1heEJvZHlCeXRlcyk7XG4gIHJldHVybiBuZXcgVmVyaWZpYWJsZVJlcXVlc3QoaW5wdXQubWV0aG9kLnRvVXBwZXJDYXNlKCksIGlucHV0LnVybCwgbmV3IFJlcXVlc3RIZWFkZXJzKGlucHV0LmhlYWRlcnMpLCBib2R5KTtcbn1cblxuZnVuY3Rpb24gdG9CeXRlcyhib2R5OiBQbGFpblJlcXVlc3RbJ2JvZHknXSk6IFVpbnQ4QXJyYXkge1xuICBpZiAoYm9keSA9PT0gdW5kZWZpbmVkIHx8IGJvZHkgPT09IG51bGwpIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgaWYgKHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJykgcmV0dXJuIHV0ZjgoYm9keSk7XG4gIHJldHVybiBib2R5IGluc3RhbmNlb2YgVWludDhBcnJheSA/IGJvZHkgOiBuZXcgVWludDhBcnJheShib2R5KTtcbn1cblxuY29uc3QgdG9vTGFyZ2UgPSAobGltaXQ6IG51bWJlcik6IFJlZnVzYWwgPT4gKHsgb2s6IGZhbHNlLCBlcnJvcjogYm9keVRvb0xhcmdlKGxpbWl0KSB9KTtcblxuYXN5bmMgZnVuY3Rpb24gcmVhZFJlcXVlc3RCb2R5KHJlcXVlc3Q6IFJlcXVlc3QsIGxpbWl0OiBudW1iZXIpOiBQcm9taXNlPFVpbnQ4QXJyYXkgfCBSZWZ1c2FsPiB7XG4gIGlmIChyZXF1ZXN0LmJvZHlVc2VkKSB7XG4gICAgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsICdyZXF1ZXN0JywgJ3RoZSBib2R5IHdhcyBhbHJlYWR5IHJlYWQgYmVmb3JlIHZlcmlmaWNhdGlvbjsgdmVyaWZ5IGZpcnN0Jyk7XG4gIH1cbiAgaWYgKE51bWJlcihyZXF1ZXN0LmhlYWRlcnMuZ2V0KCdjb250ZW50LWxlbmd0aCcpKSA+IGxpbWl0KSByZXR1cm4gdG9vTGFyZ2UobGltaXQpO1xuICBjb25zdCBzdHJlYW0gPSByZXF1ZXN0LmNsb25lKCkuYm9keTtcbiAgaWYgKCFzdHJlYW0pIHJldHVybiBuZXcgVWludDhBcnJheSgwKTtcbiAgY29uc3QgYm9keSA9IG5ldyBCb2R5Q29sbGVjdG9yKGxpbWl0KTtcbiAgY29uc3QgcmVhZGVyID0gc3RyZWFtLmdldFJlYWRlcigpO1xuICBmb3IgKGxldCBuZXh0ID0gYXdhaXQgcmVhZGVyLnJlYWQoKTsgIW5leHQuZG9uZTsgbmV4dCA9IGF3YWl0IHJlYWRlci5yZWFkKCkpIHtcbiAgICBpZiAoIWJvZHkuYWRkKG5leHQudmFsdWUpKSB7XG4gICAgICAvLyBOb3QgYXdhaXRlZDogY2FuY2VsbGluZyBvbmUgYnJhbmNoIG9mIGEgY2xvbmVkIGJvZHkgc2V0dGxlcyBvbmx5IG9uY2UgdGhlIG90aGVyIGlzIGNhbmNlbGxlZCB0b28uXG4gICAgICByZWFkZXIuY2FuY2VsKCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICAgIGJyZWFrO1xuICAgIH1cbiAgfVxuICBjb25zdCBieXRlcyA9IGJvZHkucmVzdWx0KCk7XG4gIHJldHVybiBieXRlcyBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkgPyBieXRlcyA6IHsgb2s6IGZhbHNlLCBlcnJvcjogYnl0ZXMgfTtcbn1cbiIsICJpbXBvcnQgeyBpc1JlZnVzYWwgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5pbXBvcnQgeyBjbGFpbURlbGl2ZXJ5LCB0eXBlIFJlcGxheU9wdGlvbnMgfSBmcm9tICcuL3JlcGxheS5qcyc7XG5pbXBvcnQgeyBERUZBVUxUX01BWF9CT0RZX0JZVEVTLCBub3JtYWxpemVSZXF1ZXN0LCB0eXBlIFJlcXVlc3RJbnB1dCB9IGZyb20gJy4vcmVxdWVzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWVyLCBWZXJpZnlSZXN1bHQgfSBmcm9tICcuL3ZlcmlmaWVyLmpzJztcblxuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlPcHRpb25zIHtcbiAgLyoqIFRoZSBjbG9jaywgaW4gdW5peCBzZWNvbmRzLCBmb3IgZXZlcnkgdGltZXN0YW1wIGNoZWNrLiBEZWZhdWx0OiB0aGUgc3lzdGVtIGNsb2NrLiAqL1xuICBub3c/OiBudW1iZXI7XG4gIC8qKiBCb2RpZXMgbGFyZ2VyIHRoYW4gdGhpcyBhcmUgcmVmdXNlZCB3aXRoIGBib2R5X3Rvb19sYXJnZWAgKDQxMykuIERlZmF1bHQ6IDYgTWlCLiAqL1xuICBtYXhCb2R5Qnl0ZXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBSZWZ1c2UgYSBkZWxpdmVyeSB0aGF0IHdhcyBhbHJlYWR5IGFjY2VwdGVkIChgcmVwbGF5ZWRgLCA0MDkpLiBgdHJ1ZWAgdXNlcyBhblxuICAgKiBpbi1tZW1vcnkgc3RvcmU7IHBhc3MgYHsgc3RvcmUgfWAgdG8gc2hhcmUgb25lIGJldHdlZW4gaW5zdGFuY2VzLiBEZWZhdWx0OiBvZmYuXG4gICAqL1xuICByZXBsYXk/OiBib29sZWFuIHwgUmVwbGF5T3B0aW9ucztcbn1cblxuLyoqXG4gKiBDaGVja3Mgb25lIHJlcXVlc3QgYWdhaW5zdCBhIHZlcmlmaWVyLiBOZXZlciB0aHJvd3MgZm9yIGEgYmFkIHJlcXVlc3Q6IHRoZVxuICogcmVzdWx0IHNheXMgYG9rOiB0cnVlYCB3aXRoIHRoZSBzY2hlbWUsIG9yIGBvazogZmFsc2VgIHdpdGggYSBgVmVyaWZpY2F0aW9uRXJyb3JgXG4gKiB3aG9zZSBgY29kZWAgaXMgc3RhYmxlIGFuZCB3aG9zZSBgc3RhdHVzYCBpcyB0aGUgSFRUUCBzdGF0dXMgdG8gYW5zd2VyIHdpdGguXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB2ZXJpZnlSZXF1ZXN0KFxuICBpbnB1dDogUmVxdWVzdElucHV0LFxuICB2ZXJpZmllcjogVmVyaWZpZXIsXG4gIG9wdGlvbnM6IFZlcmlmeU9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8VmVyaWZ5UmVzdWx0PiB7XG4gIGNvbnN0IG5vcm1hbGl6ZWQgPSBub3JtYWxpemVSZXF1ZXN0KGlucHV0LCBvcHRpb25zLm1heEJvZHlCeXRlcyA/PyBERUZBVUxUX01BWF9CT0RZX0JZVEVTKTtcbiAgY29uc3QgcmVxdWVzdCA9IG5vcm1hbGl6ZWQgaW5zdGFuY2VvZiBQcm9taXNlID8gYXdhaXQgbm9ybWFsaXplZCA6IG5vcm1hbGl6ZWQ7XG4gIGlmIChpc1JlZnVzYWwocmVxdWVzdCkpIHJldHVybiByZXF1ZXN0O1xuICBjb25zdCBub3cgPSBvcHRpb25zLm5vdyA/PyBNYXRoLmZsb29yKERhdGUubm93KCkgLyAxMDAwKTtcbiAgY29uc3QgcmVwbGF5ID0gb3B0aW9ucy5yZXBsYXkgPT09IHRydWUgPyB7fSA6IG9wdGlvbnMucmVwbGF5IHx8IHVuZGVmaW5lZDtcbiAgY29uc3QgcmVzdWx0ID0gYXdhaXQgdmVyaWZpZXIudmVyaWZ5KHJlcXVlc3QsIHsgbm93LCByZXBsYXk6IHJlcGxheSAhPT0gdW5kZWZpbmVkIH0pO1xuICByZXR1cm4gcmVzdWx0Lm9rICYmIHJlcGxheSA/IGNsYWltRGVsaXZlcnkocmVzdWx0LCByZXBsYXksIG5vdykgOiByZXN1bHQ7XG59XG4iLCAiaW1wb3J0IHR5cGUgeyBNZXNzYWdlIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBPbmUgYnVmZmVyIGZvciBBUElzIHRoYXQgdGFrZSBubyBwYXJ0czsgdGhlIGNvbW1vbiBzaW5nbGUtcGFydCBjYXNlIGlzIG5vdCBjb3BpZWQuICovXG5leHBvcnQgZnVuY3Rpb24gam9pblBhcnRzKG1lc3NhZ2U6IE1lc3NhZ2UpOiBVaW50OEFycmF5PEFycmF5QnVmZmVyPiB7XG4gIGlmIChtZXNzYWdlIGluc3RhbmNlb2YgVWludDhBcnJheSkgcmV0dXJuIG1lc3NhZ2UgYXMgVWludDhBcnJheTxBcnJheUJ1ZmZlcj47XG4gIGNvbnN0IHBhcnRzID0gKHR5cGVvZiBtZXNzYWdlID09PSAnc3RyaW5nJyA/IFttZXNzYWdlXSA6IG1lc3NhZ2UpLm1hcCgocGFydCkgPT5cbiAgICB0eXBlb2YgcGFydCA9PT0gJ3N0cmluZycgPyBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUocGFydCkgOiBwYXJ0LFxuICApO1xuICBpZiAocGFydHMubGVuZ3RoID09PSAxKSByZXR1cm4gcGFydHNbMF0gYXMgVWludDhBcnJheTxBcnJheUJ1ZmZlcj47XG4gIGNvbnN0IGpvaW5lZCA9IG5ldyBVaW50OEFycmF5KHBhcnRzLnJlZHVjZSgodG90YWwsIHBhcnQpID0+IHRvdGFsICsgcGFydC5sZW5ndGgsIDApKTtcbiAgbGV0IG9mZnNldCA9IDA7XG4gIGZvciAoY29uc3QgcGFydCBvZiBwYXJ0cykge1xuICAgIGpvaW5lZC5zZXQocGFydCwgb2Zmc2V0KTtcbiAgICBvZmZzZXQgKz0gcGFydC5sZW5ndGg7XG4gIH1cbiAgcmV0dXJuIGpvaW5lZDtcbn1cbiIsICJpbXBvcnQgdHlwZSB7IFNpZ25hdHVyZUVuY29kaW5nIH0gZnJvbSAnLi4vZW5jb2RpbmcuanMnO1xuaW1wb3J0IHsgam9pblBhcnRzIH0gZnJvbSAnLi9tZXNzYWdlLmpzJztcbmltcG9ydCB0eXBlIHsgQ3J5cHRvQmFja2VuZCwgSGFzaEFsZ29yaXRobSwgSG1hY0tleSwgTWVzc2FnZSB9IGZyb20gJy4vdHlwZXMuanMnO1xuXG4vKiogVGhlIHNsaWNlIG9mIGBub2RlOmNyeXB0b2AgY29yZSB1c2VzLCB0eXBlZCBoZXJlIHNvIGNvcmUgbmVlZHMgbm8gQHR5cGVzL25vZGUuICovXG5pbnRlcmZhY2UgTm9kZUNyeXB0byB7XG4gIGNyZWF0ZUhtYWMoYWxnb3JpdGhtOiBzdHJpbmcsIGtleTogSG1hY0tleSk6IE5vZGVIYXNoO1xuICBjcmVhdGVIYXNoKGFsZ29yaXRobTogc3RyaW5nKTogTm9kZUhhc2g7XG4gIGNyZWF0ZVB1YmxpY0tleShvcHRpb25zOiB7IGtleTogVWludDhBcnJheTsgZm9ybWF0OiAnZGVyJzsgdHlwZTogJ3Nwa2knIH0pOiBvYmplY3Q7XG4gIHZlcmlmeShhbGdvcml0aG06IG51bGwsIGRhdGE6IFVpbnQ4QXJyYXksIGtleTogb2JqZWN0LCBzaWduYXR1cmU6IFVpbnQ4QXJyYXkpOiBib29sZWFuO1xufVxuaW50ZXJmYWNlIE5vZGVIYXNoIHtcbiAgdXBkYXRlKGRhdGE6IFVpbnQ4QXJyYXkgfCBzdHJpbmcpOiBOb2RlSGFzaDtcbiAgZGlnZXN0KGVuY29kaW5nOiBTaWduYXR1cmVFbmNvZGluZyk6IHN0cmluZztcbn1cblxudHlwZSBOb2RlUHJvY2VzcyA9IHsgZ2V0QnVpbHRpbk1vZHVsZT86IChpZDogc3RyaW5nKSA9PiB1bmtub3duIH07XG5cbi8qKlxuICogUmVhY2hlZCB0aHJvdWdoIGBwcm9jZXNzLmdldEJ1aWx0aW5Nb2R1bGVgLCBuZXZlciBhIHN0YXRpYyBpbXBvcnQsIHNvIGJ1bmRsZXJzXG4gKiBmb3IgRWRnZSBydW50aW1lcyBzZWUgbm8gYG5vZGU6Y3J5cHRvYCBkZXBlbmRlbmN5IGFuZCB0aGUgaW1wb3J0IGNhbm5vdCBmYWlsXG4gKiB0aGVyZS4gTmV4dC5qcycgRWRnZSBydW50aW1lIHRocm93cyBvbiBhbnkgYWNjZXNzIHRvIE5vZGUgQVBJcyBvZiBpdHMgYHByb2Nlc3NgXG4gKiBzdGFuZC1pbiwgaGVuY2UgdGhlIHRyeS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWROb2RlQ3J5cHRvKCk6IE5vZGVDcnlwdG8gfCB1bmRlZmluZWQge1xuICB0cnkge1xuICAgIGNvbnN0IHByb2Nlc3MgPSAoZ2xvYmFsVGhpcyBhcyB7IHByb2Nlc3M/OiBOb2RlUHJvY2VzcyB9KS5wcm9jZXNzO1xuICAgIHJldHVybiBwcm9jZXNzPy5nZXRCdWlsdGluTW9kdWxlPy4oJ25vZGU6Y3J5cHRvJykgYXMgTm9kZUNyeXB0byB8IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG5mdW5jdGlvbiBmZWVkKGhhc2g6IE5vZGVIYXNoLCBtZXNzYWdlOiBNZXNzYWdlLCBlbmNvZGluZzogU2lnbmF0dXJlRW5jb2RpbmcpOiBzdHJpbmcge1xuICBpZiAodHlwZW9mIG1lc3NhZ2UgPT09ICdzdHJpbmcnIHx8IG1lc3NhZ2UgaW5zdGFuY2VvZiBVaW50OEFycmF5KSByZXR1cm4gaGFzaC51cGRhdGUobWVzc2FnZSkuZGlnZXN0KGVuY29kaW5nKTtcbiAgZm9yIChjb25zdCBwYXJ0IG9mIG1lc3NhZ2UpIGhhc2gudXBkYXRlKHBhcnQpO1xuICByZXR1cm4gaGFzaC5kaWdlc3QoZW5jb2RpbmcpO1xufVxuXG4vLyBUaGUgREVSIHByZWZpeCB0aGF0IHR1cm5zIGEgcmF3IEVkMjU1MTkgcHVibGljIGtleSBpbnRvIGFuIFNQS0kgZG9jdW1lbnQgKFJGQyA4NDEwKS5cbmNvbnN0IEVEMjU1MTlfU1BLSV9QUkVGSVggPSBbMHgzMCwgMHgyYSwgMHgzMCwgMHgwNSwgMHgwNiwgMHgwMywgMHgyYiwgMHg2NSwgMHg3MCwgMHgwMywgMHgyMSwgMHgwMF07XG5cbmV4cG9ydCBmdW5jdGlvbiBub2RlQmFja2VuZChjcnlwdG86IE5vZGVDcnlwdG8pOiBDcnlwdG9CYWNrZW5kIHtcbiAgY29uc3QgcHVibGljS2V5cyA9IG5ldyBXZWFrTWFwPFVpbnQ4QXJyYXksIG9iamVjdD4oKTtcbiAgY29uc3QgcHVibGljS2V5ID0gKHJhdzogVWludDhBcnJheSkgPT4ge1xuICAgIGxldCBrZXkgPSBwdWJsaWNLZXlzLmdldChyYXcpO1xuICAgIGlmICgha2V5KSB7XG4gICAgICBrZXkgPSBjcnlwdG8uY3JlYXRlUHVibGljS2V5KHsga2V5OiBuZXcgVWludDhBcnJheShbLi4uRUQyNTUxOV9TUEtJX1BSRUZJWCwgLi4ucmF3XSksIGZvcm1hdDogJ2RlcicsIHR5cGU6ICdzcGtpJyB9KTtcbiAgICAgIHB1YmxpY0tleXMuc2V0KHJhdywga2V5KTtcbiAgICB9XG4gICAgcmV0dXJuIGtleTtcbiAgfTtcbiAgcmV0dXJuIHtcbiAgICBuYW1lOiAnbm9kZScsXG4gICAgaG1hYzogKGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSwga2V5LCBtZXNzYWdlLCBlbmNvZGluZykgPT4gZmVlZChjcnlwdG8uY3JlYXRlSG1hYyhhbGdvcml0aG0sIGtleSksIG1lc3NhZ2UsIGVuY29kaW5nKSxcbiAgICBkaWdlc3Q6IChhbGdvcml0aG06IEhhc2hBbGdvcml0aG0sIG1lc3NhZ2UsIGVuY29kaW5nKSA9PiBmZWVkKGNyeXB0by5jcmVhdGVIYXNoKGFsZ29yaXRobSksIG1lc3NhZ2UsIGVuY29kaW5nKSxcbiAgICB2ZXJpZnlFZDI1NTE5OiAocmF3LCBtZXNzYWdlLCBzaWduYXR1cmUpID0+IGNyeXB0by52ZXJpZnkobnVsbCwgam9pblBhcnRzKG1lc3NhZ2UpLCBwdWJsaWNLZXkocmF3KSwgc2lnbmF0dXJlKSxcbiAgfTtcbn1cbiIsICJpbXBvcnQgeyBlbmNvZGUgfSBmcm9tICcuLi9lbmNvZGluZy5qcyc7XG5pbXBvcnQgeyBqb2luUGFydHMgfSBmcm9tICcuL21lc3NhZ2UuanMnO1xuaW1wb3J0IHR5cGUgeyBDcnlwdG9CYWNrZW5kLCBIYXNoQWxnb3JpdGhtLCBIbWFjS2V5IH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbmNvbnN0IFdFQl9OQU1FUzogUmVjb3JkPEhhc2hBbGdvcml0aG0sIHN0cmluZz4gPSB7IHNoYTE6ICdTSEEtMScsIHNoYTI1NjogJ1NIQS0yNTYnLCBzaGE1MTI6ICdTSEEtNTEyJyB9O1xuXG5pbnRlcmZhY2UgS2V5Q2FjaGU8Sz4ge1xuICBnZXQoa2V5OiBLKTogUHJvbWlzZTxDcnlwdG9LZXk+IHwgdW5kZWZpbmVkO1xuICBzZXQoa2V5OiBLLCB2YWx1ZTogUHJvbWlzZTxDcnlwdG9LZXk+KTogdW5rbm93bjtcbn1cblxuLy8gSW1wb3J0aW5nIGEga2V5IGNvc3RzIGFib3V0IHRocmVlIEhNQUNzIG9mIDEgS2lCLCBzbyBpbXBvcnRlZCBrZXlzIGFyZSBrZXB0OlxuLy8gdGV4dCBrZXlzIGJ5IHZhbHVlLCBieXRlIGtleXMgYnkgaWRlbnRpdHkgKGNhbGxlcnMgZGVyaXZlIHRoZW0gb25jZSBhbmQgcmV1c2UgdGhlbSkuXG5jb25zdCBobWFjS2V5cyA9IG5ldyBNYXA8SGFzaEFsZ29yaXRobSwgeyB0ZXh0OiBLZXlDYWNoZTxzdHJpbmc+OyBieXRlczogS2V5Q2FjaGU8VWludDhBcnJheT4gfT4oKTtcbmNvbnN0IGVkMjU1MTlLZXlzOiBLZXlDYWNoZTxVaW50OEFycmF5PiA9IG5ldyBXZWFrTWFwKCk7XG5cbmZ1bmN0aW9uIGNhY2hlZDxLPihjYWNoZTogS2V5Q2FjaGU8Sz4sIGtleTogSywgbG9hZDogKCkgPT4gUHJvbWlzZTxDcnlwdG9LZXk+KTogUHJvbWlzZTxDcnlwdG9LZXk+IHtcbiAgbGV0IHZhbHVlID0gY2FjaGUuZ2V0KGtleSk7XG4gIGlmICghdmFsdWUpIGNhY2hlLnNldChrZXksICh2YWx1ZSA9IGxvYWQoKSkpO1xuICByZXR1cm4gdmFsdWU7XG59XG5cbmZ1bmN0aW9uIGhtYWNLZXkoYWxnb3JpdGhtOiBIYXNoQWxnb3JpdGhtLCBrZXk6IEhtYWNLZXkpOiBQcm9taXNlPENyeXB0b0tleT4ge1xuICBsZXQgY2FjaGVzID0gaG1hY0tleXMuZ2V0KGFsZ29yaXRobSk7XG4gIGlmICghY2FjaGVzKSBobWFjS2V5cy5zZXQoYWxnb3JpdGhtLCAoY2FjaGVzID0geyB0ZXh0OiBuZXcgTWFwKCksIGJ5dGVzOiBuZXcgV2Vha01hcCgpIH0pKTtcbiAgY29uc3QgbG9hZCA9ICgpID0+IGNyeXB0by5zdWJ0bGUuaW1wb3J0S2V5KCdyYXcnLCBqb2luUGFydHMoa2V5KSwgeyBuYW1lOiAnSE1BQycsIGhhc2g6IFdFQl9OQU1FU1thbGdvcml0aG1dIH0sIGZhbHNlLCBbJ3NpZ24nXSk7XG4gIHJldHVybiB0eXBlb2Yga2V5ID09PSAnc3RyaW5nJyA/IGNhY2hlZChjYWNoZXMudGV4dCwga2V5LCBsb2FkKSA6IGNhY2hlZChjYWNoZXMuYnl0ZXMsIGtleSwgbG9hZCk7XG59XG5cbmV4cG9ydCBjb25zdCB3ZWJCYWNrZW5kOiBDcnlwdG9CYWNrZW5kID0ge1xuICBuYW1lOiAnd2ViY3J5cHRvJyxcbiAgYXN5bmMgaG1hYyhhbGdvcml0aG0sIGtleSwgbWVzc2FnZSwgZW5jb2RpbmcpIHtcbiAgICBjb25zdCBzaWduYXR1cmUgPSBhd2FpdCBjcnlwdG8uc3VidGxlLnNpZ24oJ0hNQUMnLCBhd2FpdCBobWFjS2V5KGFsZ29yaXRobSwga2V5KSwgam9pblBhcnRzKG1lc3NhZ2UpKTtcbiAgICByZXR1cm4gZW5jb2RlKG5ldyBVaW50OEFycmF5KHNpZ25hdHVyZSksIGVuY29kaW5nKTtcbiAgfSxcbiAgYXN5bmMgZGlnZXN0KGFsZ29yaXRobSwgbWVzc2FnZSwgZW5jb2RpbmcpIHtcbiAgICByZXR1cm4gZW5jb2RlKG5ldyBVaW50OEFycmF5KGF3YWl0IGNyeXB0by5zdWJ0bGUuZGlnZXN0KFdFQl9OQU1FU1thbGdvcml0aG1dLCBqb2luUGFydHMobWVzc2FnZSkpKSwgZW5jb2RpbmcpO1xuICB9LFxuICBhc3luYyB2ZXJpZnlFZDI1NTE5KHB1YmxpY0tleSwgbWVzc2FnZSwgc2lnbmF0dXJlKSB7XG4gICAgY29uc3QgbG9hZCA9ICgpID0+IGNyeXB0by5zdWJ0bGUuaW1wb3J0S2V5KCdyYXcnLCBqb2luUGFydHMocHVibGljS2V5KSwgeyBuYW1lOiAnRWQyNTUxOScgfSwgZmFsc2UsIFsndmVyaWZ5J10pO1xuICAgIHJldHVybiBjcnlwdG8uc3VidGxlLnZlcmlmeSgnRWQyNTUxOScsIGF3YWl0IGNhY2hlZChlZDI1NTE5S2V5cywgcHVibGljS2V5LCBsb2FkKSwgam9pblBhcnRzKHNpZ25hdHVyZSksIGpvaW5QYXJ0cyhtZXNzYWdlKSk7XG4gIH0sXG59O1xuIiwgIi8qKlxuICogQ29tcGFyZXMgdHdvIGVuY29kZWQgZGlnZXN0cyBpbiB0aW1lIHRoYXQgZGVwZW5kcyBvbmx5IG9uIHRoZWlyIGxlbmd0aHMuIEFcbiAqIGxlbmd0aCBtaXNtYXRjaCByZXR1cm5zIGZhbHNlIGluc3RlYWQgb2YgdGhyb3dpbmc6IGNhbGxlcnMgY29tcGFyZSBkaWdlc3RzIG9mXG4gKiBhIGZpeGVkLCBwdWJsaWMgbGVuZ3RoLCBzbyBhbnN3ZXJpbmcgZWFybHkgb24gaXQgcmV2ZWFscyBub3RoaW5nLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdGltaW5nU2FmZUVxdWFsKGE6IHN0cmluZywgYjogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGlmIChhLmxlbmd0aCAhPT0gYi5sZW5ndGgpIHJldHVybiBmYWxzZTtcbiAgbGV0IGRpZmZlcmVuY2UgPSAwO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGEubGVuZ3RoOyBpKyspIGRpZmZlcmVuY2UgfD0gYS5jaGFyQ29kZUF0KGkpIF4gYi5jaGFyQ29kZUF0KGkpO1xuICByZXR1cm4gZGlmZmVyZW5jZSA9PT0gMDtcbn1cbiIsICJpbXBvcnQgeyBsb2FkTm9kZUNyeXB0bywgbm9kZUJhY2tlbmQgfSBmcm9tICcuL25vZGUuanMnO1xuaW1wb3J0IHR5cGUgeyBDcnlwdG9CYWNrZW5kIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5pbXBvcnQgeyB3ZWJCYWNrZW5kIH0gZnJvbSAnLi93ZWIuanMnO1xuXG5leHBvcnQgdHlwZSB7IENyeXB0b0JhY2tlbmQsIEhhc2hBbGdvcml0aG0sIEhtYWNLZXksIE1lc3NhZ2UgfSBmcm9tICcuL3R5cGVzLmpzJztcbmV4cG9ydCB7IHRpbWluZ1NhZmVFcXVhbCB9IGZyb20gJy4vdGltaW5nLXNhZmUtZXF1YWwuanMnO1xuXG5jb25zdCBub2RlQ3J5cHRvID0gbG9hZE5vZGVDcnlwdG8oKTtcblxuLyoqIG5vZGU6Y3J5cHRvIHdoZXJlIHRoZSBydW50aW1lIGhhcyBpdCAoNi41eCBjaGVhcGVyIHRoYW4gV2ViQ3J5cHRvIGF0IDEgS2lCKSwgV2ViQ3J5cHRvIGVsc2V3aGVyZS4gKi9cbmV4cG9ydCBjb25zdCBiYWNrZW5kOiBDcnlwdG9CYWNrZW5kID0gbm9kZUNyeXB0byA/IG5vZGVCYWNrZW5kKG5vZGVDcnlwdG8pIDogd2ViQmFja2VuZDtcbiIsICJpbXBvcnQgeyBiYWNrZW5kLCB0aW1pbmdTYWZlRXF1YWwgfSBmcm9tICcuL2NyeXB0by9pbmRleC5qcyc7XG5pbXBvcnQgeyByZWZ1c2UsIHR5cGUgUmVmdXNhbCB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpYWJsZVJlcXVlc3QgfSBmcm9tICcuL3JlcXVlc3QuanMnO1xuXG4vKipcbiAqIFRoZSB2YWx1ZSBvZiBhIGhlYWRlciB0aGF0IG11c3QgYXBwZWFyIG9uY2UuIEFic2VudCBvciBlbXB0eTogdGhlIHNlbmRlciBzZW50XG4gKiBubyBjcmVkZW50aWFscyAoNDAxKS4gUmVwZWF0ZWQ6IGFtYmlndW91cywgc28gcmVmdXNlZCByYXRoZXIgdGhhbiBndWVzc2VkICg0MDMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2luZ2xlSGVhZGVyKHJlcXVlc3Q6IFZlcmlmaWFibGVSZXF1ZXN0LCBuYW1lOiBzdHJpbmcsIHNjaGVtZTogc3RyaW5nKTogc3RyaW5nIHwgUmVmdXNhbCB7XG4gIGNvbnN0IHZhbHVlcyA9IHJlcXVlc3QuaGVhZGVycy5hbGwobmFtZSk7XG4gIGlmICh2YWx1ZXMubGVuZ3RoID4gMSkgcmV0dXJuIHJlZnVzZSgnbWFsZm9ybWVkJywgc2NoZW1lLCBgaGVhZGVyICR7bmFtZX0gYXBwZWFycyBtb3JlIHRoYW4gb25jZWApO1xuICBjb25zdCB2YWx1ZSA9IHZhbHVlc1swXT8udHJpbSgpO1xuICByZXR1cm4gdmFsdWUgPyB2YWx1ZSA6IHJlZnVzZSgnbWlzc2luZ19jcmVkZW50aWFscycsIHNjaGVtZSwgYGhlYWRlciAke25hbWV9IGlzIG1pc3NpbmdgKTtcbn1cblxuY29uc3QgZGlnZXN0Q2FjaGUgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuXG5hc3luYyBmdW5jdGlvbiBzZWNyZXREaWdlc3Qoc2VjcmV0OiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZz4ge1xuICBsZXQgZGlnZXN0ID0gZGlnZXN0Q2FjaGUuZ2V0KHNlY3JldCk7XG4gIGlmICghZGlnZXN0KSB7XG4gICAgZGlnZXN0ID0gYXdhaXQgYmFja2VuZC5kaWdlc3QoJ3NoYTI1NicsIHNlY3JldCwgJ2hleCcpO1xuICAgIGRpZ2VzdENhY2hlLnNldChzZWNyZXQsIGRpZ2VzdCk7XG4gIH1cbiAgcmV0dXJuIGRpZ2VzdDtcbn1cblxuLyoqXG4gKiBXaGV0aGVyIGEgcHJlc2VudGVkIHRva2VuIGVxdWFscyBvbmUgb2YgdGhlIHNlY3JldHMuIEJvdGggc2lkZXMgYXJlIGhhc2hlZFxuICogZmlyc3QsIHNvIHRoZSBjb21wYXJpc29uIHRha2VzIHRoZSBzYW1lIHRpbWUgd2hhdGV2ZXIgdGhlIGxlbmd0aHMsIGFuZCBldmVyeVxuICogc2VjcmV0IGlzIGNvbXBhcmVkIChubyBlYXJseSBleGl0IHRoYXQgd291bGQgdGVsbCB3aGljaCBvbmUgaXMgY3VycmVudCkuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtYXRjaGVzU2VjcmV0KHByZXNlbnRlZDogc3RyaW5nLCBzZWNyZXRzOiByZWFkb25seSBzdHJpbmdbXSk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICBjb25zdCBwcmVzZW50ZWREaWdlc3QgPSBhd2FpdCBiYWNrZW5kLmRpZ2VzdCgnc2hhMjU2JywgcHJlc2VudGVkLCAnaGV4Jyk7XG4gIGxldCBtYXRjaGVkID0gZmFsc2U7XG4gIGZvciAoY29uc3Qgc2VjcmV0IG9mIHNlY3JldHMpIHtcbiAgICBpZiAodGltaW5nU2FmZUVxdWFsKHByZXNlbnRlZERpZ2VzdCwgYXdhaXQgc2VjcmV0RGlnZXN0KHNlY3JldCkpKSBtYXRjaGVkID0gdHJ1ZTtcbiAgfVxuICByZXR1cm4gbWF0Y2hlZDtcbn1cblxuLyoqIFRoZSByZXF1ZXN0IFVSTCBwYXJzZWQsIG9yIGEgY29uZmlndXJhdGlvbiByZWZ1c2FsIHdoZW4gaXQgaXMgbm90IGFic29sdXRlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFic29sdXRlVXJsKHJlcXVlc3Q6IFZlcmlmaWFibGVSZXF1ZXN0LCBzY2hlbWU6IHN0cmluZyk6IFVSTCB8IFJlZnVzYWwge1xuICB0cnkge1xuICAgIHJldHVybiBuZXcgVVJMKHJlcXVlc3QudXJsKTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsIHNjaGVtZSwgJ3RoZSByZXF1ZXN0IFVSTCBpcyBub3QgYWJzb2x1dGU7IHBhc3MgdGhlIHB1YmxpYyBVUkwgdGhlIHNlbmRlciBzaWduZWQnKTtcbiAgfVxufVxuIiwgImltcG9ydCB7IHJlZnVzZSwgdHlwZSBSZWZ1c2FsIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuXG4vKipcbiAqIEEgc2VjcmV0IG9wdGlvbjogb25lIHZhbHVlLCBhIGxpc3QgKGV2ZXJ5IGVudHJ5IGlzIGFjY2VwdGVkLCBmb3Igcm90YXRpb24pLCBvclxuICogYHsgZW52OiAnTkFNRScgfWAgdG8gcmVhZCBhbiBlbnZpcm9ubWVudCB2YXJpYWJsZSB3aGVuIHRoZSB2ZXJpZmllciBpcyBmaXJzdFxuICogdXNlZCBvciBjaGVja2VkLiBNaXNzaW5nIGFuZCBlbXB0eSB2YWx1ZXMgYXJlIGNvbmZpZ3VyYXRpb24gZXJyb3JzLCBuZXZlciBhbiBhY2NlcHQuXG4gKi9cbmV4cG9ydCB0eXBlIFNlY3JldElucHV0ID0gc3RyaW5nIHwgcmVhZG9ubHkgc3RyaW5nW10gfCB7IHJlYWRvbmx5IGVudjogc3RyaW5nIH0gfCB1bmRlZmluZWQ7XG5cbnR5cGUgRW52ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZnVuY3Rpb24gcmVhZEVudihuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBnbG9iYWwgPSBnbG9iYWxUaGlzIGFzIHsgcHJvY2Vzcz86IHsgZW52PzogRW52IH07IERlbm8/OiB7IGVudjogeyBnZXQobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIH0gfSB9O1xuICByZXR1cm4gZ2xvYmFsLnByb2Nlc3M/LmVudj8uW25hbWVdID8/IGdsb2JhbC5EZW5vPy5lbnYuZ2V0KG5hbWUpO1xufVxuXG4vKiogVGhlIHZhbHVlcyBvZiBvbmUgc2VjcmV0IG9wdGlvbiwgb3IgdGhlIG1pc2NvbmZpZ3VyYXRpb24gdGhhdCBuYW1lcyBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlU2VjcmV0KHNjaGVtZTogc3RyaW5nLCBvcHRpb246IHN0cmluZywgaW5wdXQ6IFNlY3JldElucHV0KTogcmVhZG9ubHkgc3RyaW5nW10gfCBSZWZ1c2FsIHtcbiAgaWYgKGlucHV0ID09PSB1bmRlZmluZWQpIHJldHVybiByZWZ1c2UoJ21pc2NvbmZpZ3VyZWQnLCBzY2hlbWUsIGBvcHRpb24gXCIke29wdGlvbn1cIiBpcyBub3Qgc2V0YCk7XG4gIGlmICh0eXBlb2YgaW5wdXQgPT09ICdvYmplY3QnICYmICdlbnYnIGluIGlucHV0KSB7XG4gICAgY29uc3QgdmFsdWUgPSByZWFkRW52KGlucHV0LmVudik7XG4gICAgaWYgKCF2YWx1ZSkgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsIHNjaGVtZSwgYGVudmlyb25tZW50IHZhcmlhYmxlICR7aW5wdXQuZW52fSBpcyBub3Qgc2V0IG9yIGVtcHR5YCk7XG4gICAgcmV0dXJuIFt2YWx1ZV07XG4gIH1cbiAgY29uc3QgdmFsdWVzID0gdHlwZW9mIGlucHV0ID09PSAnc3RyaW5nJyA/IFtpbnB1dF0gOiBbLi4uaW5wdXRdO1xuICBpZiAodmFsdWVzLmxlbmd0aCA9PT0gMCkgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsIHNjaGVtZSwgYG9wdGlvbiBcIiR7b3B0aW9ufVwiIGlzIGFuIGVtcHR5IGxpc3RgKTtcbiAgaWYgKHZhbHVlcy5zb21lKCh2YWx1ZSkgPT4gdHlwZW9mIHZhbHVlICE9PSAnc3RyaW5nJyB8fCB2YWx1ZSA9PT0gJycpKSB7XG4gICAgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsIHNjaGVtZSwgYG9wdGlvbiBcIiR7b3B0aW9ufVwiIGNvbnRhaW5zIGFuIGVtcHR5IHZhbHVlYCk7XG4gIH1cbiAgcmV0dXJuIHZhbHVlcztcbn1cbiIsICJpbXBvcnQgeyBpc1JlZnVzYWwsIHR5cGUgUmVmdXNhbCB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpYWJsZVJlcXVlc3QgfSBmcm9tICcuL3JlcXVlc3QuanMnO1xuaW1wb3J0IHsgcmVzb2x2ZVNlY3JldCwgdHlwZSBTZWNyZXRJbnB1dCB9IGZyb20gJy4vc2VjcmV0cy5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWVyLCBWZXJpZnlDb250ZXh0LCBWZXJpZnlSZXN1bHQgfSBmcm9tICcuL3ZlcmlmaWVyLmpzJztcblxuZXhwb3J0IHR5cGUgUmVzb2x2ZWRTZWNyZXRzPEsgZXh0ZW5kcyBzdHJpbmc+ID0geyByZWFkb25seSBbUCBpbiBLXTogcmVhZG9ubHkgc3RyaW5nW10gfTtcblxuLyoqXG4gKiBCdWlsZHMgYSB2ZXJpZmllciBmcm9tIGEgc2NoZW1lIG5hbWUsIGl0cyBzZWNyZXQgb3B0aW9ucyBhbmQgYSBjaGVjay4gVGhlXG4gKiBzZWNyZXRzIGFyZSByZXNvbHZlZCBvbmNlLCBvbiBmaXJzdCB1c2Ugb3Igb24gYGNoZWNrQ29uZmlndXJhdGlvbigpYDsgdW50aWwgYWxsXG4gKiByZXNvbHZlLCBldmVyeSByZXF1ZXN0IGdldHMgdGhlIGBtaXNjb25maWd1cmVkYCByZWZ1c2FsIG5hbWluZyB0aGUgbWlzc2luZyBvbmUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWZpbmVWZXJpZmllcjxLIGV4dGVuZHMgc3RyaW5nPihcbiAgc2NoZW1lOiBzdHJpbmcsXG4gIGlucHV0czogeyByZWFkb25seSBbUCBpbiBLXTogU2VjcmV0SW5wdXQgfSxcbiAgY2hlY2s6IChyZXF1ZXN0OiBWZXJpZmlhYmxlUmVxdWVzdCwgY29udGV4dDogVmVyaWZ5Q29udGV4dCwgc2VjcmV0czogUmVzb2x2ZWRTZWNyZXRzPEs+KSA9PiBQcm9taXNlPFZlcmlmeVJlc3VsdD4sXG4gIC8qKiBSZWZ1c2VzIHNlY3JldHMgdGhhdCBhcmUgc2V0IGJ1dCB1bnVzYWJsZSAoc2F5LCBub3QgYmFzZTY0KSwgc28gYGNoZWNrQ29uZmlndXJhdGlvbmAgcmVwb3J0cyB0aGVtIHRvby4gKi9cbiAgdmFsaWRhdGU/OiAoc2VjcmV0czogUmVzb2x2ZWRTZWNyZXRzPEs+KSA9PiBSZWZ1c2FsIHwgdW5kZWZpbmVkLFxuKTogVmVyaWZpZXIge1xuICBsZXQgcmVzb2x2ZWQ6IFJlc29sdmVkU2VjcmV0czxLPiB8IHVuZGVmaW5lZDtcbiAgY29uc3QgcmVzb2x2ZSA9ICgpOiBSZXNvbHZlZFNlY3JldHM8Sz4gfCBSZWZ1c2FsID0+IHtcbiAgICBpZiAocmVzb2x2ZWQpIHJldHVybiByZXNvbHZlZDtcbiAgICBjb25zdCB2YWx1ZXMgPSB7fSBhcyBSZWNvcmQ8SywgcmVhZG9ubHkgc3RyaW5nW10+O1xuICAgIGZvciAoY29uc3Qgb3B0aW9uIG9mIE9iamVjdC5rZXlzKGlucHV0cykgYXMgS1tdKSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IHJlc29sdmVTZWNyZXQoc2NoZW1lLCBvcHRpb24sIGlucHV0c1tvcHRpb25dKTtcbiAgICAgIGlmIChpc1JlZnVzYWwodmFsdWUpKSByZXR1cm4gdmFsdWU7XG4gICAgICB2YWx1ZXNbb3B0aW9uXSA9IHZhbHVlO1xuICAgIH1cbiAgICByZXR1cm4gdmFsaWRhdGU/Lih2YWx1ZXMpID8/IChyZXNvbHZlZCA9IHZhbHVlcyk7XG4gIH07XG4gIHJldHVybiB7XG4gICAgc2NoZW1lLFxuICAgIGNoZWNrQ29uZmlndXJhdGlvbigpIHtcbiAgICAgIGNvbnN0IHNlY3JldHMgPSByZXNvbHZlKCk7XG4gICAgICByZXR1cm4gaXNSZWZ1c2FsKHNlY3JldHMpID8gc2VjcmV0cy5lcnJvciA6IHVuZGVmaW5lZDtcbiAgICB9LFxuICAgIC8vIE5vdCBhc3luYzogcmV0dXJuaW5nIGNoZWNrJ3MgcHJvbWlzZSBkaXJlY3RseSBzYXZlcyBhIHByb21pc2UgcGVyIHJlcXVlc3QuXG4gICAgdmVyaWZ5KHJlcXVlc3QsIGNvbnRleHQpIHtcbiAgICAgIGNvbnN0IHNlY3JldHMgPSByZXNvbHZlKCk7XG4gICAgICByZXR1cm4gaXNSZWZ1c2FsKHNlY3JldHMpID8gUHJvbWlzZS5yZXNvbHZlKHNlY3JldHMpIDogY2hlY2socmVxdWVzdCwgY29udGV4dCwgc2VjcmV0cyk7XG4gICAgfSxcbiAgfTtcbn1cbiIsICJpbXBvcnQgdHlwZSB7IFJlZnVzYWwsIFZlcmlmaWNhdGlvbkVycm9yIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJpZmlhYmxlUmVxdWVzdCB9IGZyb20gJy4vcmVxdWVzdC5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZ5Q29udGV4dCB7XG4gIC8qKiBUaGUgY3VycmVudCB0aW1lIGluIHVuaXggc2Vjb25kczsgZXZlcnkgdGltZXN0YW1wIGNoZWNrIHJlYWRzIHRoaXMgY2xvY2suICovXG4gIHJlYWRvbmx5IG5vdzogbnVtYmVyO1xuICAvKiogV2hldGhlciByZXBsYXkgcHJvdGVjdGlvbiBpcyBvbiwgc28gYSB2ZXJpZmllciBkZXJpdmVzIGEgZGVsaXZlcnkgaWQgZXZlbiB3aGVuIHRoZSBzZW5kZXIgc2VuZHMgbm9uZS4gKi9cbiAgcmVhZG9ubHkgcmVwbGF5OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFZlcmlmaWVkIHtcbiAgcmVhZG9ubHkgb2s6IHRydWU7XG4gIC8qKiBXaGljaCBzY2hlbWUgYWNjZXB0ZWQgdGhlIHJlcXVlc3QsIGUuZy4gYHFzdGFzaGAgKGluc2lkZSBgYW55T2ZgLCB0aGUgbWVtYmVyIHRoYXQgbWF0Y2hlZCkuICovXG4gIHJlYWRvbmx5IHNjaGVtZTogc3RyaW5nO1xuICAvKiogV2hhdCB0aGUgc2VuZGVyIHNpZ25lZCBhYm91dCB0aGUgcmVxdWVzdCwgZS5nLiB0aGUgUVN0YXNoIEpXVCBjbGFpbXMuICovXG4gIHJlYWRvbmx5IGNsYWltcz86IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHVua25vd24+PjtcbiAgLyoqXG4gICAqIFRoZSBwcm92aWRlcidzIGlkIGZvciB0aGUgZGVsaXZlcnksIGZvciB0aGUgaGFuZGxlcidzIG93biBpZGVtcG90ZW5jeTpcbiAgICogYFgtR2l0SHViLURlbGl2ZXJ5YCwgYFgtU2hvcGlmeS1XZWJob29rLUlkYCAobmVpdGhlciBpcyBjb3ZlcmVkIGJ5IHRoZVxuICAgKiBzaWduYXR1cmUpLCBTdGFuZGFyZCBXZWJob29rcycgYHdlYmhvb2staWRgIG9yIFFTdGFzaCdzIGBqdGlgIChib3RoIHNpZ25lZCkuXG4gICAqL1xuICByZWFkb25seSBkZWxpdmVyeUlkPzogc3RyaW5nO1xuICAvKipcbiAgICogV2hhdCByZXBsYXkgcHJvdGVjdGlvbiByZWNvcmRzLCBzZXQgb25seSB3aGVuIGl0IGlzIG9uOiBhIGRpZ2VzdCBvZiB0aGVcbiAgICogc2lnbmF0dXJlLiBVbmxpa2UgYSBwcm92aWRlcidzIGlkIGl0IGNhbm5vdCBiZSBjaGFuZ2VkIHdpdGhvdXQgYnJlYWtpbmcgdGhlXG4gICAqIHNpZ25hdHVyZSwgYW5kIGEgc2VuZGVyJ3MgcmV0cnksIHNpZ25lZCBhbmV3LCBpcyBub3QgbWlzdGFrZW4gZm9yIGEgcmVwbGF5LlxuICAgKiBTdGF0aWMgY3JlZGVudGlhbHMgKHNoYXJlZCBzZWNyZXRzLCB0b2tlbnMpIGlkZW50aWZ5IG5vIGRlbGl2ZXJ5IGFuZCBoYXZlIG5vbmUuXG4gICAqL1xuICByZWFkb25seSByZXBsYXlLZXk/OiBzdHJpbmc7XG4gIC8qKiBVbml4IHNlY29uZHMgYWZ0ZXIgd2hpY2ggdGhlIHNpZ25hdHVyZSBpcyBubyBsb25nZXIgYWNjZXB0ZWQsIGZvciBzY2hlbWVzIHRoYXQgc2lnbiBhIHRpbWUuICovXG4gIHJlYWRvbmx5IGV4cGlyZXNBdD86IG51bWJlcjtcbn1cblxuZXhwb3J0IHR5cGUgVmVyaWZ5UmVzdWx0ID0gVmVyaWZpZWQgfCBSZWZ1c2FsO1xuXG4vKiogQSBzY2hlbWUsIHJlYWR5IHRvIGNoZWNrIHJlcXVlc3RzLiBCdWlsZCBvbmUgd2l0aCBhIGZhY3Rvcnkgc3VjaCBhcyBgdHdpbGlvKHsgYXV0aFRva2VuIH0pYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZpZXIge1xuICByZWFkb25seSBzY2hlbWU6IHN0cmluZztcbiAgLyoqXG4gICAqIFRoZSBjb25maWd1cmF0aW9uIGVycm9yIHRoaXMgdmVyaWZpZXIgd291bGQgYW5zd2VyIGV2ZXJ5IHJlcXVlc3Qgd2l0aCAoYVxuICAgKiBtaXNzaW5nIG9yIGVtcHR5IHNlY3JldCksIG9yIHVuZGVmaW5lZC4gQ2FsbCBpdCBhdCBjb2xkIHN0YXJ0IHRvIGZhaWwgbG91ZGx5LlxuICAgKi9cbiAgY2hlY2tDb25maWd1cmF0aW9uKCk6IFZlcmlmaWNhdGlvbkVycm9yIHwgdW5kZWZpbmVkO1xuICB2ZXJpZnkocmVxdWVzdDogVmVyaWZpYWJsZVJlcXVlc3QsIGNvbnRleHQ6IFZlcmlmeUNvbnRleHQpOiBQcm9taXNlPFZlcmlmeVJlc3VsdD47XG59XG5cbmV4cG9ydCBjb25zdCB2ZXJpZmllZCA9IChzY2hlbWU6IHN0cmluZywgZGV0YWlsczogT21pdDxWZXJpZmllZCwgJ29rJyB8ICdzY2hlbWUnPiA9IHt9KTogVmVyaWZpZWQgPT4gKHtcbiAgb2s6IHRydWUsXG4gIHNjaGVtZSxcbiAgLi4uZGV0YWlscyxcbn0pO1xuIiwgImltcG9ydCB7IG1hdGNoZXNTZWNyZXQsIHNpbmdsZUhlYWRlciB9IGZyb20gJy4uL2NyZWRlbnRpYWxzLmpzJztcbmltcG9ydCB7IGRlZmluZVZlcmlmaWVyIH0gZnJvbSAnLi4vZGVmaW5lLXZlcmlmaWVyLmpzJztcbmltcG9ydCB7IGlzUmVmdXNhbCwgcmVmdXNlIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgU2VjcmV0SW5wdXQgfSBmcm9tICcuLi9zZWNyZXRzLmpzJztcbmltcG9ydCB7IHJlcXVpcmVTZWNyZXQsIHR5cGUgU2lnbmVkUGFydHMgfSBmcm9tICcuLi9zaWduaW5nLmpzJztcbmltcG9ydCB7IHZlcmlmaWVkLCB0eXBlIFZlcmlmaWVyIH0gZnJvbSAnLi4vdmVyaWZpZXIuanMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFNoYXJlZFNlY3JldE9wdGlvbnMge1xuICAvKiogVGhlIGhlYWRlciBjYXJyeWluZyB0aGUgc2VjcmV0LiBEZWZhdWx0OiBgdmVyaWZpY2F0aW9uX2tleWAgKHRoZSBIYXN1cmEgQWN0aW9uIHBhdHRlcm4pLiAqL1xuICBoZWFkZXI/OiBzdHJpbmc7XG4gIC8qKiBUaGUgZXhwZWN0ZWQgdmFsdWU7IGEgbGlzdCBhY2NlcHRzIGFueSBvZiB0aGVtIChyb3RhdGlvbikuICovXG4gIHNlY3JldDogU2VjcmV0SW5wdXQ7XG59XG5cbi8qKlxuICogQSBzdGF0aWMgc2VjcmV0IGluIGEgaGVhZGVyLCBjb21wYXJlZCBpbiBjb25zdGFudCB0aW1lOiB3aGF0IEhhc3VyYSBzZW5kcyB3aGVuXG4gKiBhbiBBY3Rpb24gaXMgZ2l2ZW4gYW4gZXh0cmEgaGVhZGVyLiBUaGUgc2VjcmV0IHRyYXZlbHMgd2l0aCBldmVyeSByZXF1ZXN0LCBzb1xuICogc2VydmUgdGhlIGVuZHBvaW50IG92ZXIgSFRUUFMgb25seS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoYXJlZFNlY3JldChvcHRpb25zOiBTaGFyZWRTZWNyZXRPcHRpb25zKTogVmVyaWZpZXIge1xuICBjb25zdCBzY2hlbWUgPSAnc2hhcmVkLXNlY3JldCc7XG4gIGNvbnN0IGhlYWRlciA9IG9wdGlvbnMuaGVhZGVyID8/ICd2ZXJpZmljYXRpb25fa2V5JztcbiAgcmV0dXJuIGRlZmluZVZlcmlmaWVyKHNjaGVtZSwgeyBzZWNyZXQ6IG9wdGlvbnMuc2VjcmV0IH0sIGFzeW5jIChyZXF1ZXN0LCBfY29udGV4dCwgeyBzZWNyZXQgfSkgPT4ge1xuICAgIGNvbnN0IHByZXNlbnRlZCA9IHNpbmdsZUhlYWRlcihyZXF1ZXN0LCBoZWFkZXIsIHNjaGVtZSk7XG4gICAgaWYgKGlzUmVmdXNhbChwcmVzZW50ZWQpKSByZXR1cm4gcHJlc2VudGVkO1xuICAgIGlmIChhd2FpdCBtYXRjaGVzU2VjcmV0KHByZXNlbnRlZCwgc2VjcmV0KSkgcmV0dXJuIHZlcmlmaWVkKHNjaGVtZSk7XG4gICAgcmV0dXJuIHJlZnVzZSgnaW52YWxpZF9zaWduYXR1cmUnLCBzY2hlbWUsIGBoZWFkZXIgJHtoZWFkZXJ9IGRvZXMgbm90IGhvbGQgdGhlIHNlY3JldGApO1xuICB9KTtcbn1cblxuLyoqIFRoZSBoZWFkZXIgYSBgc2hhcmVkU2VjcmV0YCB2ZXJpZmllciB3aXRoIHRoZSBzYW1lIG9wdGlvbnMgYWNjZXB0cy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBzaWduU2hhcmVkU2VjcmV0KHsgc2VjcmV0LCBoZWFkZXIgPSAndmVyaWZpY2F0aW9uX2tleScgfTogeyBzZWNyZXQ6IHN0cmluZzsgaGVhZGVyPzogc3RyaW5nIH0pOiBQcm9taXNlPFNpZ25lZFBhcnRzPiB7XG4gIHJldHVybiB7IGhlYWRlcnM6IHsgW2hlYWRlci50b0xvd2VyQ2FzZSgpXTogcmVxdWlyZVNlY3JldCgnc2hhcmVkLXNlY3JldCcsICdzZWNyZXQnLCBzZWNyZXQpIH0gfTtcbn1cbiIsICJpbXBvcnQgeyBSZXF1ZXN0SGVhZGVycywgdHlwZSBIZWFkZXJzSW5wdXQgfSBmcm9tICcuL3JlcXVlc3QuanMnO1xuXG4vKiogVGhlIHBhdGggYW5kIHF1ZXJ5IG9mIGFuIGFic29sdXRlIFVSTCwgYnl0ZSBmb3IgYnl0ZSAoYG5ldyBVUkwoKWAgd291bGQgcmUtZW5jb2RlIHRoZW0pLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhdGhBbmRRdWVyeSh1cmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB1cmwucmVwbGFjZSgvXlthLXpdW2EtejAtOSsuLV0qOlxcL1xcL1teLz8jXSovaSwgJycpIHx8ICcvJztcbn1cblxuLyoqXG4gKiBUaGUgb3JpZ2luIGEgY2xpZW50IGNhbGxlZCwgZnJvbSB0aGUgYHgtZm9yd2FyZGVkLXByb3RvYCBhbmRcbiAqIGB4LWZvcndhcmRlZC1ob3N0YCAoZWxzZSBgaG9zdGApIGhlYWRlcnMgdGhhdCBWZXJjZWwsIE5ldGxpZnkgYW5kIGxvYWRcbiAqIGJhbGFuY2VycyBzZXQ7IGBmYWxsYmFja2Agd2hlcmUgdGhleSBhcmUgYWJzZW50LiBUcnVzdCB0aGVzZSBoZWFkZXJzIG9ubHkgd2hlcmVcbiAqIHRoZSBwbGF0Zm9ybSBvdmVyd3JpdGVzIHRoZW07IGVsc2V3aGVyZSBjb25maWd1cmUgYHB1YmxpY1VybGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3J3YXJkZWRPcmlnaW4oaGVhZGVyczogSGVhZGVyc0lucHV0LCBmYWxsYmFjazogeyBwcm90b2NvbDogc3RyaW5nOyBob3N0Pzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBjb25zdCB2aWV3ID0gbmV3IFJlcXVlc3RIZWFkZXJzKGhlYWRlcnMpO1xuICBjb25zdCBmaXJzdCA9IChuYW1lOiBzdHJpbmcpID0+IHZpZXcuZ2V0KG5hbWUpPy5zcGxpdCgnLCcpWzBdPy50cmltKCkgfHwgdW5kZWZpbmVkO1xuICBjb25zdCBwcm90b2NvbCA9IGZpcnN0KCd4LWZvcndhcmRlZC1wcm90bycpID8/IGZhbGxiYWNrLnByb3RvY29sLnJlcGxhY2UoLzokLywgJycpO1xuICBjb25zdCBob3N0ID0gZmlyc3QoJ3gtZm9yd2FyZGVkLWhvc3QnKSA/PyBmaXJzdCgnaG9zdCcpID8/IGZhbGxiYWNrLmhvc3QgPz8gJ2xvY2FsaG9zdCc7XG4gIHJldHVybiBgJHtwcm90b2NvbH06Ly8ke2hvc3R9YDtcbn1cbiIsICJpbXBvcnQgeyBpc1JlZnVzYWwsIHR5cGUgVmVyaWZpY2F0aW9uRXJyb3IgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFJlcGxheU9wdGlvbnMgfSBmcm9tICcuL3JlcGxheS5qcyc7XG5pbXBvcnQgeyBub3JtYWxpemVSZXF1ZXN0LCBWZXJpZmlhYmxlUmVxdWVzdCwgdHlwZSBQbGFpblJlcXVlc3QsIHR5cGUgUmVxdWVzdElucHV0IH0gZnJvbSAnLi9yZXF1ZXN0LmpzJztcbmltcG9ydCB7IHBhdGhBbmRRdWVyeSB9IGZyb20gJy4vcHVibGljLXVybC5qcyc7XG5pbXBvcnQgeyBzaGFyZWRTZWNyZXQgfSBmcm9tICcuL3NjaGVtZXMvc2hhcmVkLXNlY3JldC5qcyc7XG5pbXBvcnQgeyB2ZXJpZnlSZXF1ZXN0IH0gZnJvbSAnLi92ZXJpZnktcmVxdWVzdC5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWVkLCBWZXJpZmllciB9IGZyb20gJy4vdmVyaWZpZXIuanMnO1xuXG4vKiogV2hhdCBldmVyeSBhZGFwdGVyJ3MgYHdpdGhWZXJpZmljYXRpb24oaGFuZGxlciwgb3B0aW9ucylgIGFjY2VwdHMsIGJlc2lkZXMgaXRzIHBsYXRmb3JtJ3Mgb3duIGBvbkZhaWx1cmVgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBHdWFyZE9wdGlvbnMge1xuICAvKiogRGVmYXVsdDogdGhlIEhhc3VyYSBwYXR0ZXJuLCBgc2hhcmVkU2VjcmV0YCBvbiBoZWFkZXIgYHZlcmlmaWNhdGlvbl9rZXlgIHdpdGggdGhlIHNlY3JldCBmcm9tIGBWRVJJRklDQVRJT05fS0VZYC4gKi9cbiAgdmVyaWZpZXI/OiBWZXJpZmllcjtcbiAgLyoqIFJlZnVzZSBkZWxpdmVyaWVzIGFscmVhZHkgYWNjZXB0ZWQ7IHNlZSBgdmVyaWZ5UmVxdWVzdGAuIERlZmF1bHQ6IG9mZi4gKi9cbiAgcmVwbGF5PzogYm9vbGVhbiB8IFJlcGxheU9wdGlvbnM7XG4gIC8qKiBEZWZhdWx0OiA2IE1pQi4gKi9cbiAgbWF4Qm9keUJ5dGVzPzogbnVtYmVyO1xuICAvKipcbiAgICogVGhlIFVSTCB0aGUgc2VuZGVyIHNpZ25lZCwgd2hlbiB0aGUgcGxhdGZvcm0gY2Fubm90IHRlbGwgaXQgKHByb3hpZXMsIHJld3JpdGVzLFxuICAgKiBBUEkgR2F0ZXdheSBzdGFnZXMpOiBhbiBvcmlnaW4gc3VjaCBhcyBgaHR0cHM6Ly9hcGkuZXhhbXBsZS5jb21gLCB3aGljaFxuICAgKiByZXBsYWNlcyB0aGUgc2NoZW1lIGFuZCBob3N0IG9mIHRoZSBVUkwgdGhlIGFkYXB0ZXIgcmVidWlsdCwgb3IgYSBmdW5jdGlvblxuICAgKiBnaXZlbiB0aGF0IFVSTCBhbmQgcmV0dXJuaW5nIHRoZSBmdWxsIHB1YmxpYyBVUkwuXG4gICAqL1xuICBwdWJsaWNVcmw/OiBzdHJpbmcgfCAoKHJlYnVpbHRVcmw6IHN0cmluZykgPT4gc3RyaW5nKSB8IHVuZGVmaW5lZDtcbiAgLyoqIFdoZXJlIGNvbmZpZ3VyYXRpb24gcHJvYmxlbXMgYXJlIHJlcG9ydGVkLiBEZWZhdWx0OiBgY29uc29sZS5lcnJvcmAuICovXG4gIGxvZz86IChsaW5lOiBzdHJpbmcpID0+IHZvaWQ7XG59XG5cbi8qKiBXaGF0IHRoZSB3cmFwcGVkIGhhbmRsZXIgY2FuIHJlYWQgYWJvdXQgdGhlIHJlcXVlc3QgaXQgaXMgZ2l2ZW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFZlcmlmaWNhdGlvbiBleHRlbmRzIFZlcmlmaWVkIHtcbiAgLyoqIFRoZSByYXcgYm9keSBieXRlcywgZXhhY3RseSBhcyB2ZXJpZmllZC4gKi9cbiAgcmVhZG9ubHkgYm9keTogVWludDhBcnJheTtcbn1cblxuZXhwb3J0IHR5cGUgR3VhcmRPdXRjb21lID1cbiAgfCB7IHJlYWRvbmx5IG9rOiB0cnVlOyByZWFkb25seSB2ZXJpZmljYXRpb246IFZlcmlmaWNhdGlvbiB9XG4gIHwgeyByZWFkb25seSBvazogZmFsc2U7IHJlYWRvbmx5IGVycm9yOiBWZXJpZmljYXRpb25FcnJvcjsgcmVhZG9ubHkgcmVzcG9uc2U6IFJlZnVzYWxSZXNwb25zZSB9O1xuXG4vKiogVGhlIHJlc3BvbnNlIGFuIGFkYXB0ZXIgc2VuZHMgZm9yIGEgcmVmdXNhbDogYSBzbWFsbCBKU09OIGJvZHkgd2l0aCB0aGUgY29kZSBvbmx5LiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWZ1c2FsUmVzcG9uc2Uge1xuICByZWFkb25seSBzdGF0dXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgYm9keTogc3RyaW5nO1xufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVmdXNhbFJlc3BvbnNlKGVycm9yOiBWZXJpZmljYXRpb25FcnJvcik6IFJlZnVzYWxSZXNwb25zZSB7XG4gIHJldHVybiB7IHN0YXR1czogZXJyb3Iuc3RhdHVzLCBoZWFkZXJzOiB7ICdjb250ZW50LXR5cGUnOiAnYXBwbGljYXRpb24vanNvbicgfSwgYm9keTogSlNPTi5zdHJpbmdpZnkoeyBlcnJvcjogZXJyb3IuY29kZSB9KSB9O1xufVxuXG5jb25zdCB2ZXJpZmljYXRpb25zID0gbmV3IFdlYWtNYXA8b2JqZWN0LCBWZXJpZmljYXRpb24+KCk7XG5cbi8qKlxuICogVGhlIHZlcmlmaWNhdGlvbiBvZiB0aGUgcmVxdWVzdCBhIHdyYXBwZWQgaGFuZGxlciB3YXMgZ2l2ZW46IHBhc3MgdGhlIG9iamVjdFxuICogdGhlIGhhbmRsZXIgcmVjZWl2ZWQgKGEgYFJlcXVlc3RgLCBOb2RlJ3MgYHJlcWAsIGEgTGFtYmRhIG9yIE5ldGxpZnkgYGV2ZW50YCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBnZXRWZXJpZmljYXRpb24ocmVxdWVzdDogb2JqZWN0KTogVmVyaWZpY2F0aW9uIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIHZlcmlmaWNhdGlvbnMuZ2V0KHJlcXVlc3QpO1xufVxuXG4vKipcbiAqIFRoZSBvbmUgcGlwZWxpbmUgZXZlcnkgYWRhcHRlciBydW5zOiBjaGVjayB0aGUgY29uZmlndXJhdGlvbiBvbmNlIGF0IGNvbGRcbiAqIHN0YXJ0LCBub3JtYWxpemUsIHZlcmlmeSwgcmVtZW1iZXIgdGhlIHZlcmlmaWNhdGlvbiBmb3IgdGhlIGhhbmRsZXIuIEFkYXB0ZXJzXG4gKiBvbmx5IHRyYW5zbGF0ZSB0aGVpciBwbGF0Zm9ybSdzIHNoYXBlcyB0byBhbmQgZnJvbSBpdC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZUd1YXJkKG9wdGlvbnM6IEd1YXJkT3B0aW9ucyA9IHt9KSB7XG4gIGNvbnN0IHZlcmlmaWVyID0gb3B0aW9ucy52ZXJpZmllciA/PyBzaGFyZWRTZWNyZXQoeyBzZWNyZXQ6IHsgZW52OiAnVkVSSUZJQ0FUSU9OX0tFWScgfSB9KTtcbiAgY29uc3QgbG9nID0gb3B0aW9ucy5sb2cgPz8gKChsaW5lOiBzdHJpbmcpID0+IGNvbnNvbGUuZXJyb3IobGluZSkpO1xuICBsZXQgcmVwb3J0ZWQgPSBmYWxzZTtcbiAgY29uc3QgcmVwb3J0ID0gKGVycm9yOiBWZXJpZmljYXRpb25FcnJvcikgPT4ge1xuICAgIGlmIChyZXBvcnRlZCkgcmV0dXJuO1xuICAgIHJlcG9ydGVkID0gdHJ1ZTtcbiAgICBsb2coYFtob29rZ3VhcmRdICR7ZXJyb3IubWVzc2FnZX0uIEV2ZXJ5IHJlcXVlc3QgaXMgcmVmdXNlZCB3aXRoIDUwMCB1bnRpbCB0aGlzIGlzIGZpeGVkLmApO1xuICB9O1xuICBjb25zdCBjb2xkU3RhcnRFcnJvciA9IHZlcmlmaWVyLmNoZWNrQ29uZmlndXJhdGlvbigpO1xuICBpZiAoY29sZFN0YXJ0RXJyb3IpIHJlcG9ydChjb2xkU3RhcnRFcnJvcik7XG5cbiAgcmV0dXJuIHtcbiAgICAvKiogVGhlIFVSTCB0byB2ZXJpZnkgYWdhaW5zdDogdGhlIGFkYXB0ZXIncyByZWJ1aWx0IFVSTCwgb3IgdGhlIGNvbmZpZ3VyZWQgcHVibGljIG9uZS4gKi9cbiAgICBwdWJsaWNVcmwocmVidWlsdFVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgICAgIGNvbnN0IHsgcHVibGljVXJsIH0gPSBvcHRpb25zO1xuICAgICAgaWYgKHR5cGVvZiBwdWJsaWNVcmwgPT09ICdmdW5jdGlvbicpIHJldHVybiBwdWJsaWNVcmwocmVidWlsdFVybCk7XG4gICAgICBpZiAoIXB1YmxpY1VybCkgcmV0dXJuIHJlYnVpbHRVcmw7XG4gICAgICByZXR1cm4gcHVibGljVXJsLnJlcGxhY2UoL1xcLyskLywgJycpICsgcGF0aEFuZFF1ZXJ5KHJlYnVpbHRVcmwpO1xuICAgIH0sXG5cbiAgICAvKiogQSByZWZ1c2FsIGZvdW5kIGJ5IHRoZSBhZGFwdGVyIGl0c2VsZiAoYSBib2R5IGFscmVhZHkgcmVhZCwgb3IgdG9vIGxhcmdlKSwgcmVwb3J0ZWQgbGlrZSBhbnkgb3RoZXIuICovXG4gICAgcmVqZWN0KGVycm9yOiBWZXJpZmljYXRpb25FcnJvcik6IEd1YXJkT3V0Y29tZSB7XG4gICAgICBpZiAoZXJyb3IuY29kZSA9PT0gJ21pc2NvbmZpZ3VyZWQnKSByZXBvcnQoZXJyb3IpO1xuICAgICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBlcnJvciwgcmVzcG9uc2U6IHJlZnVzYWxSZXNwb25zZShlcnJvcikgfTtcbiAgICB9LFxuXG4gICAgLyoqXG4gICAgICogVmVyaWZpZXMgYGlucHV0YCBhbmQgcmVtZW1iZXJzIHRoZSBvdXRjb21lIHVuZGVyIGBrZXlgLCB0aGUgb2JqZWN0IHRoZVxuICAgICAqIGhhbmRsZXIgd2lsbCByZWNlaXZlOyBgdXJsYCByZXBsYWNlcyB0aGUgaW5wdXQncyBVUkwgKHRoZSBwdWJsaWMgb25lKS5cbiAgICAgKi9cbiAgICBhc3luYyB2ZXJpZnkoaW5wdXQ6IFJlcXVlc3RJbnB1dCB8IFBsYWluUmVxdWVzdCwga2V5OiBvYmplY3QsIHVybD86IHN0cmluZyk6IFByb21pc2U8R3VhcmRPdXRjb21lPiB7XG4gICAgICBjb25zdCBub3JtYWxpemVkID0gYXdhaXQgbm9ybWFsaXplUmVxdWVzdChpbnB1dCwgb3B0aW9ucy5tYXhCb2R5Qnl0ZXMpO1xuICAgICAgY29uc3QgcmVxdWVzdCA9IHVybCAmJiAhaXNSZWZ1c2FsKG5vcm1hbGl6ZWQpID8gbmV3IFZlcmlmaWFibGVSZXF1ZXN0KG5vcm1hbGl6ZWQubWV0aG9kLCB1cmwsIG5vcm1hbGl6ZWQuaGVhZGVycywgbm9ybWFsaXplZC5ib2R5KSA6IG5vcm1hbGl6ZWQ7XG4gICAgICBjb25zdCByZXN1bHQgPSBpc1JlZnVzYWwocmVxdWVzdCkgPyByZXF1ZXN0IDogYXdhaXQgdmVyaWZ5UmVxdWVzdChyZXF1ZXN0LCB2ZXJpZmllciwgdmVyaWZ5T3B0aW9ucyhvcHRpb25zKSk7XG4gICAgICBpZiAoIXJlc3VsdC5vaykgcmV0dXJuIHRoaXMucmVqZWN0KHJlc3VsdC5lcnJvcik7XG4gICAgICBjb25zdCB2ZXJpZmljYXRpb246IFZlcmlmaWNhdGlvbiA9IHsgLi4ucmVzdWx0LCBib2R5OiAocmVxdWVzdCBhcyBWZXJpZmlhYmxlUmVxdWVzdCkuYm9keSB9O1xuICAgICAgdmVyaWZpY2F0aW9ucy5zZXQoa2V5LCB2ZXJpZmljYXRpb24pO1xuICAgICAgcmV0dXJuIHsgb2s6IHRydWUsIHZlcmlmaWNhdGlvbiB9O1xuICAgIH0sXG4gIH07XG59XG5cbmZ1bmN0aW9uIHZlcmlmeU9wdGlvbnMoeyByZXBsYXksIG1heEJvZHlCeXRlcyB9OiBHdWFyZE9wdGlvbnMpIHtcbiAgcmV0dXJuIHsgLi4uKHJlcGxheSA9PT0gdW5kZWZpbmVkID8ge30gOiB7IHJlcGxheSB9KSwgLi4uKG1heEJvZHlCeXRlcyA9PT0gdW5kZWZpbmVkID8ge30gOiB7IG1heEJvZHlCeXRlcyB9KSB9O1xufVxuXG5leHBvcnQgdHlwZSBHdWFyZCA9IFJldHVyblR5cGU8dHlwZW9mIGNyZWF0ZUd1YXJkPjtcbiIsICJpbXBvcnQgeyBjcmVhdGVHdWFyZCwgdHlwZSBHdWFyZCwgdHlwZSBHdWFyZE9wdGlvbnMgfSBmcm9tICcuL2d1YXJkLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpY2F0aW9uRXJyb3IgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5cbi8qKiBBIGhhbmRsZXIgb2YgV0hBVFdHIHJlcXVlc3RzOiBOZXh0LmpzIEFwcCBSb3V0ZXIsIFZlcmNlbCBhbmQgTmV0bGlmeSBmdW5jdGlvbnMsIFdvcmtlcnMsIERlbm8sIEJ1bi4gKi9cbmV4cG9ydCB0eXBlIFdlYkhhbmRsZXIgPSAocmVxdWVzdDogbmV2ZXIsIC4uLnJlc3Q6IG5ldmVyW10pID0+IFJlc3BvbnNlIHwgUHJvbWlzZTxSZXNwb25zZT47XG5cbmV4cG9ydCBpbnRlcmZhY2UgV2ViVmVyaWZpY2F0aW9uT3B0aW9ucyBleHRlbmRzIEd1YXJkT3B0aW9ucyB7XG4gIC8qKiBBbnN3ZXJzIGEgcmVmdXNlZCByZXF1ZXN0IGluc3RlYWQgb2YgdGhlIGRlZmF1bHQgYHsgXCJlcnJvclwiOiBjb2RlIH1gIEpTT04gcmVzcG9uc2UuICovXG4gIG9uRmFpbHVyZT86IChlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3IsIHJlcXVlc3Q6IFJlcXVlc3QpID0+IFJlc3BvbnNlIHwgUHJvbWlzZTxSZXNwb25zZT47XG59XG5cbi8qKiBIb3cgYW4gYWRhcHRlciB0ZWxscyB0aGUgZ3VhcmQgd2hlcmUgdGhlIHJlcXVlc3QgcmVhbGx5IHdlbnQ7IGRlZmF1bHQ6IGByZXF1ZXN0LnVybGAuICovXG5leHBvcnQgaW50ZXJmYWNlIFdlYlBsYXRmb3JtIHtcbiAgZ3VhcmQ/OiBHdWFyZDtcbiAgcmVxdWVzdFVybD86IChyZXF1ZXN0OiBSZXF1ZXN0KSA9PiBzdHJpbmc7XG59XG5cbi8qKlxuICogUnVucyBgaGFuZGxlcmAgb25seSBmb3IgcmVxdWVzdHMgdGhlIHZlcmlmaWVyIGFjY2VwdHMsIHdpdGggaXRzIGFyZ3VtZW50c1xuICogdW50b3VjaGVkICh0aGUgcmVxdWVzdCBpcyByZWFkIHRocm91Z2ggYSBjbG9uZSkgYW5kIGl0cyBvd24gcGFyYW1ldGVyIHR5cGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aFJlcXVlc3RWZXJpZmljYXRpb248SCBleHRlbmRzIFdlYkhhbmRsZXI+KFxuICBoYW5kbGVyOiBILFxuICBvcHRpb25zOiBXZWJWZXJpZmljYXRpb25PcHRpb25zID0ge30sXG4gIHsgZ3VhcmQgPSBjcmVhdGVHdWFyZChvcHRpb25zKSwgcmVxdWVzdFVybCA9IChyZXF1ZXN0KSA9PiByZXF1ZXN0LnVybCB9OiBXZWJQbGF0Zm9ybSA9IHt9LFxuKTogKC4uLmFyZ3M6IFBhcmFtZXRlcnM8SD4pID0+IFByb21pc2U8UmVzcG9uc2U+IHtcbiAgcmV0dXJuIGFzeW5jICguLi5hcmdzKSA9PiB7XG4gICAgY29uc3QgcmVxdWVzdCA9IGFyZ3NbMF0gYXMgUmVxdWVzdDtcbiAgICBjb25zdCBvdXRjb21lID0gYXdhaXQgZ3VhcmQudmVyaWZ5KHJlcXVlc3QsIHJlcXVlc3QsIGd1YXJkLnB1YmxpY1VybChyZXF1ZXN0VXJsKHJlcXVlc3QpKSk7XG4gICAgaWYgKG91dGNvbWUub2spIHJldHVybiAoaGFuZGxlciBhcyAoLi4uYTogUGFyYW1ldGVyczxIPikgPT4gUmVzcG9uc2UgfCBQcm9taXNlPFJlc3BvbnNlPikoLi4uYXJncyk7XG4gICAgaWYgKG9wdGlvbnMub25GYWlsdXJlKSByZXR1cm4gb3B0aW9ucy5vbkZhaWx1cmUob3V0Y29tZS5lcnJvciwgcmVxdWVzdCk7XG4gICAgcmV0dXJuIG5ldyBSZXNwb25zZShvdXRjb21lLnJlc3BvbnNlLmJvZHksIHsgc3RhdHVzOiBvdXRjb21lLnJlc3BvbnNlLnN0YXR1cywgaGVhZGVyczogb3V0Y29tZS5yZXNwb25zZS5oZWFkZXJzIH0pO1xuICB9O1xufVxuIiwgImltcG9ydCB0eXBlIHsgUmVmdXNhbFJlc3BvbnNlIH0gZnJvbSAnLi9ndWFyZC5qcyc7XG5pbXBvcnQgeyB1dGY4IH0gZnJvbSAnLi9lbmNvZGluZy5qcyc7XG5cbi8qKiBMYW1iZGEtc3R5bGUgZXZlbnRzIChBV1MsIE5ldGxpZnkgdjEpIGNhcnJ5IHRoZSBib2R5IGFzIHRleHQsIGJhc2U2NCB3aGVuIGJpbmFyeS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWNvZGVFdmVudEJvZHkoYm9keTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCwgaXNCYXNlNjRFbmNvZGVkID0gZmFsc2UpOiBVaW50OEFycmF5IHtcbiAgaWYgKCFib2R5KSByZXR1cm4gbmV3IFVpbnQ4QXJyYXkoMCk7XG4gIGlmICghaXNCYXNlNjRFbmNvZGVkKSByZXR1cm4gdXRmOChib2R5KTtcbiAgLy8gTm9kZSdzIGRlY29kZXIgd2hlbiBwcmVzZW50OiB0aGVzZSBldmVudHMgb25seSBvY2N1ciBvbiBOb2RlLCBhbmQgYXRvYiBpcyBzbG93IG9uIGxhcmdlIGJvZGllcy5cbiAgY29uc3QgYnVmZmVyID0gKGdsb2JhbFRoaXMgYXMgeyBCdWZmZXI/OiB7IGZyb20odGV4dDogc3RyaW5nLCBlbmNvZGluZzogJ2Jhc2U2NCcpOiBVaW50OEFycmF5IH0gfSkuQnVmZmVyO1xuICBpZiAoYnVmZmVyKSByZXR1cm4gYnVmZmVyLmZyb20oYm9keSwgJ2Jhc2U2NCcpO1xuICByZXR1cm4gVWludDhBcnJheS5mcm9tKGF0b2IoYm9keSksIChjaGFyKSA9PiBjaGFyLmNoYXJDb2RlQXQoMCkpO1xufVxuXG4vKiogQSByZWZ1c2FsIGFzIGEgTGFtYmRhLXN0eWxlIHJlc3VsdDogYHsgc3RhdHVzQ29kZSwgaGVhZGVycywgYm9keSB9YC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYW1iZGFSZXNwb25zZShyZWZ1c2FsOiBSZWZ1c2FsUmVzcG9uc2UpOiB7IHN0YXR1c0NvZGU6IG51bWJlcjsgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjsgYm9keTogc3RyaW5nIH0ge1xuICByZXR1cm4geyBzdGF0dXNDb2RlOiByZWZ1c2FsLnN0YXR1cywgaGVhZGVyczogcmVmdXNhbC5oZWFkZXJzLCBib2R5OiByZWZ1c2FsLmJvZHkgfTtcbn1cbiIsICJpbXBvcnQgeyBjcmVhdGVHdWFyZCwgZGVjb2RlRXZlbnRCb2R5LCBsYW1iZGFSZXNwb25zZSwgdHlwZSBHdWFyZCwgdHlwZSBHdWFyZE9wdGlvbnMsIHR5cGUgVmVyaWZpY2F0aW9uRXJyb3IgfSBmcm9tICdAaG9va2d1YXJkL2NvcmUnO1xuXG4vKiogVGhlIHBhcnRzIG9mIGEgTmV0bGlmeSB2MSBgSGFuZGxlckV2ZW50YCB0aGUgYWRhcHRlciByZWFkcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTmV0bGlmeUV2ZW50IHtcbiAgcmF3VXJsOiBzdHJpbmc7XG4gIGh0dHBNZXRob2Q6IHN0cmluZztcbiAgaGVhZGVyczogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcbiAgbXVsdGlWYWx1ZUhlYWRlcnM/OiBSZWNvcmQ8c3RyaW5nLCByZWFkb25seSBzdHJpbmdbXSB8IHVuZGVmaW5lZD47XG4gIGJvZHk6IHN0cmluZyB8IG51bGw7XG4gIGlzQmFzZTY0RW5jb2RlZDogYm9vbGVhbjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBFdmVudFZlcmlmaWNhdGlvbk9wdGlvbnMgZXh0ZW5kcyBHdWFyZE9wdGlvbnMge1xuICAvKiogQW5zd2VycyBhIHJlZnVzZWQgZXZlbnQgaW5zdGVhZCBvZiB0aGUgZGVmYXVsdCBgeyBzdGF0dXNDb2RlLCBib2R5OiAne1wiZXJyb3JcIjpjb2RlfScgfWAuICovXG4gIG9uRmFpbHVyZT86IChlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3IsIGV2ZW50OiBOZXRsaWZ5RXZlbnQpID0+IHVua25vd247XG59XG5cbmV4cG9ydCB0eXBlIEV2ZW50SGFuZGxlciA9IChldmVudDogbmV2ZXIsIC4uLnJlc3Q6IG5ldmVyW10pID0+IHVua25vd247XG5cbi8qKlxuICogdjEgZnVuY3Rpb25zOiB0aGUgVVJMIGlzIGByYXdVcmxgLCB3aGljaCBOZXRsaWZ5IGdpdmVzIGV4YWN0bHkgYXMgdGhlIGNsaWVudFxuICogc2VudCBpdDsgdGhlIGJvZHkgaXMgYmFzZTY0IHdoZW4gYGlzQmFzZTY0RW5jb2RlZGAgKGJpbmFyeSBjb250ZW50IHR5cGVzKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdyYXBFdmVudEhhbmRsZXI8SCBleHRlbmRzIEV2ZW50SGFuZGxlcj4oaGFuZGxlcjogSCwgb3B0aW9uczogRXZlbnRWZXJpZmljYXRpb25PcHRpb25zLCBndWFyZDogR3VhcmQgPSBjcmVhdGVHdWFyZChvcHRpb25zKSk6IEgge1xuICBjb25zdCB3cmFwcGVkID0gYXN5bmMgKGV2ZW50OiBOZXRsaWZ5RXZlbnQsIC4uLnJlc3Q6IHVua25vd25bXSkgPT4ge1xuICAgIGNvbnN0IG91dGNvbWUgPSBhd2FpdCBndWFyZC52ZXJpZnkoXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogZXZlbnQuaHR0cE1ldGhvZCxcbiAgICAgICAgdXJsOiBndWFyZC5wdWJsaWNVcmwoZXZlbnQucmF3VXJsKSxcbiAgICAgICAgaGVhZGVyczogZXZlbnQubXVsdGlWYWx1ZUhlYWRlcnMgJiYgT2JqZWN0LmtleXMoZXZlbnQubXVsdGlWYWx1ZUhlYWRlcnMpLmxlbmd0aCA+IDAgPyBldmVudC5tdWx0aVZhbHVlSGVhZGVycyA6IGV2ZW50LmhlYWRlcnMsXG4gICAgICAgIGJvZHk6IGRlY29kZUV2ZW50Qm9keShldmVudC5ib2R5LCBldmVudC5pc0Jhc2U2NEVuY29kZWQpLFxuICAgICAgfSxcbiAgICAgIGV2ZW50LFxuICAgICk7XG4gICAgaWYgKG91dGNvbWUub2spIHJldHVybiAoaGFuZGxlciBhcyB1bmtub3duIGFzICguLi5hcmdzOiB1bmtub3duW10pID0+IHVua25vd24pKGV2ZW50LCAuLi5yZXN0KTtcbiAgICByZXR1cm4gb3B0aW9ucy5vbkZhaWx1cmUgPyBvcHRpb25zLm9uRmFpbHVyZShvdXRjb21lLmVycm9yLCBldmVudCkgOiBsYW1iZGFSZXNwb25zZShvdXRjb21lLnJlc3BvbnNlKTtcbiAgfTtcbiAgcmV0dXJuIHdyYXBwZWQgYXMgdW5rbm93biBhcyBIO1xufVxuIiwgImltcG9ydCB7IGNyZWF0ZUd1YXJkLCB3aXRoUmVxdWVzdFZlcmlmaWNhdGlvbiwgdHlwZSBXZWJIYW5kbGVyLCB0eXBlIFdlYlZlcmlmaWNhdGlvbk9wdGlvbnMgfSBmcm9tICdAaG9va2d1YXJkL2NvcmUnO1xuaW1wb3J0IHsgd3JhcEV2ZW50SGFuZGxlciwgdHlwZSBFdmVudEhhbmRsZXIsIHR5cGUgRXZlbnRWZXJpZmljYXRpb25PcHRpb25zLCB0eXBlIE5ldGxpZnlFdmVudCB9IGZyb20gJy4vdjEuanMnO1xuXG5leHBvcnQgeyBnZXRWZXJpZmljYXRpb24sIHR5cGUgVmVyaWZpY2F0aW9uLCB0eXBlIFdlYkhhbmRsZXIsIHR5cGUgV2ViVmVyaWZpY2F0aW9uT3B0aW9ucyB9IGZyb20gJ0Bob29rZ3VhcmQvY29yZSc7XG5leHBvcnQgdHlwZSB7IEV2ZW50SGFuZGxlciwgRXZlbnRWZXJpZmljYXRpb25PcHRpb25zLCBOZXRsaWZ5RXZlbnQgfTtcblxuLyoqIEFjY2VwdHMgb25seSBoYW5kbGVycyB3aG9zZSBmaXJzdCBwYXJhbWV0ZXIgaXMgYSBOZXRsaWZ5IHYxIGV2ZW50LiAqL1xudHlwZSBOZXRsaWZ5RXZlbnRIYW5kbGVyPEggZXh0ZW5kcyBFdmVudEhhbmRsZXI+ID0gUGFyYW1ldGVyczxIPlswXSBleHRlbmRzIE5ldGxpZnlFdmVudCA/IHVua25vd24gOiBuZXZlcjtcblxuLyoqXG4gKiBSdW5zIGBoYW5kbGVyYCBvbmx5IGZvciByZXF1ZXN0cyB0aGUgdmVyaWZpZXIgYWNjZXB0cyAoZGVmYXVsdDogdGhlIHNlY3JldCBpblxuICogaGVhZGVyIGB2ZXJpZmljYXRpb25fa2V5YCBlcXVhbHMgYFZFUklGSUNBVElPTl9LRVlgKS4gVGFrZXMgZWl0aGVyIHNoYXBlOlxuICogLSB2MiBmdW5jdGlvbnMgYChyZXF1ZXN0OiBSZXF1ZXN0LCBjb250ZXh0OiBDb250ZXh0KSA9PiBSZXNwb25zZWAgKGFuZCBFZGdlIGZ1bmN0aW9ucyk7XG4gKiAtIHYxIGZ1bmN0aW9ucyBgKGV2ZW50LCBjb250ZXh0KSA9PiB7IHN0YXR1c0NvZGUsIGJvZHkgfWAuXG4gKiBUaGUgd3JhcHBlZCBmdW5jdGlvbiBrZWVwcyB0aGUgaGFuZGxlcidzIHR5cGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3aXRoVmVyaWZpY2F0aW9uPEggZXh0ZW5kcyBXZWJIYW5kbGVyPihoYW5kbGVyOiBILCBvcHRpb25zPzogV2ViVmVyaWZpY2F0aW9uT3B0aW9ucyk6ICguLi5hcmdzOiBQYXJhbWV0ZXJzPEg+KSA9PiBQcm9taXNlPFJlc3BvbnNlPjtcbmV4cG9ydCBmdW5jdGlvbiB3aXRoVmVyaWZpY2F0aW9uPEggZXh0ZW5kcyBFdmVudEhhbmRsZXI+KGhhbmRsZXI6IEggJiBOZXRsaWZ5RXZlbnRIYW5kbGVyPEg+LCBvcHRpb25zPzogRXZlbnRWZXJpZmljYXRpb25PcHRpb25zKTogSDtcbmV4cG9ydCBmdW5jdGlvbiB3aXRoVmVyaWZpY2F0aW9uKGhhbmRsZXI6ICguLi5hcmdzOiBhbnlbXSkgPT4gdW5rbm93biwgb3B0aW9uczogb2JqZWN0ID0ge30pIHtcbiAgY29uc3QgZ3VhcmQgPSBjcmVhdGVHdWFyZChvcHRpb25zKTsgLy8gb25lIGd1YXJkOiB0aGUgY29uZmlndXJhdGlvbiBpcyBjaGVja2VkLCBhbmQgcmVwb3J0ZWQsIG9uY2VcbiAgY29uc3QgdjIgPSB3aXRoUmVxdWVzdFZlcmlmaWNhdGlvbihoYW5kbGVyIGFzIFdlYkhhbmRsZXIsIG9wdGlvbnMsIHsgZ3VhcmQgfSk7XG4gIGNvbnN0IHYxID0gd3JhcEV2ZW50SGFuZGxlcihoYW5kbGVyIGFzIEV2ZW50SGFuZGxlciwgb3B0aW9ucywgZ3VhcmQpIGFzIHVua25vd24gYXMgKGV2ZW50OiB1bmtub3duLCAuLi5yZXN0OiB1bmtub3duW10pID0+IHVua25vd247XG4gIHJldHVybiAoZmlyc3Q6IHVua25vd24sIC4uLnJlc3Q6IHVua25vd25bXSkgPT4gKGlzVjFFdmVudChmaXJzdCkgPyB2MShmaXJzdCwgLi4ucmVzdCkgOiB2MihmaXJzdCBhcyBuZXZlciwgLi4uKHJlc3QgYXMgbmV2ZXJbXSkpKTtcbn1cblxuZnVuY3Rpb24gaXNWMUV2ZW50KHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgTmV0bGlmeUV2ZW50IHtcbiAgcmV0dXJuIHR5cGVvZiAodmFsdWUgYXMgTmV0bGlmeUV2ZW50KS5odHRwTWV0aG9kID09PSAnc3RyaW5nJyAmJiB0eXBlb2YgKHZhbHVlIGFzIE5ldGxpZnlFdmVudCkucmF3VXJsID09PSAnc3RyaW5nJztcbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbmZpZyB9IGZyb20gJ0BuZXRsaWZ5L2Z1bmN0aW9ucyc7XG5pbXBvcnQgeyBnZXRWZXJpZmljYXRpb24sIHdpdGhWZXJpZmljYXRpb24gfSBmcm9tICdAaG9va2d1YXJkL25ldGxpZnknO1xuXG4vLyBBIHYyIGZ1bmN0aW9uIHdpdGggdGhlIGRlZmF1bHQgdmVyaWZpZXI6IGhlYWRlciBgdmVyaWZpY2F0aW9uX2tleWAgbXVzdCBlcXVhbCBWRVJJRklDQVRJT05fS0VZLlxuZXhwb3J0IGRlZmF1bHQgd2l0aFZlcmlmaWNhdGlvbihhc3luYyAocmVxdWVzdDogUmVxdWVzdCkgPT5cbiAgUmVzcG9uc2UuanNvbih7IGhlbGxvOiAndjInLCBib2R5OiBhd2FpdCByZXF1ZXN0LnRleHQoKSwgc2NoZW1lOiBnZXRWZXJpZmljYXRpb24ocmVxdWVzdCk/LnNjaGVtZSB9KSxcbik7XG5cbmV4cG9ydCBjb25zdCBjb25maWc6IENvbmZpZyA9IHsgcGF0aDogJy9hcGkvaGFzdXJhJyB9O1xuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7OztBQXVCTyxJQUFNLGlCQUFrRTtBQUFBLEVBQzdFLHFCQUFxQjtBQUFBLEVBQ3JCLFdBQVc7QUFBQSxFQUNYLG1CQUFtQjtBQUFBLEVBQ25CLDRCQUE0QjtBQUFBLEVBQzVCLGdCQUFnQjtBQUFBLEVBQ2hCLFVBQVU7QUFBQSxFQUNWLG1CQUFtQjtBQUFBLEVBQ25CLGVBQWU7QUFDakI7QUFFTyxJQUFNLG9CQUFOLGNBQWdDLE1BQU07QUFBQSxFQUkzQyxZQUNXLE1BRUEsUUFDVCxTQUNBO0FBQ0EsVUFBTSxHQUFHLE1BQU0sS0FBSyxPQUFPLEVBQUU7QUFMcEI7QUFFQTtBQUlULFNBQUssU0FBUyxlQUFlLElBQUk7QUFBQSxFQUNuQztBQUFBLEVBUFc7QUFBQSxFQUVBO0FBQUEsRUFOTyxPQUFPO0FBQUEsRUFDaEI7QUFXWDtBQVFPLFNBQVMsT0FBTyxNQUE2QixRQUFnQixTQUEwQjtBQUM1RixTQUFPLEVBQUUsSUFBSSxPQUFPLE9BQU8sSUFBSSxrQkFBa0IsTUFBTSxRQUFRLE9BQU8sRUFBRTtBQUMxRTtBQUVPLFNBQVMsVUFBVSxPQUFrQztBQUMxRCxTQUFPLE9BQU8sVUFBVSxZQUFZLFVBQVUsUUFBUyxNQUEyQixPQUFPO0FBQzNGOzs7QUN2Qk8sU0FBUyxrQkFBa0IsRUFBRSxhQUFhLElBQU8sSUFBOEIsQ0FBQyxHQUFnQjtBQUNyRyxRQUFNLFdBQVcsb0JBQUksSUFBb0I7QUFDekMsU0FBTztBQUFBLElBQ0wsTUFBTSxLQUFLLFlBQVk7QUFDckIsWUFBTSxNQUFNLEtBQUssSUFBSTtBQUNyQixZQUFNLFNBQVMsU0FBUyxJQUFJLEdBQUc7QUFDL0IsVUFBSSxXQUFXLFVBQWEsU0FBUyxJQUFLLFFBQU87QUFDakQsZUFBUyxPQUFPLEdBQUc7QUFDbkIsZUFBUyxJQUFJLEtBQUssTUFBTSxhQUFhLEdBQUk7QUFDekMsaUJBQVcsVUFBVSxTQUFTLEtBQUssR0FBRztBQUNwQyxZQUFJLFNBQVMsUUFBUSxXQUFZO0FBQ2pDLGlCQUFTLE9BQU8sTUFBTTtBQUFBLE1BQ3hCO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxJQUFJO0FBRUosSUFBTSxzQkFBc0I7QUFDNUIsSUFBTSxxQkFBcUI7QUFNM0IsZUFBc0IsY0FBYyxRQUFrQixTQUF3QixLQUFvQztBQUNoSCxNQUFJLENBQUMsT0FBTyxVQUFXLFFBQU87QUFDOUIsUUFBTSxRQUFRLFFBQVEsVUFBVSxzQkFBc0Isa0JBQWtCO0FBQ3hFLFFBQU0sTUFBTSxPQUFPLGNBQWMsU0FBYSxRQUFRLGNBQWMsc0JBQXVCLEtBQUssSUFBSSxHQUFHLE9BQU8sWUFBWSxHQUFHO0FBQzdILFFBQU0sVUFBVSxNQUFNLFlBQVksTUFBTSxNQUFNLEdBQUcsT0FBTyxNQUFNLElBQUksT0FBTyxTQUFTLElBQUksR0FBRyxHQUFHLFFBQVEsYUFBYSxrQkFBa0I7QUFDbkksTUFBSSxZQUFZLEtBQU0sUUFBTztBQUM3QixNQUFJLFlBQVksTUFBTyxRQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVEsb0NBQW9DO0FBQ3BHLFNBQU8sUUFBUSxXQUFXLFNBQVMsT0FBTyxxQkFBcUIsT0FBTyxRQUFRLGlDQUFpQztBQUNqSDtBQUdBLGVBQWUsWUFBWSxRQUFvQyxXQUFpRDtBQUM5RyxNQUFJLE9BQU8sV0FBVyxVQUFXLFFBQU87QUFDeEMsTUFBSTtBQUNKLFFBQU0sVUFBVSxJQUFJLFFBQW1CLENBQUMsWUFBWTtBQUNsRCxZQUFRLFdBQVcsU0FBUyxXQUFXLE1BQVM7QUFBQSxFQUNsRCxDQUFDO0FBQ0QsTUFBSTtBQUNGLFdBQU8sTUFBTSxRQUFRLEtBQUssQ0FBQyxPQUFPLE1BQU0sTUFBTSxNQUFTLEdBQUcsT0FBTyxDQUFDO0FBQUEsRUFDcEUsVUFBRTtBQUNBLGlCQUFhLEtBQUs7QUFBQSxFQUNwQjtBQUNGOzs7QUNyRk8sSUFBTSxlQUFlLENBQUMsVUFDM0IsSUFBSSxrQkFBa0Isa0JBQWtCLFdBQVcsZ0JBQWdCLEtBQUssUUFBUTtBQU8zRSxJQUFNLGdCQUFOLE1BQW9CO0FBQUEsRUFJekIsWUFBcUIsT0FBZTtBQUFmO0FBQUEsRUFBZ0I7QUFBQSxFQUFoQjtBQUFBLEVBSFosVUFBd0IsQ0FBQztBQUFBLEVBQ2xDLFFBQVE7QUFBQTtBQUFBLEVBS1IsSUFBSSxPQUE0QjtBQUM5QixTQUFLLFNBQVMsTUFBTTtBQUNwQixRQUFJLEtBQUssUUFBUSxLQUFLLE1BQU8sUUFBTztBQUNwQyxTQUFLLFFBQVEsS0FBSyxLQUFLO0FBQ3ZCLFdBQU87QUFBQSxFQUNUO0FBQUE7QUFBQSxFQUdBLFNBQXlDO0FBQ3ZDLFFBQUksS0FBSyxRQUFRLEtBQUssTUFBTyxRQUFPLGFBQWEsS0FBSyxLQUFLO0FBQzNELFFBQUksS0FBSyxRQUFRLFdBQVcsRUFBRyxRQUFPLEtBQUssUUFBUSxDQUFDO0FBQ3BELFVBQU0sT0FBTyxJQUFJLFdBQVcsS0FBSyxLQUFLO0FBQ3RDLFFBQUksU0FBUztBQUNiLGVBQVcsU0FBUyxLQUFLLFNBQVM7QUFDaEMsV0FBSyxJQUFJLE9BQU8sTUFBTTtBQUN0QixnQkFBVSxNQUFNO0FBQUEsSUFDbEI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUNoQ0EsSUFBTSxjQUFjLElBQUksWUFBWTtBQUNwQyxJQUFNLGNBQWMsSUFBSSxZQUFZO0FBRTdCLElBQU0sT0FBTyxDQUFDLFNBQTBDLFlBQVksT0FBTyxJQUFJO0FBb0IvRSxTQUFTLE9BQU8sT0FBbUIsVUFBcUM7QUFDN0UsTUFBSSxhQUFhLE9BQU87QUFDdEIsUUFBSSxNQUFNO0FBQ1YsZUFBVyxRQUFRLE1BQU8sUUFBTyxLQUFLLFNBQVMsRUFBRSxFQUFFLFNBQVMsR0FBRyxHQUFHO0FBQ2xFLFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSSxTQUFTO0FBQ2IsYUFBVyxRQUFRLE1BQU8sV0FBVSxPQUFPLGFBQWEsSUFBSTtBQUM1RCxRQUFNLFNBQVMsS0FBSyxNQUFNO0FBQzFCLFNBQU8sYUFBYSxXQUFXLFNBQVMsT0FBTyxRQUFRLE9BQU8sR0FBRyxFQUFFLFFBQVEsT0FBTyxHQUFHLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDMUc7OztBQzdCQSxJQUFNLFlBQVksQ0FBQyxVQUEwQyxPQUFRLE1BQWtCLFFBQVE7QUFDL0YsSUFBTSxZQUFZLENBQUMsVUFDakIsT0FBUSxNQUFrQixVQUFVLGNBQWMsT0FBUSxNQUFrQixhQUFhO0FBaUJwRixJQUFNLHlCQUF5QixJQUFJLE9BQU87QUFNMUMsSUFBTSxpQkFBTixNQUFxQjtBQUFBLEVBQ2pCO0FBQUEsRUFDVDtBQUFBLEVBRUEsWUFBWSxPQUFxQjtBQUMvQixTQUFLLFNBQVM7QUFBQSxFQUNoQjtBQUFBO0FBQUEsRUFHQSxJQUFJLE1BQWlDO0FBQ25DLFVBQU0sTUFBTSxLQUFLLFlBQVk7QUFDN0IsVUFBTSxRQUFRLEtBQUs7QUFDbkIsUUFBSSxVQUFVLEtBQUssR0FBRztBQUNwQixZQUFNQSxTQUFRLE1BQU0sSUFBSSxHQUFHO0FBQzNCLGFBQU9BLFdBQVUsT0FBTyxDQUFDLElBQUksQ0FBQ0EsTUFBSztBQUFBLElBQ3JDO0FBQ0EsVUFBTSxTQUFVLEtBQUssZ0JBQWdCLGNBQWMsS0FBSztBQUN4RCxVQUFNLFFBQVEsa0JBQWtCLE1BQU0sT0FBTyxJQUFJLEdBQUcsSUFBSSxPQUFPLEdBQUc7QUFDbEUsUUFBSSxVQUFVLE9BQVcsUUFBTyxDQUFDO0FBQ2pDLFdBQU8sT0FBTyxVQUFVLFdBQVcsQ0FBQyxLQUFLLElBQUk7QUFBQSxFQUMvQztBQUFBO0FBQUEsRUFHQSxJQUFJLE1BQWtDO0FBQ3BDLFVBQU0sU0FBUyxLQUFLLElBQUksSUFBSTtBQUM1QixXQUFPLE9BQU8sV0FBVyxJQUFJLFNBQVksT0FBTyxLQUFLLElBQUk7QUFBQSxFQUMzRDtBQUNGO0FBR0EsU0FBUyxjQUFjLFFBQTREO0FBQ2pGLFFBQU0sUUFBUSxPQUFPLEtBQUssTUFBTTtBQUNoQyxNQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsU0FBUyxRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUcsUUFBTztBQUN0RCxRQUFNLFNBQVMsb0JBQUksSUFBc0I7QUFDekMsYUFBVyxRQUFRLE9BQU87QUFDeEIsVUFBTSxRQUFRLE9BQU8sSUFBSTtBQUN6QixRQUFJLFVBQVUsT0FBVztBQUN6QixVQUFNLE9BQU8sT0FBTyxJQUFJLEtBQUssWUFBWSxDQUFDLEtBQUssQ0FBQztBQUNoRCxTQUFLLEtBQUssR0FBSSxPQUFPLFVBQVUsV0FBVyxDQUFDLEtBQUssSUFBSSxLQUFNO0FBQzFELFdBQU8sSUFBSSxLQUFLLFlBQVksR0FBRyxJQUFJO0FBQUEsRUFDckM7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxJQUFNLG9CQUFOLE1BQXdCO0FBQUEsRUFDN0IsWUFDVyxRQUNBLEtBQ0EsU0FDQSxNQUNUO0FBSlM7QUFDQTtBQUNBO0FBQ0E7QUFBQSxFQUNSO0FBQUEsRUFKUTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUViO0FBTU8sU0FBUyxpQkFDZCxPQUNBLGVBQWUsd0JBQ3FEO0FBQ3BFLE1BQUksaUJBQWlCLGtCQUFtQixRQUFPO0FBQy9DLE1BQUksVUFBVSxLQUFLLEVBQUcsUUFBTyxnQkFBZ0IsT0FBTyxZQUFZLEVBQUUsS0FBSyxDQUFDLFNBQVMsTUFBTSxPQUFPLE1BQU0sWUFBWSxDQUFDO0FBRWpILFNBQU8sTUFBTSxPQUFPLFFBQVEsTUFBTSxJQUFJLEdBQUcsWUFBWTtBQUN2RDtBQUVBLFNBQVMsTUFBTSxPQUErQixNQUE0QixjQUFtRDtBQUMzSCxNQUFJLEVBQUUsZ0JBQWdCLFlBQWEsUUFBTztBQUMxQyxNQUFJLEtBQUssU0FBUyxhQUFjLFFBQU8sU0FBUyxZQUFZO0FBQzVELFNBQU8sSUFBSSxrQkFBa0IsTUFBTSxPQUFPLFlBQVksR0FBRyxNQUFNLEtBQUssSUFBSSxlQUFlLE1BQU0sT0FBTyxHQUFHLElBQUk7QUFDN0c7QUFFQSxTQUFTLFFBQVEsTUFBd0M7QUFDdkQsTUFBSSxTQUFTLFVBQWEsU0FBUyxLQUFNLFFBQU8sSUFBSSxXQUFXLENBQUM7QUFDaEUsTUFBSSxPQUFPLFNBQVMsU0FBVSxRQUFPLEtBQUssSUFBSTtBQUM5QyxTQUFPLGdCQUFnQixhQUFhLE9BQU8sSUFBSSxXQUFXLElBQUk7QUFDaEU7QUFFQSxJQUFNLFdBQVcsQ0FBQyxXQUE0QixFQUFFLElBQUksT0FBTyxPQUFPLGFBQWEsS0FBSyxFQUFFO0FBRXRGLGVBQWUsZ0JBQWdCLFNBQWtCLE9BQThDO0FBQzdGLE1BQUksUUFBUSxVQUFVO0FBQ3BCLFdBQU8sT0FBTyxpQkFBaUIsV0FBVyw2REFBNkQ7QUFBQSxFQUN6RztBQUNBLE1BQUksT0FBTyxRQUFRLFFBQVEsSUFBSSxnQkFBZ0IsQ0FBQyxJQUFJLE1BQU8sUUFBTyxTQUFTLEtBQUs7QUFDaEYsUUFBTSxTQUFTLFFBQVEsTUFBTSxFQUFFO0FBQy9CLE1BQUksQ0FBQyxPQUFRLFFBQU8sSUFBSSxXQUFXLENBQUM7QUFDcEMsUUFBTSxPQUFPLElBQUksY0FBYyxLQUFLO0FBQ3BDLFFBQU0sU0FBUyxPQUFPLFVBQVU7QUFDaEMsV0FBUyxPQUFPLE1BQU0sT0FBTyxLQUFLLEdBQUcsQ0FBQyxLQUFLLE1BQU0sT0FBTyxNQUFNLE9BQU8sS0FBSyxHQUFHO0FBQzNFLFFBQUksQ0FBQyxLQUFLLElBQUksS0FBSyxLQUFLLEdBQUc7QUFFekIsYUFBTyxPQUFPLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDckM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxLQUFLLE9BQU87QUFDMUIsU0FBTyxpQkFBaUIsYUFBYSxRQUFRLEVBQUUsSUFBSSxPQUFPLE9BQU8sTUFBTTtBQUN6RTs7O0FDL0dBLGVBQXNCLGNBQ3BCLE9BQ0EsVUFDQSxVQUF5QixDQUFDLEdBQ0g7QUFDdkIsUUFBTSxhQUFhLGlCQUFpQixPQUFPLFFBQVEsZ0JBQWdCLHNCQUFzQjtBQUN6RixRQUFNLFVBQVUsc0JBQXNCLFVBQVUsTUFBTSxhQUFhO0FBQ25FLE1BQUksVUFBVSxPQUFPLEVBQUcsUUFBTztBQUMvQixRQUFNLE1BQU0sUUFBUSxPQUFPLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxHQUFJO0FBQ3ZELFFBQU0sU0FBUyxRQUFRLFdBQVcsT0FBTyxDQUFDLElBQUksUUFBUSxVQUFVO0FBQ2hFLFFBQU0sU0FBUyxNQUFNLFNBQVMsT0FBTyxTQUFTLEVBQUUsS0FBSyxRQUFRLFdBQVcsT0FBVSxDQUFDO0FBQ25GLFNBQU8sT0FBTyxNQUFNLFNBQVMsY0FBYyxRQUFRLFFBQVEsR0FBRyxJQUFJO0FBQ3BFOzs7QUMvQk8sU0FBUyxVQUFVLFNBQTJDO0FBQ25FLE1BQUksbUJBQW1CLFdBQVksUUFBTztBQUMxQyxRQUFNLFNBQVMsT0FBTyxZQUFZLFdBQVcsQ0FBQyxPQUFPLElBQUksU0FBUztBQUFBLElBQUksQ0FBQyxTQUNyRSxPQUFPLFNBQVMsV0FBVyxJQUFJLFlBQVksRUFBRSxPQUFPLElBQUksSUFBSTtBQUFBLEVBQzlEO0FBQ0EsTUFBSSxNQUFNLFdBQVcsRUFBRyxRQUFPLE1BQU0sQ0FBQztBQUN0QyxRQUFNLFNBQVMsSUFBSSxXQUFXLE1BQU0sT0FBTyxDQUFDLE9BQU8sU0FBUyxRQUFRLEtBQUssUUFBUSxDQUFDLENBQUM7QUFDbkYsTUFBSSxTQUFTO0FBQ2IsYUFBVyxRQUFRLE9BQU87QUFDeEIsV0FBTyxJQUFJLE1BQU0sTUFBTTtBQUN2QixjQUFVLEtBQUs7QUFBQSxFQUNqQjtBQUNBLFNBQU87QUFDVDs7O0FDUU8sU0FBUyxpQkFBeUM7QUFDdkQsTUFBSTtBQUNGLFVBQU0sVUFBVyxXQUF5QztBQUMxRCxXQUFPLFNBQVMsbUJBQW1CLGFBQWE7QUFBQSxFQUNsRCxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDRjtBQUVBLFNBQVMsS0FBSyxNQUFnQixTQUFrQixVQUFxQztBQUNuRixNQUFJLE9BQU8sWUFBWSxZQUFZLG1CQUFtQixXQUFZLFFBQU8sS0FBSyxPQUFPLE9BQU8sRUFBRSxPQUFPLFFBQVE7QUFDN0csYUFBVyxRQUFRLFFBQVMsTUFBSyxPQUFPLElBQUk7QUFDNUMsU0FBTyxLQUFLLE9BQU8sUUFBUTtBQUM3QjtBQUdBLElBQU0sc0JBQXNCLENBQUMsSUFBTSxJQUFNLElBQU0sR0FBTSxHQUFNLEdBQU0sSUFBTSxLQUFNLEtBQU0sR0FBTSxJQUFNLENBQUk7QUFFNUYsU0FBUyxZQUFZQyxTQUFtQztBQUM3RCxRQUFNLGFBQWEsb0JBQUksUUFBNEI7QUFDbkQsUUFBTSxZQUFZLENBQUMsUUFBb0I7QUFDckMsUUFBSSxNQUFNLFdBQVcsSUFBSSxHQUFHO0FBQzVCLFFBQUksQ0FBQyxLQUFLO0FBQ1IsWUFBTUEsUUFBTyxnQkFBZ0IsRUFBRSxLQUFLLElBQUksV0FBVyxDQUFDLEdBQUcscUJBQXFCLEdBQUcsR0FBRyxDQUFDLEdBQUcsUUFBUSxPQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ25ILGlCQUFXLElBQUksS0FBSyxHQUFHO0FBQUEsSUFDekI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNBLFNBQU87QUFBQSxJQUNMLE1BQU07QUFBQSxJQUNOLE1BQU0sQ0FBQyxXQUEwQixLQUFLLFNBQVMsYUFBYSxLQUFLQSxRQUFPLFdBQVcsV0FBVyxHQUFHLEdBQUcsU0FBUyxRQUFRO0FBQUEsSUFDckgsUUFBUSxDQUFDLFdBQTBCLFNBQVMsYUFBYSxLQUFLQSxRQUFPLFdBQVcsU0FBUyxHQUFHLFNBQVMsUUFBUTtBQUFBLElBQzdHLGVBQWUsQ0FBQyxLQUFLLFNBQVMsY0FBY0EsUUFBTyxPQUFPLE1BQU0sVUFBVSxPQUFPLEdBQUcsVUFBVSxHQUFHLEdBQUcsU0FBUztBQUFBLEVBQy9HO0FBQ0Y7OztBQ3REQSxJQUFNLFlBQTJDLEVBQUUsTUFBTSxTQUFTLFFBQVEsV0FBVyxRQUFRLFVBQVU7QUFTdkcsSUFBTSxXQUFXLG9CQUFJLElBQTRFO0FBQ2pHLElBQU0sY0FBb0Msb0JBQUksUUFBUTtBQUV0RCxTQUFTLE9BQVUsT0FBb0IsS0FBUSxNQUFvRDtBQUNqRyxNQUFJLFFBQVEsTUFBTSxJQUFJLEdBQUc7QUFDekIsTUFBSSxDQUFDLE1BQU8sT0FBTSxJQUFJLEtBQU0sUUFBUSxLQUFLLENBQUU7QUFDM0MsU0FBTztBQUNUO0FBRUEsU0FBUyxRQUFRLFdBQTBCLEtBQWtDO0FBQzNFLE1BQUksU0FBUyxTQUFTLElBQUksU0FBUztBQUNuQyxNQUFJLENBQUMsT0FBUSxVQUFTLElBQUksV0FBWSxTQUFTLEVBQUUsTUFBTSxvQkFBSSxJQUFJLEdBQUcsT0FBTyxvQkFBSSxRQUFRLEVBQUUsQ0FBRTtBQUN6RixRQUFNLE9BQU8sTUFBTSxPQUFPLE9BQU8sVUFBVSxPQUFPLFVBQVUsR0FBRyxHQUFHLEVBQUUsTUFBTSxRQUFRLE1BQU0sVUFBVSxTQUFTLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSxDQUFDO0FBQy9ILFNBQU8sT0FBTyxRQUFRLFdBQVcsT0FBTyxPQUFPLE1BQU0sS0FBSyxJQUFJLElBQUksT0FBTyxPQUFPLE9BQU8sS0FBSyxJQUFJO0FBQ2xHO0FBRU8sSUFBTSxhQUE0QjtBQUFBLEVBQ3ZDLE1BQU07QUFBQSxFQUNOLE1BQU0sS0FBSyxXQUFXLEtBQUssU0FBUyxVQUFVO0FBQzVDLFVBQU0sWUFBWSxNQUFNLE9BQU8sT0FBTyxLQUFLLFFBQVEsTUFBTSxRQUFRLFdBQVcsR0FBRyxHQUFHLFVBQVUsT0FBTyxDQUFDO0FBQ3BHLFdBQU8sT0FBTyxJQUFJLFdBQVcsU0FBUyxHQUFHLFFBQVE7QUFBQSxFQUNuRDtBQUFBLEVBQ0EsTUFBTSxPQUFPLFdBQVcsU0FBUyxVQUFVO0FBQ3pDLFdBQU8sT0FBTyxJQUFJLFdBQVcsTUFBTSxPQUFPLE9BQU8sT0FBTyxVQUFVLFNBQVMsR0FBRyxVQUFVLE9BQU8sQ0FBQyxDQUFDLEdBQUcsUUFBUTtBQUFBLEVBQzlHO0FBQUEsRUFDQSxNQUFNLGNBQWMsV0FBVyxTQUFTLFdBQVc7QUFDakQsVUFBTSxPQUFPLE1BQU0sT0FBTyxPQUFPLFVBQVUsT0FBTyxVQUFVLFNBQVMsR0FBRyxFQUFFLE1BQU0sVUFBVSxHQUFHLE9BQU8sQ0FBQyxRQUFRLENBQUM7QUFDOUcsV0FBTyxPQUFPLE9BQU8sT0FBTyxXQUFXLE1BQU0sT0FBTyxhQUFhLFdBQVcsSUFBSSxHQUFHLFVBQVUsU0FBUyxHQUFHLFVBQVUsT0FBTyxDQUFDO0FBQUEsRUFDN0g7QUFDRjs7O0FDckNPLFNBQVMsZ0JBQWdCLEdBQVcsR0FBb0I7QUFDN0QsTUFBSSxFQUFFLFdBQVcsRUFBRSxPQUFRLFFBQU87QUFDbEMsTUFBSSxhQUFhO0FBQ2pCLFdBQVMsSUFBSSxHQUFHLElBQUksRUFBRSxRQUFRLElBQUssZUFBYyxFQUFFLFdBQVcsQ0FBQyxJQUFJLEVBQUUsV0FBVyxDQUFDO0FBQ2pGLFNBQU8sZUFBZTtBQUN4Qjs7O0FDSEEsSUFBTSxhQUFhLGVBQWU7QUFHM0IsSUFBTSxVQUF5QixhQUFhLFlBQVksVUFBVSxJQUFJOzs7QUNGdEUsU0FBUyxhQUFhLFNBQTRCLE1BQWMsUUFBa0M7QUFDdkcsUUFBTSxTQUFTLFFBQVEsUUFBUSxJQUFJLElBQUk7QUFDdkMsTUFBSSxPQUFPLFNBQVMsRUFBRyxRQUFPLE9BQU8sYUFBYSxRQUFRLFVBQVUsSUFBSSx5QkFBeUI7QUFDakcsUUFBTSxRQUFRLE9BQU8sQ0FBQyxHQUFHLEtBQUs7QUFDOUIsU0FBTyxRQUFRLFFBQVEsT0FBTyx1QkFBdUIsUUFBUSxVQUFVLElBQUksYUFBYTtBQUMxRjtBQUVBLElBQU0sY0FBYyxvQkFBSSxJQUFvQjtBQUU1QyxlQUFlLGFBQWEsUUFBaUM7QUFDM0QsTUFBSSxTQUFTLFlBQVksSUFBSSxNQUFNO0FBQ25DLE1BQUksQ0FBQyxRQUFRO0FBQ1gsYUFBUyxNQUFNLFFBQVEsT0FBTyxVQUFVLFFBQVEsS0FBSztBQUNyRCxnQkFBWSxJQUFJLFFBQVEsTUFBTTtBQUFBLEVBQ2hDO0FBQ0EsU0FBTztBQUNUO0FBT0EsZUFBc0IsY0FBYyxXQUFtQixTQUE4QztBQUNuRyxRQUFNLGtCQUFrQixNQUFNLFFBQVEsT0FBTyxVQUFVLFdBQVcsS0FBSztBQUN2RSxNQUFJLFVBQVU7QUFDZCxhQUFXLFVBQVUsU0FBUztBQUM1QixRQUFJLGdCQUFnQixpQkFBaUIsTUFBTSxhQUFhLE1BQU0sQ0FBQyxFQUFHLFdBQVU7QUFBQSxFQUM5RTtBQUNBLFNBQU87QUFDVDs7O0FDM0JBLFNBQVMsUUFBUSxNQUFrQztBQUNqRCxRQUFNLFNBQVM7QUFDZixTQUFPLE9BQU8sU0FBUyxNQUFNLElBQUksS0FBSyxPQUFPLE1BQU0sSUFBSSxJQUFJLElBQUk7QUFDakU7QUFHTyxTQUFTLGNBQWMsUUFBZ0IsUUFBZ0IsT0FBaUQ7QUFDN0csTUFBSSxVQUFVLE9BQVcsUUFBTyxPQUFPLGlCQUFpQixRQUFRLFdBQVcsTUFBTSxjQUFjO0FBQy9GLE1BQUksT0FBTyxVQUFVLFlBQVksU0FBUyxPQUFPO0FBQy9DLFVBQU0sUUFBUSxRQUFRLE1BQU0sR0FBRztBQUMvQixRQUFJLENBQUMsTUFBTyxRQUFPLE9BQU8saUJBQWlCLFFBQVEsd0JBQXdCLE1BQU0sR0FBRyxzQkFBc0I7QUFDMUcsV0FBTyxDQUFDLEtBQUs7QUFBQSxFQUNmO0FBQ0EsUUFBTSxTQUFTLE9BQU8sVUFBVSxXQUFXLENBQUMsS0FBSyxJQUFJLENBQUMsR0FBRyxLQUFLO0FBQzlELE1BQUksT0FBTyxXQUFXLEVBQUcsUUFBTyxPQUFPLGlCQUFpQixRQUFRLFdBQVcsTUFBTSxvQkFBb0I7QUFDckcsTUFBSSxPQUFPLEtBQUssQ0FBQyxVQUFVLE9BQU8sVUFBVSxZQUFZLFVBQVUsRUFBRSxHQUFHO0FBQ3JFLFdBQU8sT0FBTyxpQkFBaUIsUUFBUSxXQUFXLE1BQU0sMkJBQTJCO0FBQUEsRUFDckY7QUFDQSxTQUFPO0FBQ1Q7OztBQ2xCTyxTQUFTLGVBQ2QsUUFDQSxRQUNBLE9BRUEsVUFDVTtBQUNWLE1BQUk7QUFDSixRQUFNLFVBQVUsTUFBb0M7QUFDbEQsUUFBSSxTQUFVLFFBQU87QUFDckIsVUFBTSxTQUFTLENBQUM7QUFDaEIsZUFBVyxVQUFVLE9BQU8sS0FBSyxNQUFNLEdBQVU7QUFDL0MsWUFBTSxRQUFRLGNBQWMsUUFBUSxRQUFRLE9BQU8sTUFBTSxDQUFDO0FBQzFELFVBQUksVUFBVSxLQUFLLEVBQUcsUUFBTztBQUM3QixhQUFPLE1BQU0sSUFBSTtBQUFBLElBQ25CO0FBQ0EsV0FBTyxXQUFXLE1BQU0sTUFBTSxXQUFXO0FBQUEsRUFDM0M7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EscUJBQXFCO0FBQ25CLFlBQU0sVUFBVSxRQUFRO0FBQ3hCLGFBQU8sVUFBVSxPQUFPLElBQUksUUFBUSxRQUFRO0FBQUEsSUFDOUM7QUFBQTtBQUFBLElBRUEsT0FBTyxTQUFTLFNBQVM7QUFDdkIsWUFBTSxVQUFVLFFBQVE7QUFDeEIsYUFBTyxVQUFVLE9BQU8sSUFBSSxRQUFRLFFBQVEsT0FBTyxJQUFJLE1BQU0sU0FBUyxTQUFTLE9BQU87QUFBQSxJQUN4RjtBQUFBLEVBQ0Y7QUFDRjs7O0FDSU8sSUFBTSxXQUFXLENBQUMsUUFBZ0IsVUFBMkMsQ0FBQyxPQUFpQjtBQUFBLEVBQ3BHLElBQUk7QUFBQSxFQUNKO0FBQUEsRUFDQSxHQUFHO0FBQ0w7OztBQy9CTyxTQUFTLGFBQWEsU0FBd0M7QUFDbkUsUUFBTSxTQUFTO0FBQ2YsUUFBTSxTQUFTLFFBQVEsVUFBVTtBQUNqQyxTQUFPLGVBQWUsUUFBUSxFQUFFLFFBQVEsUUFBUSxPQUFPLEdBQUcsT0FBTyxTQUFTLFVBQVUsRUFBRSxPQUFPLE1BQU07QUFDakcsVUFBTSxZQUFZLGFBQWEsU0FBUyxRQUFRLE1BQU07QUFDdEQsUUFBSSxVQUFVLFNBQVMsRUFBRyxRQUFPO0FBQ2pDLFFBQUksTUFBTSxjQUFjLFdBQVcsTUFBTSxFQUFHLFFBQU8sU0FBUyxNQUFNO0FBQ2xFLFdBQU8sT0FBTyxxQkFBcUIsUUFBUSxVQUFVLE1BQU0sMkJBQTJCO0FBQUEsRUFDeEYsQ0FBQztBQUNIOzs7QUN6Qk8sU0FBUyxhQUFhLEtBQXFCO0FBQ2hELFNBQU8sSUFBSSxRQUFRLG1DQUFtQyxFQUFFLEtBQUs7QUFDL0Q7OztBQ3VDTyxTQUFTLGdCQUFnQixPQUEyQztBQUN6RSxTQUFPLEVBQUUsUUFBUSxNQUFNLFFBQVEsU0FBUyxFQUFFLGdCQUFnQixtQkFBbUIsR0FBRyxNQUFNLEtBQUssVUFBVSxFQUFFLE9BQU8sTUFBTSxLQUFLLENBQUMsRUFBRTtBQUM5SDtBQUVBLElBQU0sZ0JBQWdCLG9CQUFJLFFBQThCO0FBTWpELFNBQVMsZ0JBQWdCLFNBQTJDO0FBQ3pFLFNBQU8sY0FBYyxJQUFJLE9BQU87QUFDbEM7QUFPTyxTQUFTLFlBQVksVUFBd0IsQ0FBQyxHQUFHO0FBQ3RELFFBQU0sV0FBVyxRQUFRLFlBQVksYUFBYSxFQUFFLFFBQVEsRUFBRSxLQUFLLG1CQUFtQixFQUFFLENBQUM7QUFDekYsUUFBTSxNQUFNLFFBQVEsUUFBUSxDQUFDLFNBQWlCLFFBQVEsTUFBTSxJQUFJO0FBQ2hFLE1BQUksV0FBVztBQUNmLFFBQU0sU0FBUyxDQUFDLFVBQTZCO0FBQzNDLFFBQUksU0FBVTtBQUNkLGVBQVc7QUFDWCxRQUFJLGVBQWUsTUFBTSxPQUFPLDBEQUEwRDtBQUFBLEVBQzVGO0FBQ0EsUUFBTSxpQkFBaUIsU0FBUyxtQkFBbUI7QUFDbkQsTUFBSSxlQUFnQixRQUFPLGNBQWM7QUFFekMsU0FBTztBQUFBO0FBQUEsSUFFTCxVQUFVLFlBQTRCO0FBQ3BDLFlBQU0sRUFBRSxVQUFVLElBQUk7QUFDdEIsVUFBSSxPQUFPLGNBQWMsV0FBWSxRQUFPLFVBQVUsVUFBVTtBQUNoRSxVQUFJLENBQUMsVUFBVyxRQUFPO0FBQ3ZCLGFBQU8sVUFBVSxRQUFRLFFBQVEsRUFBRSxJQUFJLGFBQWEsVUFBVTtBQUFBLElBQ2hFO0FBQUE7QUFBQSxJQUdBLE9BQU8sT0FBd0M7QUFDN0MsVUFBSSxNQUFNLFNBQVMsZ0JBQWlCLFFBQU8sS0FBSztBQUNoRCxhQUFPLEVBQUUsSUFBSSxPQUFPLE9BQU8sVUFBVSxnQkFBZ0IsS0FBSyxFQUFFO0FBQUEsSUFDOUQ7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLElBTUEsTUFBTSxPQUFPLE9BQW9DLEtBQWEsS0FBcUM7QUFDakcsWUFBTSxhQUFhLE1BQU0saUJBQWlCLE9BQU8sUUFBUSxZQUFZO0FBQ3JFLFlBQU0sVUFBVSxPQUFPLENBQUMsVUFBVSxVQUFVLElBQUksSUFBSSxrQkFBa0IsV0FBVyxRQUFRLEtBQUssV0FBVyxTQUFTLFdBQVcsSUFBSSxJQUFJO0FBQ3JJLFlBQU0sU0FBUyxVQUFVLE9BQU8sSUFBSSxVQUFVLE1BQU0sY0FBYyxTQUFTLFVBQVUsY0FBYyxPQUFPLENBQUM7QUFDM0csVUFBSSxDQUFDLE9BQU8sR0FBSSxRQUFPLEtBQUssT0FBTyxPQUFPLEtBQUs7QUFDL0MsWUFBTSxlQUE2QixFQUFFLEdBQUcsUUFBUSxNQUFPLFFBQThCLEtBQUs7QUFDMUYsb0JBQWMsSUFBSSxLQUFLLFlBQVk7QUFDbkMsYUFBTyxFQUFFLElBQUksTUFBTSxhQUFhO0FBQUEsSUFDbEM7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsRUFBRSxRQUFRLGFBQWEsR0FBaUI7QUFDN0QsU0FBTyxFQUFFLEdBQUksV0FBVyxTQUFZLENBQUMsSUFBSSxFQUFFLE9BQU8sR0FBSSxHQUFJLGlCQUFpQixTQUFZLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRztBQUNoSDs7O0FDdkZPLFNBQVMsd0JBQ2QsU0FDQSxVQUFrQyxDQUFDLEdBQ25DLEVBQUUsUUFBUSxZQUFZLE9BQU8sR0FBRyxhQUFhLENBQUMsWUFBWSxRQUFRLElBQUksSUFBaUIsQ0FBQyxHQUN6QztBQUMvQyxTQUFPLFVBQVUsU0FBUztBQUN4QixVQUFNLFVBQVUsS0FBSyxDQUFDO0FBQ3RCLFVBQU0sVUFBVSxNQUFNLE1BQU0sT0FBTyxTQUFTLFNBQVMsTUFBTSxVQUFVLFdBQVcsT0FBTyxDQUFDLENBQUM7QUFDekYsUUFBSSxRQUFRLEdBQUksUUFBUSxRQUFrRSxHQUFHLElBQUk7QUFDakcsUUFBSSxRQUFRLFVBQVcsUUFBTyxRQUFRLFVBQVUsUUFBUSxPQUFPLE9BQU87QUFDdEUsV0FBTyxJQUFJLFNBQVMsUUFBUSxTQUFTLE1BQU0sRUFBRSxRQUFRLFFBQVEsU0FBUyxRQUFRLFNBQVMsUUFBUSxTQUFTLFFBQVEsQ0FBQztBQUFBLEVBQ25IO0FBQ0Y7OztBQzdCTyxTQUFTLGdCQUFnQixNQUFpQyxrQkFBa0IsT0FBbUI7QUFDcEcsTUFBSSxDQUFDLEtBQU0sUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNsQyxNQUFJLENBQUMsZ0JBQWlCLFFBQU8sS0FBSyxJQUFJO0FBRXRDLFFBQU0sU0FBVSxXQUFtRjtBQUNuRyxNQUFJLE9BQVEsUUFBTyxPQUFPLEtBQUssTUFBTSxRQUFRO0FBQzdDLFNBQU8sV0FBVyxLQUFLLEtBQUssSUFBSSxHQUFHLENBQUMsU0FBUyxLQUFLLFdBQVcsQ0FBQyxDQUFDO0FBQ2pFO0FBR08sU0FBUyxlQUFlLFNBQWlHO0FBQzlILFNBQU8sRUFBRSxZQUFZLFFBQVEsUUFBUSxTQUFTLFFBQVEsU0FBUyxNQUFNLFFBQVEsS0FBSztBQUNwRjs7O0FDT08sU0FBUyxpQkFBeUMsU0FBWSxTQUFtQyxRQUFlLFlBQVksT0FBTyxHQUFNO0FBQzlJLFFBQU0sVUFBVSxPQUFPLFVBQXdCLFNBQW9CO0FBQ2pFLFVBQU0sVUFBVSxNQUFNLE1BQU07QUFBQSxNQUMxQjtBQUFBLFFBQ0UsUUFBUSxNQUFNO0FBQUEsUUFDZCxLQUFLLE1BQU0sVUFBVSxNQUFNLE1BQU07QUFBQSxRQUNqQyxTQUFTLE1BQU0scUJBQXFCLE9BQU8sS0FBSyxNQUFNLGlCQUFpQixFQUFFLFNBQVMsSUFBSSxNQUFNLG9CQUFvQixNQUFNO0FBQUEsUUFDdEgsTUFBTSxnQkFBZ0IsTUFBTSxNQUFNLE1BQU0sZUFBZTtBQUFBLE1BQ3pEO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFDQSxRQUFJLFFBQVEsR0FBSSxRQUFRLFFBQXVELE9BQU8sR0FBRyxJQUFJO0FBQzdGLFdBQU8sUUFBUSxZQUFZLFFBQVEsVUFBVSxRQUFRLE9BQU8sS0FBSyxJQUFJLGVBQWUsUUFBUSxRQUFRO0FBQUEsRUFDdEc7QUFDQSxTQUFPO0FBQ1Q7OztBQ3BCTyxTQUFTLGlCQUFpQixTQUFzQyxVQUFrQixDQUFDLEdBQUc7QUFDM0YsUUFBTSxRQUFRLFlBQVksT0FBTztBQUNqQyxRQUFNLEtBQUssd0JBQXdCLFNBQXVCLFNBQVMsRUFBRSxNQUFNLENBQUM7QUFDNUUsUUFBTSxLQUFLLGlCQUFpQixTQUF5QixTQUFTLEtBQUs7QUFDbkUsU0FBTyxDQUFDLFVBQW1CLFNBQXFCLFVBQVUsS0FBSyxJQUFJLEdBQUcsT0FBTyxHQUFHLElBQUksSUFBSSxHQUFHLE9BQWdCLEdBQUksSUFBZ0I7QUFDakk7QUFFQSxTQUFTLFVBQVUsT0FBdUM7QUFDeEQsU0FBTyxPQUFRLE1BQXVCLGVBQWUsWUFBWSxPQUFRLE1BQXVCLFdBQVc7QUFDN0c7OztBQ3ZCQSxJQUFPLG9CQUFRO0FBQUEsRUFBaUIsT0FBTyxZQUNyQyxTQUFTLEtBQUssRUFBRSxPQUFPLE1BQU0sTUFBTSxNQUFNLFFBQVEsS0FBSyxHQUFHLFFBQVEsZ0JBQWdCLE9BQU8sR0FBRyxPQUFPLENBQUM7QUFDckc7QUFFTyxJQUFNLFNBQWlCLEVBQUUsTUFBTSxjQUFjOyIsCiAgIm5hbWVzIjogWyJ2YWx1ZSIsICJjcnlwdG8iXQp9Cg==
