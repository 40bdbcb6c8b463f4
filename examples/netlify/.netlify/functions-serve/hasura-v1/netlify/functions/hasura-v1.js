"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// netlify/functions/hasura-v1.ts
var hasura_v1_exports = {};
__export(hasura_v1_exports, {
  handler: () => handler
});
module.exports = __toCommonJS(hasura_v1_exports);

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
function withRequestVerification(handler2, options = {}, { guard = createGuard(options), requestUrl = (request) => request.url } = {}) {
  return async (...args) => {
    const request = args[0];
    const outcome = await guard.verify(request, request, guard.publicUrl(requestUrl(request)));
    if (outcome.ok) return handler2(...args);
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
function wrapEventHandler(handler2, options, guard = createGuard(options)) {
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
    if (outcome.ok) return handler2(event, ...rest);
    return options.onFailure ? options.onFailure(outcome.error, event) : lambdaResponse(outcome.response);
  };
  return wrapped;
}

// ../../packages/netlify/src/index.ts
function withVerification(handler2, options = {}) {
  const guard = createGuard(options);
  const v2 = withRequestVerification(handler2, options, { guard });
  const v1 = wrapEventHandler(handler2, options, guard);
  return (first, ...rest) => isV1Event(first) ? v1(first, ...rest) : v2(first, ...rest);
}
function isV1Event(value) {
  return typeof value.httpMethod === "string" && typeof value.rawUrl === "string";
}

// netlify/functions/hasura-v1.ts
var handler = withVerification(async (event) => ({
  statusCode: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ hello: "v1", rawBody: Buffer.from(getVerification(event)?.body ?? []).toString("base64") })
}));
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  handler
});
//# sourceMappingURL=hasura-v1.js.map
