
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
var fromUtf8 = (bytes) => utf8Decoder.decode(bytes);
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
function absoluteUrl(request, scheme) {
  try {
    return new URL(request.url);
  } catch {
    return refuse("misconfigured", scheme, "the request URL is not absolute; pass the public URL the sender signed");
  }
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

// ../../packages/core/src/delivery.ts
async function deliveryDetails(request, context, signature, idHeader) {
  const deliveryId = idHeader ? request.headers.get(idHeader)?.trim() : void 0;
  const replayKey = context.replay ? await backend.digest("sha256", signature, "base64url") : void 0;
  return { ...deliveryId ? { deliveryId } : {}, ...replayKey ? { replayKey } : {} };
}

// ../../packages/core/src/signature.ts
var DIGEST_BYTES = { sha1: 20, sha256: 32, sha512: 64 };
var HASH_ALGORITHMS = Object.keys(DIGEST_BYTES);
var ALPHABET = {
  hex: /^[0-9a-f]+$/,
  base64: /^[A-Za-z0-9+/]+={0,2}$/,
  base64url: /^[A-Za-z0-9_-]+$/
};
function encodedLength(algorithm, encoding) {
  const bytes = DIGEST_BYTES[algorithm];
  if (encoding === "hex") return bytes * 2;
  return encoding === "base64" ? Math.ceil(bytes / 3) * 4 : Math.ceil(bytes * 4 / 3);
}
function isEncodedDigest(text, algorithm, encoding) {
  return text.length === encodedLength(algorithm, encoding) && ALPHABET[encoding].test(text);
}
async function hmacMatches(algorithm, keys, message, presented, encoding) {
  for (const key of keys) {
    const result = backend.hmac(algorithm, key, message, encoding);
    const expected = typeof result === "string" ? result : await result;
    if (typeof presented === "string" ? timingSafeEqual(expected, presented) : presented.some((text) => timingSafeEqual(expected, text))) {
      return true;
    }
  }
  return false;
}
async function digestMatches(algorithm, message, presented, encoding) {
  return timingSafeEqual(await backend.digest(algorithm, message, encoding), presented);
}

// ../../packages/core/src/schemes/twilio-url.ts
var AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;
function setDefaultPort(url, withPort) {
  const match = AUTHORITY.exec(url);
  if (!match) return url;
  const [prefix, scheme, authority] = match;
  const userInfo = authority.slice(0, authority.lastIndexOf("@") + 1);
  const hostAndPort = authority.slice(userInfo.length);
  const colon = hostAndPort.indexOf(":", hostAndPort.lastIndexOf("]") + 1);
  const host = colon < 0 ? hostAndPort : hostAndPort.slice(0, colon);
  const port = colon < 0 ? "" : hostAndPort.slice(colon);
  const defaultPort = scheme.toLowerCase() === "https://" ? ":443" : ":80";
  if (port !== "" && port !== defaultPort) return url;
  return scheme + userInfo + host + (withPort ? defaultPort : "") + url.slice(prefix.length);
}
function unescapeLegacy(text) {
  const plus = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plus);
  } catch {
    const bytes = [];
    for (let i = 0; i < plus.length; i++) {
      const hex = plus.slice(i + 1, i + 3);
      if (plus[i] === "%" && /^[0-9a-fA-F]{2}$/.test(hex)) {
        bytes.push(parseInt(hex, 16));
        i += 2;
      } else {
        bytes.push(...new TextEncoder().encode(plus[i]));
      }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
}
function legacyQuery(url) {
  const start = url.indexOf("?");
  if (start < 0 || start === url.length - 1) return url;
  const groups = /* @__PURE__ */ new Map();
  for (const pair of url.slice(start + 1).split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const key = unescapeLegacy(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? "" : unescapeLegacy(pair.slice(eq + 1));
    groups.set(key, [...groups.get(key) ?? [], value]);
  }
  const pairs = [...groups].flatMap(
    ([key, values]) => values.map((value) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
  );
  return `${url.slice(0, start)}?${pairs.join("&")}`;
}
function* twilioUrlCandidates(url) {
  const tried = /* @__PURE__ */ new Set();
  const fresh = (candidate) => !tried.has(candidate) && tried.add(candidate);
  for (const candidate of [setDefaultPort(url, false), setDefaultPort(url, true)]) {
    if (fresh(candidate)) yield candidate;
  }
  const normalized = new URL(url).href;
  const withoutPort = setDefaultPort(normalized, false);
  const withPort = setDefaultPort(normalized, true);
  for (const candidate of [withoutPort, withPort, legacyQuery(withoutPort), legacyQuery(withPort)]) {
    if (fresh(candidate)) yield candidate;
  }
}

// ../../packages/core/src/schemes/twilio.ts
var HEADER = "x-twilio-signature";
function twilio(options) {
  const scheme = "twilio";
  return defineVerifier(scheme, { authToken: options.authToken }, async (request, context, { authToken }) => {
    const header = singleHeader(request, HEADER, scheme);
    if (isRefusal(header)) return header;
    if (!isEncodedDigest(header, "sha1", "base64")) {
      return refuse("malformed", scheme, `header ${HEADER} is not a base64 HMAC-SHA1`);
    }
    const url = absoluteUrl(request, scheme);
    if (isRefusal(url)) return url;
    const params = await signedParams(request, url);
    if (isRefusal(params)) return params;
    for (const candidate of twilioUrlCandidates(request.url)) {
      if (await hmacMatches("sha1", authToken, candidate + params, header, "base64")) {
        return verified(scheme, await deliveryDetails(request, context, header, "i-twilio-idempotency-token"));
      }
    }
    return refuse("invalid_signature", scheme, `header ${HEADER} does not match the URL and parameters`);
  });
}
async function signedParams(request, url) {
  const bodyHash = url.searchParams.get("bodySHA256");
  if (bodyHash !== null) {
    if (await digestMatches("sha256", request.body, bodyHash, "hex")) return "";
    return refuse("invalid_signature", "twilio", "the body does not hash to bodySHA256");
  }
  if (request.body.length === 0) return "";
  if (!isFormEncoded(request.headers.get("content-type"))) {
    return refuse("malformed", "twilio", "the body is neither form-encoded nor covered by bodySHA256");
  }
  return sortedFormParams(fromUtf8(request.body));
}
function isFormEncoded(contentType) {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "application/x-www-form-urlencoded";
}
function sortedFormParams(body) {
  const form = /* @__PURE__ */ new Map();
  for (const [name, value] of parseForm(body)) {
    const values = form.get(name);
    if (values) values.add(value);
    else form.set(name, /* @__PURE__ */ new Set([value]));
  }
  let text = "";
  for (const name of [...form.keys()].sort()) {
    for (const value of [...form.get(name)].sort()) text += name + value;
  }
  return text;
}
function parseForm(body) {
  const pairs = [];
  for (const pair of body.split("&")) {
    if (!pair) continue;
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? "" : pair.slice(eq + 1);
    try {
      pairs.push([decodeFormText(name), decodeFormText(value)]);
    } catch {
      pairs.push(...new URLSearchParams(pair));
    }
  }
  return pairs;
}
var decodeFormText = (text) => /[%+]/.test(text) ? decodeURIComponent(text.replace(/\+/g, " ")) : text;

// ../../packages/core/src/public-url.ts
function pathAndQuery(url) {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "") || "/";
}

// ../../packages/core/src/guard.ts
function refusalResponse(error) {
  return { status: error.status, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: error.code }) };
}
var verifications = /* @__PURE__ */ new WeakMap();
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

// netlify/functions/twilio-v2.ts
var twilio_v2_default = withVerification(
  async (_request, context) => new Response(`<Response><!-- ${context.requestId ? "ok" : ""} --></Response>`),
  { verifier: twilio({ authToken: { env: "TWILIO_AUTH_TOKEN" } }) }
);
var config = { path: "/api/twilio" };
export {
  config,
  twilio_v2_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvZXJyb3JzLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3JlcGxheS50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9ib2R5LnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2VuY29kaW5nLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3JlcXVlc3QudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvdmVyaWZ5LXJlcXVlc3QudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL21lc3NhZ2UudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL25vZGUudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL3dlYi50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9jcnlwdG8vdGltaW5nLXNhZmUtZXF1YWwudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvY3J5cHRvL2luZGV4LnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL2NyZWRlbnRpYWxzLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3NlY3JldHMudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvZGVmaW5lLXZlcmlmaWVyLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3ZlcmlmaWVyLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3NjaGVtZXMvc2hhcmVkLXNlY3JldC50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9kZWxpdmVyeS50cyIsICIuLi8uLi9wYWNrYWdlcy9jb3JlL3NyYy9zaWduYXR1cmUudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvc2NoZW1lcy90d2lsaW8tdXJsLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3NjaGVtZXMvdHdpbGlvLnRzIiwgIi4uLy4uL3BhY2thZ2VzL2NvcmUvc3JjL3B1YmxpYy11cmwudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvZ3VhcmQudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvd2ViLWhhbmRsZXIudHMiLCAiLi4vLi4vcGFja2FnZXMvY29yZS9zcmMvbGFtYmRhLWV2ZW50LnRzIiwgIi4uLy4uL3BhY2thZ2VzL25ldGxpZnkvc3JjL3YxLnRzIiwgIi4uLy4uL3BhY2thZ2VzL25ldGxpZnkvc3JjL2luZGV4LnRzIiwgIm5ldGxpZnkvZnVuY3Rpb25zL3R3aWxpby12Mi50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBXaHkgYSByZXF1ZXN0IHdhcyByZWZ1c2VkLiBDb2RlcyBhcmUgc3RhYmxlOiBtYXRjaCBvbiBgY29kZWAsIG5ldmVyIG9uIGBtZXNzYWdlYC5cbiAqIE1lc3NhZ2VzIG5hbWUgd2hhdCBpcyB3cm9uZyAoXCJoZWFkZXIgWC1Ud2lsaW8tU2lnbmF0dXJlIGlzIG1pc3NpbmdcIikgYW5kIG5ldmVyXG4gKiBjb250YWluIGEgc2VjcmV0LCBhbiBleHBlY3RlZCBzaWduYXR1cmUgb3IgYSBwcmVzZW50ZWQgdG9rZW4uXG4gKi9cbmV4cG9ydCB0eXBlIFZlcmlmaWNhdGlvbkVycm9yQ29kZSA9XG4gIHwgJ21pc3NpbmdfY3JlZGVudGlhbHMnXG4gIHwgJ21hbGZvcm1lZCdcbiAgfCAnaW52YWxpZF9zaWduYXR1cmUnXG4gIHwgJ3RpbWVzdGFtcF9vdXRfb2ZfdG9sZXJhbmNlJ1xuICB8ICdib2R5X3Rvb19sYXJnZSdcbiAgfCAncmVwbGF5ZWQnXG4gIHwgJ3N0b3JlX3VuYXZhaWxhYmxlJ1xuICB8ICdtaXNjb25maWd1cmVkJztcblxuLyoqXG4gKiBUaGUgb25lIHBsYWNlIGNvZGVzIGJlY29tZSBIVFRQIHN0YXR1c2VzLiBNaXNzaW5nIGNyZWRlbnRpYWxzIGFyZSBhIDQwMSAodGhlXG4gKiBjbGllbnQgbWF5IHJldHJ5IHdpdGggdGhlbSk7IHByZXNlbnQgYnV0IHdyb25nIG9uZXMgYXJlIGEgNDAzLCBhcyB0aGUgQXV0aDBcbiAqIFdlYnRhc2sgYXJ0aWNsZSBkb2VzOyBhIHNlcnZlciB3aXRob3V0IGl0cyBzZWNyZXQgaXMgYSA1MDAsIG5ldmVyIGEgMjAwLlxuICogQSByZXBsYXllZCBkZWxpdmVyeSBpcyBhIDQwOTogaXRzIGNyZWRlbnRpYWxzIGFyZSB2YWxpZCwgc28gNDAxLzQwMyB3b3VsZCBzZW5kXG4gKiBhbiBvcGVyYXRvciBodW50aW5nIGZvciBhIHdyb25nIHNlY3JldDsgdGhlIGNvbmZsaWN0IGlzIHdpdGggYSBkZWxpdmVyeSBhbHJlYWR5XG4gKiBhY2NlcHRlZC4gQSByZXBsYXkgc3RvcmUgdGhhdCBjYW5ub3QgYW5zd2VyIGlzIGEgNTAzLCBzbyBzZW5kZXJzIHJldHJ5IGxhdGVyLlxuICovXG5leHBvcnQgY29uc3QgU1RBVFVTX0JZX0NPREU6IFJlYWRvbmx5PFJlY29yZDxWZXJpZmljYXRpb25FcnJvckNvZGUsIG51bWJlcj4+ID0ge1xuICBtaXNzaW5nX2NyZWRlbnRpYWxzOiA0MDEsXG4gIG1hbGZvcm1lZDogNDAzLFxuICBpbnZhbGlkX3NpZ25hdHVyZTogNDAzLFxuICB0aW1lc3RhbXBfb3V0X29mX3RvbGVyYW5jZTogNDAzLFxuICBib2R5X3Rvb19sYXJnZTogNDEzLFxuICByZXBsYXllZDogNDA5LFxuICBzdG9yZV91bmF2YWlsYWJsZTogNTAzLFxuICBtaXNjb25maWd1cmVkOiA1MDAsXG59O1xuXG5leHBvcnQgY2xhc3MgVmVyaWZpY2F0aW9uRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIG92ZXJyaWRlIHJlYWRvbmx5IG5hbWUgPSAnVmVyaWZpY2F0aW9uRXJyb3InO1xuICByZWFkb25seSBzdGF0dXM6IG51bWJlcjtcblxuICBjb25zdHJ1Y3RvcihcbiAgICByZWFkb25seSBjb2RlOiBWZXJpZmljYXRpb25FcnJvckNvZGUsXG4gICAgLyoqIFRoZSBzY2hlbWUgdGhhdCByZWZ1c2VkLCBlLmcuIGB0d2lsaW9gLiAqL1xuICAgIHJlYWRvbmx5IHNjaGVtZTogc3RyaW5nLFxuICAgIG1lc3NhZ2U6IHN0cmluZyxcbiAgKSB7XG4gICAgc3VwZXIoYCR7c2NoZW1lfTogJHttZXNzYWdlfWApO1xuICAgIHRoaXMuc3RhdHVzID0gU1RBVFVTX0JZX0NPREVbY29kZV07XG4gIH1cbn1cblxuLyoqIEEgcmVmdXNhbCwgYXMgZXZlcnkgdmVyaWZpZXIgYW5kIGB2ZXJpZnlSZXF1ZXN0YCByZXR1cm4gaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlZnVzYWwge1xuICByZWFkb25seSBvazogZmFsc2U7XG4gIHJlYWRvbmx5IGVycm9yOiBWZXJpZmljYXRpb25FcnJvcjtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZnVzZShjb2RlOiBWZXJpZmljYXRpb25FcnJvckNvZGUsIHNjaGVtZTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpOiBSZWZ1c2FsIHtcbiAgcmV0dXJuIHsgb2s6IGZhbHNlLCBlcnJvcjogbmV3IFZlcmlmaWNhdGlvbkVycm9yKGNvZGUsIHNjaGVtZSwgbWVzc2FnZSkgfTtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzUmVmdXNhbCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIFJlZnVzYWwge1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnb2JqZWN0JyAmJiB2YWx1ZSAhPT0gbnVsbCAmJiAodmFsdWUgYXMgeyBvaz86IHVua25vd24gfSkub2sgPT09IGZhbHNlO1xufVxuIiwgImltcG9ydCB7IHJlZnVzZSB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpZWQsIFZlcmlmeVJlc3VsdCB9IGZyb20gJy4vdmVyaWZpZXIuanMnO1xuXG4vKipcbiAqIFdoZXJlIHJlcGxheSBwcm90ZWN0aW9uIHJlY29yZHMgdGhlIGRlbGl2ZXJpZXMgaXQgaGFzIGFjY2VwdGVkLiBgY2xhaW1gIG11c3RcbiAqIGJlIGF0b21pYyBhY3Jvc3MgZXZlcnkgaW5zdGFuY2UgdGhhdCBzaGFyZXMgdGhlIHN0b3JlOiBvZiB0d28gY29uY3VycmVudFxuICogY2xhaW1zIG9mIG9uZSBrZXksIGV4YWN0bHkgb25lIG1heSBhbnN3ZXIgdHJ1ZS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZXBsYXlTdG9yZSB7XG4gIC8qKiBSZWNvcmRzIGBrZXlgIGZvciBgdHRsU2Vjb25kc2AgdW5sZXNzIGl0IGlzIHJlY29yZGVkIGFscmVhZHk7IHRydWUgd2hlbiB0aGUga2V5IHdhcyBuZXcuICovXG4gIGNsYWltKGtleTogc3RyaW5nLCB0dGxTZWNvbmRzOiBudW1iZXIpOiBib29sZWFuIHwgUHJvbWlzZTxib29sZWFuPjtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXBsYXlPcHRpb25zIHtcbiAgLyoqIERlZmF1bHQ6IG9uZSBpbi1tZW1vcnkgc3RvcmUgcGVyIHByb2Nlc3MsIGVub3VnaCBmb3IgYSBzaW5nbGUgaW5zdGFuY2UuIFVzZSBgQGhvb2tndWFyZC9yZWRpc2AgZm9yIG1hbnkuICovXG4gIHN0b3JlPzogUmVwbGF5U3RvcmU7XG4gIC8qKlxuICAgKiBIb3cgbG9uZyBhIGRlbGl2ZXJ5IGlzIHJlbWVtYmVyZWQgd2hlbiBpdHMgc2NoZW1lIHNpZ25zIG5vIHRpbWUgKEdpdEh1YixcbiAgICogU2hvcGlmeSwgZ2VuZXJpYyBITUFDLCBUd2lsaW8pOiBhZnRlciB0aGF0LCBhIGNhcHR1cmVkIHJlcXVlc3QgdmVyaWZpZXMgYWdhaW4uXG4gICAqIFRpbWVzdGFtcGVkIHNjaGVtZXMgYXJlIHJlbWVtYmVyZWQgZXhhY3RseSBhcyBsb25nIGFzIHRoZWlyIHNpZ25hdHVyZSBpc1xuICAgKiBhY2NlcHRlZC4gRGVmYXVsdDogODY0MDAgKG9uZSBkYXkpLlxuICAgKi9cbiAgdHRsU2Vjb25kcz86IG51bWJlcjtcbiAgLyoqIEhvdyBsb25nIHRvIHdhaXQgZm9yIHRoZSBzdG9yZSBiZWZvcmUgYW5zd2VyaW5nIGBzdG9yZV91bmF2YWlsYWJsZWAgKDUwMykuIERlZmF1bHQ6IDEwMDAuICovXG4gIHRpbWVvdXRNcz86IG51bWJlcjtcbiAgLyoqIEFjY2VwdCB0aGUgcmVxdWVzdCB3aGVuIHRoZSBzdG9yZSBmYWlscyBvciB0aW1lcyBvdXQsIGluc3RlYWQgb2YgcmVmdXNpbmcgaXQuIERlZmF1bHQ6IGZhbHNlLiAqL1xuICBmYWlsT3Blbj86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgTWVtb3J5UmVwbGF5U3RvcmVPcHRpb25zIHtcbiAgLyoqIFRoZSBtb3N0IGRlbGl2ZXJpZXMga2VwdDsgcGFzdCBpdCB0aGUgb2xkZXN0IGFyZSBmb3Jnb3R0ZW4gZmlyc3QuIERlZmF1bHQ6IDEwMDAwLiAqL1xuICBtYXhFbnRyaWVzPzogbnVtYmVyO1xufVxuXG4vKipcbiAqIEEgcmVwbGF5IHN0b3JlIGluIHRoaXMgcHJvY2VzcydzIG1lbW9yeSwgYm91bmRlZCBpbiBzaXplLiBJdCBwcm90ZWN0cyBvbmVcbiAqIGluc3RhbmNlOyBzZXJ2ZXJsZXNzIHBsYXRmb3JtcyBydW4gbWFueSwgd2hpY2ggc2hhcmUgbm90aGluZzogdXNlIGEgc2hhcmVkIHN0b3JlIHRoZXJlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWVtb3J5UmVwbGF5U3RvcmUoeyBtYXhFbnRyaWVzID0gMTBfMDAwIH06IE1lbW9yeVJlcGxheVN0b3JlT3B0aW9ucyA9IHt9KTogUmVwbGF5U3RvcmUge1xuICBjb25zdCBleHBpcmllcyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIHJldHVybiB7XG4gICAgY2xhaW0oa2V5LCB0dGxTZWNvbmRzKSB7XG4gICAgICBjb25zdCBub3cgPSBEYXRlLm5vdygpO1xuICAgICAgY29uc3QgZXhwaXJ5ID0gZXhwaXJpZXMuZ2V0KGtleSk7XG4gICAgICBpZiAoZXhwaXJ5ICE9PSB1bmRlZmluZWQgJiYgZXhwaXJ5ID4gbm93KSByZXR1cm4gZmFsc2U7XG4gICAgICBleHBpcmllcy5kZWxldGUoa2V5KTsgLy8gcmUtaW5zZXJ0ZWQgbGFzdCwga2VlcGluZyB0aGUgbWFwIGluIGluc2VydGlvbiAoXHUyMjQ4IGFnZSkgb3JkZXJcbiAgICAgIGV4cGlyaWVzLnNldChrZXksIG5vdyArIHR0bFNlY29uZHMgKiAxMDAwKTtcbiAgICAgIGZvciAoY29uc3Qgb2xkZXN0IG9mIGV4cGlyaWVzLmtleXMoKSkge1xuICAgICAgICBpZiAoZXhwaXJpZXMuc2l6ZSA8PSBtYXhFbnRyaWVzKSBicmVhaztcbiAgICAgICAgZXhwaXJpZXMuZGVsZXRlKG9sZGVzdCk7XG4gICAgICB9XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9LFxuICB9O1xufVxuXG5sZXQgc2hhcmVkTWVtb3J5U3RvcmU6IFJlcGxheVN0b3JlIHwgdW5kZWZpbmVkO1xuXG5jb25zdCBERUZBVUxUX1RUTF9TRUNPTkRTID0gODZfNDAwO1xuY29uc3QgREVGQVVMVF9USU1FT1VUX01TID0gMTAwMDtcblxuLyoqXG4gKiBSZWZ1c2VzIGEgdmVyaWZpZWQgZGVsaXZlcnkgd2hvc2UgcmVwbGF5IGtleSB3YXMgY2xhaW1lZCBiZWZvcmUuIFJlc3VsdHNcbiAqIHdpdGhvdXQgYSByZXBsYXkga2V5IChzdGF0aWMgY3JlZGVudGlhbHMpIHBhc3M6IG5vdGhpbmcgdGVsbHMgdGhlaXIgZGVsaXZlcmllcyBhcGFydC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNsYWltRGVsaXZlcnkocmVzdWx0OiBWZXJpZmllZCwgb3B0aW9uczogUmVwbGF5T3B0aW9ucywgbm93OiBudW1iZXIpOiBQcm9taXNlPFZlcmlmeVJlc3VsdD4ge1xuICBpZiAoIXJlc3VsdC5yZXBsYXlLZXkpIHJldHVybiByZXN1bHQ7XG4gIGNvbnN0IHN0b3JlID0gb3B0aW9ucy5zdG9yZSA/PyAoc2hhcmVkTWVtb3J5U3RvcmUgPz89IG1lbW9yeVJlcGxheVN0b3JlKCkpO1xuICBjb25zdCB0dGwgPSByZXN1bHQuZXhwaXJlc0F0ID09PSB1bmRlZmluZWQgPyAob3B0aW9ucy50dGxTZWNvbmRzID8/IERFRkFVTFRfVFRMX1NFQ09ORFMpIDogTWF0aC5tYXgoMSwgcmVzdWx0LmV4cGlyZXNBdCAtIG5vdyk7XG4gIGNvbnN0IGNsYWltZWQgPSBhd2FpdCB3aXRoVGltZW91dChzdG9yZS5jbGFpbShgJHtyZXN1bHQuc2NoZW1lfToke3Jlc3VsdC5yZXBsYXlLZXl9YCwgdHRsKSwgb3B0aW9ucy50aW1lb3V0TXMgPz8gREVGQVVMVF9USU1FT1VUX01TKTtcbiAgaWYgKGNsYWltZWQgPT09IHRydWUpIHJldHVybiByZXN1bHQ7XG4gIGlmIChjbGFpbWVkID09PSBmYWxzZSkgcmV0dXJuIHJlZnVzZSgncmVwbGF5ZWQnLCByZXN1bHQuc2NoZW1lLCAndGhpcyBkZWxpdmVyeSB3YXMgYWxyZWFkeSBhY2NlcHRlZCcpO1xuICByZXR1cm4gb3B0aW9ucy5mYWlsT3BlbiA/IHJlc3VsdCA6IHJlZnVzZSgnc3RvcmVfdW5hdmFpbGFibGUnLCByZXN1bHQuc2NoZW1lLCAndGhlIHJlcGxheSBzdG9yZSBkaWQgbm90IGFuc3dlcicpO1xufVxuXG4vKiogVGhlIHN0b3JlJ3MgYW5zd2VyLCBvciBgdW5kZWZpbmVkYCB3aGVuIGl0IGZhaWxlZCBvciBkaWQgbm90IGFuc3dlciBpbiB0aW1lLiAqL1xuYXN5bmMgZnVuY3Rpb24gd2l0aFRpbWVvdXQoYW5zd2VyOiBib29sZWFuIHwgUHJvbWlzZTxib29sZWFuPiwgdGltZW91dE1zOiBudW1iZXIpOiBQcm9taXNlPGJvb2xlYW4gfCB1bmRlZmluZWQ+IHtcbiAgaWYgKHR5cGVvZiBhbnN3ZXIgPT09ICdib29sZWFuJykgcmV0dXJuIGFuc3dlcjtcbiAgbGV0IHRpbWVyOiBSZXR1cm5UeXBlPHR5cGVvZiBzZXRUaW1lb3V0PiB8IHVuZGVmaW5lZDtcbiAgY29uc3QgdGltZW91dCA9IG5ldyBQcm9taXNlPHVuZGVmaW5lZD4oKHJlc29sdmUpID0+IHtcbiAgICB0aW1lciA9IHNldFRpbWVvdXQocmVzb2x2ZSwgdGltZW91dE1zLCB1bmRlZmluZWQpO1xuICB9KTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gYXdhaXQgUHJvbWlzZS5yYWNlKFthbnN3ZXIuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKSwgdGltZW91dF0pO1xuICB9IGZpbmFsbHkge1xuICAgIGNsZWFyVGltZW91dCh0aW1lcik7XG4gIH1cbn1cbiIsICJpbXBvcnQgeyBWZXJpZmljYXRpb25FcnJvciB9IGZyb20gJy4vZXJyb3JzLmpzJztcblxuZXhwb3J0IGNvbnN0IGJvZHlUb29MYXJnZSA9IChsaW1pdDogbnVtYmVyKTogVmVyaWZpY2F0aW9uRXJyb3IgPT5cbiAgbmV3IFZlcmlmaWNhdGlvbkVycm9yKCdib2R5X3Rvb19sYXJnZScsICdyZXF1ZXN0JywgYGJvZHkgZXhjZWVkcyAke2xpbWl0fSBieXRlc2ApO1xuXG4vKipcbiAqIEdhdGhlcnMgYSBib2R5IGZyb20gY2h1bmtzLCB1cCB0byBgbGltaXRgIGJ5dGVzOiB3aGF0IGNvcmUgZG9lcyB3aXRoIGEgd2ViXG4gKiBzdHJlYW0gYW5kIGFkYXB0ZXJzIGRvIHdpdGggYSBOb2RlIHN0cmVhbS4gUGFzdCB0aGUgbGltaXQgaXQga2VlcHMgY291bnRpbmdcbiAqIGJ1dCBzdG9yZXMgbm90aGluZyBtb3JlLlxuICovXG5leHBvcnQgY2xhc3MgQm9keUNvbGxlY3RvciB7XG4gIHJlYWRvbmx5ICNjaHVua3M6IFVpbnQ4QXJyYXlbXSA9IFtdO1xuICAjc2l6ZSA9IDA7XG5cbiAgY29uc3RydWN0b3IocmVhZG9ubHkgbGltaXQ6IG51bWJlcikge31cblxuICAvKiogQWRkcyBhIGNodW5rOyBmYWxzZSBvbmNlIHRoZSBib2R5IGlzIG92ZXIgdGhlIGxpbWl0LiAqL1xuICBhZGQoY2h1bms6IFVpbnQ4QXJyYXkpOiBib29sZWFuIHtcbiAgICB0aGlzLiNzaXplICs9IGNodW5rLmxlbmd0aDtcbiAgICBpZiAodGhpcy4jc2l6ZSA+IHRoaXMubGltaXQpIHJldHVybiBmYWxzZTtcbiAgICB0aGlzLiNjaHVua3MucHVzaChjaHVuayk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICAvKiogVGhlIGJvZHksIG9yIHRoZSA0MTMgcmVmdXNhbCB3aGVuIGl0IHdlbnQgb3ZlciB0aGUgbGltaXQuICovXG4gIHJlc3VsdCgpOiBVaW50OEFycmF5IHwgVmVyaWZpY2F0aW9uRXJyb3Ige1xuICAgIGlmICh0aGlzLiNzaXplID4gdGhpcy5saW1pdCkgcmV0dXJuIGJvZHlUb29MYXJnZSh0aGlzLmxpbWl0KTtcbiAgICBpZiAodGhpcy4jY2h1bmtzLmxlbmd0aCA9PT0gMSkgcmV0dXJuIHRoaXMuI2NodW5rc1swXSE7XG4gICAgY29uc3QgYm9keSA9IG5ldyBVaW50OEFycmF5KHRoaXMuI3NpemUpO1xuICAgIGxldCBvZmZzZXQgPSAwO1xuICAgIGZvciAoY29uc3QgY2h1bmsgb2YgdGhpcy4jY2h1bmtzKSB7XG4gICAgICBib2R5LnNldChjaHVuaywgb2Zmc2V0KTtcbiAgICAgIG9mZnNldCArPSBjaHVuay5sZW5ndGg7XG4gICAgfVxuICAgIHJldHVybiBib2R5O1xuICB9XG59XG4iLCAiLy8gUG9ydGFibGUgYnl0ZS90ZXh0IGNvZGVjczogY29yZSBydW5zIG9uIE5vZGUsIEVkZ2UgYW5kIERlbm8sIHNvIG5vIEJ1ZmZlci5cblxuZXhwb3J0IHR5cGUgU2lnbmF0dXJlRW5jb2RpbmcgPSAnaGV4JyB8ICdiYXNlNjQnIHwgJ2Jhc2U2NHVybCc7XG5cbmNvbnN0IHV0ZjhFbmNvZGVyID0gbmV3IFRleHRFbmNvZGVyKCk7XG5jb25zdCB1dGY4RGVjb2RlciA9IG5ldyBUZXh0RGVjb2RlcigpO1xuXG5leHBvcnQgY29uc3QgdXRmOCA9ICh0ZXh0OiBzdHJpbmcpOiBVaW50OEFycmF5PEFycmF5QnVmZmVyPiA9PiB1dGY4RW5jb2Rlci5lbmNvZGUodGV4dCk7XG5leHBvcnQgY29uc3QgZnJvbVV0ZjggPSAoYnl0ZXM6IFVpbnQ4QXJyYXkpOiBzdHJpbmcgPT4gdXRmOERlY29kZXIuZGVjb2RlKGJ5dGVzKTtcblxuY29uc3QgQkFTRTY0ID0gL15bQS1aYS16MC05Ky9dKj17MCwyfSQvO1xuY29uc3QgQkFTRTY0VVJMID0gL15bQS1aYS16MC05Xy1dKiQvO1xuXG4vKipcbiAqIERlY29kZXMgYmFzZTY0IChwYWRkZWQpIG9yIGJhc2U2NHVybCAodW5wYWRkZWQsIGFzIGluIEpXVHMpOyBgdW5kZWZpbmVkYCB1bmxlc3NcbiAqIHRoZSB0ZXh0IGlzIHRoZSBjYW5vbmljYWwgc3BlbGxpbmcgb2YgaXRzIGJ5dGVzLCBzbyBlYWNoIHZhbHVlIGhhcyBvbmUgZm9ybS5cbiAqIGBzdHJpY3Q6IGZhbHNlYCBhY2NlcHRzIG1pc3NpbmcgcGFkZGluZywgZm9yIGtleXMgcGVvcGxlIGNvcHkgYnkgaGFuZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlY29kZUJhc2U2NCh0ZXh0OiBzdHJpbmcsIGVuY29kaW5nOiAnYmFzZTY0JyB8ICdiYXNlNjR1cmwnLCBzdHJpY3QgPSB0cnVlKTogVWludDhBcnJheSB8IHVuZGVmaW5lZCB7XG4gIGlmICghKGVuY29kaW5nID09PSAnYmFzZTY0JyA/IEJBU0U2NCA6IEJBU0U2NFVSTCkudGVzdCh0ZXh0KSB8fCB0ZXh0LnJlcGxhY2UoLz0rJC8sICcnKS5sZW5ndGggJSA0ID09PSAxKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBzdGFuZGFyZCA9IGVuY29kaW5nID09PSAnYmFzZTY0JyA/IHRleHQgOiB0ZXh0LnJlcGxhY2UoLy0vZywgJysnKS5yZXBsYWNlKC9fL2csICcvJyk7XG4gIGNvbnN0IGJpbmFyeSA9IGF0b2Ioc3RhbmRhcmQucGFkRW5kKE1hdGguY2VpbChzdGFuZGFyZC5sZW5ndGggLyA0KSAqIDQsICc9JykpO1xuICBjb25zdCBieXRlcyA9IG5ldyBVaW50OEFycmF5KGJpbmFyeS5sZW5ndGgpO1xuICBmb3IgKGxldCBpID0gMDsgaSA8IGJpbmFyeS5sZW5ndGg7IGkrKykgYnl0ZXNbaV0gPSBiaW5hcnkuY2hhckNvZGVBdChpKTtcbiAgcmV0dXJuICFzdHJpY3QgfHwgZW5jb2RlKGJ5dGVzLCBlbmNvZGluZykgPT09IHRleHQgPyBieXRlcyA6IHVuZGVmaW5lZDtcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVuY29kZShieXRlczogVWludDhBcnJheSwgZW5jb2Rpbmc6IFNpZ25hdHVyZUVuY29kaW5nKTogc3RyaW5nIHtcbiAgaWYgKGVuY29kaW5nID09PSAnaGV4Jykge1xuICAgIGxldCBoZXggPSAnJztcbiAgICBmb3IgKGNvbnN0IGJ5dGUgb2YgYnl0ZXMpIGhleCArPSBieXRlLnRvU3RyaW5nKDE2KS5wYWRTdGFydCgyLCAnMCcpO1xuICAgIHJldHVybiBoZXg7XG4gIH1cbiAgbGV0IGJpbmFyeSA9ICcnO1xuICBmb3IgKGNvbnN0IGJ5dGUgb2YgYnl0ZXMpIGJpbmFyeSArPSBTdHJpbmcuZnJvbUNoYXJDb2RlKGJ5dGUpO1xuICBjb25zdCBiYXNlNjQgPSBidG9hKGJpbmFyeSk7XG4gIHJldHVybiBlbmNvZGluZyA9PT0gJ2Jhc2U2NCcgPyBiYXNlNjQgOiBiYXNlNjQucmVwbGFjZSgvXFwrL2csICctJykucmVwbGFjZSgvXFwvL2csICdfJykucmVwbGFjZSgvPSskLywgJycpO1xufVxuIiwgImltcG9ydCB7IEJvZHlDb2xsZWN0b3IsIGJvZHlUb29MYXJnZSB9IGZyb20gJy4vYm9keS5qcyc7XG5pbXBvcnQgeyByZWZ1c2UsIHR5cGUgUmVmdXNhbCB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB7IHV0ZjggfSBmcm9tICcuL2VuY29kaW5nLmpzJztcblxudHlwZSBIZWFkZXJSZWNvcmQgPSBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCByZWFkb25seSBzdHJpbmdbXSB8IHVuZGVmaW5lZD4+O1xuXG4vLyBSZWNvZ25pemVkIGJ5IHNoYXBlLCBub3QgYGluc3RhbmNlb2ZgOiBhIFJlcXVlc3Qgb3IgSGVhZGVycyBmcm9tIGFub3RoZXIgY29weSBvZlxuLy8gdW5kaWNpLCBhIHBvbHlmaWxsIG9yIGEgZnJhbWV3b3JrIHN1YmNsYXNzIG11c3Qgbm90IHBhc3MgZm9yIGEgcGxhaW4gb2JqZWN0LlxuY29uc3QgaXNIZWFkZXJzID0gKHZhbHVlOiBIZWFkZXJzSW5wdXQpOiB2YWx1ZSBpcyBIZWFkZXJzID0+IHR5cGVvZiAodmFsdWUgYXMgSGVhZGVycykuZ2V0ID09PSAnZnVuY3Rpb24nO1xuY29uc3QgaXNSZXF1ZXN0ID0gKHZhbHVlOiBQbGFpblJlcXVlc3QgfCBSZXF1ZXN0KTogdmFsdWUgaXMgUmVxdWVzdCA9PlxuICB0eXBlb2YgKHZhbHVlIGFzIFJlcXVlc3QpLmNsb25lID09PSAnZnVuY3Rpb24nICYmIHR5cGVvZiAodmFsdWUgYXMgUmVxdWVzdCkuYm9keVVzZWQgPT09ICdib29sZWFuJztcblxuLyoqIEhlYWRlciBpbnB1dCBhcyB1c2VycyBhbmQgcGxhdGZvcm1zIGhhdmUgaXQ6IGEgV0hBVFdHIGBIZWFkZXJzYCBvciBhIHBsYWluIG9iamVjdCAoTm9kZSdzIGByZXEuaGVhZGVyc2ApLiAqL1xuZXhwb3J0IHR5cGUgSGVhZGVyc0lucHV0ID0gSGVhZGVycyB8IEhlYWRlclJlY29yZDtcblxuLyoqIEEgcmVxdWVzdCBpbiBwbGFpbiBmb3JtLCBhcyBhZGFwdGVycyBidWlsZCBpdCBmcm9tIGEgcGxhdGZvcm0ncyBzaGFwZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGxhaW5SZXF1ZXN0IHtcbiAgbWV0aG9kOiBzdHJpbmc7XG4gIC8qKiBUaGUgYWJzb2x1dGUgVVJMIHRoZSBzZW5kZXIgc2lnbmVkOiBzY2hlbWUsIGhvc3QsIHBhdGggYW5kIHF1ZXJ5IGV4YWN0bHkgYXMgc2VudC4gKi9cbiAgdXJsOiBzdHJpbmc7XG4gIGhlYWRlcnM6IEhlYWRlcnNJbnB1dDtcbiAgYm9keT86IFVpbnQ4QXJyYXkgfCBBcnJheUJ1ZmZlciB8IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQ7XG59XG5cbmV4cG9ydCB0eXBlIFJlcXVlc3RJbnB1dCA9IFJlcXVlc3QgfCBQbGFpblJlcXVlc3QgfCBWZXJpZmlhYmxlUmVxdWVzdDtcblxuLyoqIDYgTWlCOiBBV1MgTGFtYmRhJ3Mgc3luY2hyb25vdXMgcGF5bG9hZCBsaW1pdCwgdGhlIGxhcmdlc3Qgb2YgdGhlIHBsYXRmb3JtcyBob29rZ3VhcmQgc2VydmVzLiAqL1xuZXhwb3J0IGNvbnN0IERFRkFVTFRfTUFYX0JPRFlfQllURVMgPSA2ICogMTAyNCAqIDEwMjQ7XG5cbi8qKlxuICogQ2FzZS1pbnNlbnNpdGl2ZSBoZWFkZXIgYWNjZXNzIHRoYXQga2VlcHMgcmVwZWF0ZWQgaGVhZGVycyBhcGFydC4gQnVpbHQgbGF6aWx5OlxuICogYSB2ZXJpZmllciByZWFkcyBvbmUgb3IgdHdvIGhlYWRlcnMsIGFuZCBjb3B5aW5nIHR3ZW50eSBjb3N0cyBtb3JlIHRoYW4gYW4gSE1BQy5cbiAqL1xuZXhwb3J0IGNsYXNzIFJlcXVlc3RIZWFkZXJzIHtcbiAgcmVhZG9ubHkgI2lucHV0OiBIZWFkZXJzSW5wdXQ7XG4gICNsb3dlckNhc2VkOiBNYXA8c3RyaW5nLCBzdHJpbmdbXT4gfCBIZWFkZXJSZWNvcmQgfCB1bmRlZmluZWQ7XG5cbiAgY29uc3RydWN0b3IoaW5wdXQ6IEhlYWRlcnNJbnB1dCkge1xuICAgIHRoaXMuI2lucHV0ID0gaW5wdXQ7XG4gIH1cblxuICAvKiogRXZlcnkgdmFsdWUgb2YgYSBoZWFkZXIsIGluIG9yZGVyOyBlbXB0eSB3aGVuIGFic2VudC4gKi9cbiAgYWxsKG5hbWU6IHN0cmluZyk6IHJlYWRvbmx5IHN0cmluZ1tdIHtcbiAgICBjb25zdCBrZXkgPSBuYW1lLnRvTG93ZXJDYXNlKCk7XG4gICAgY29uc3QgaW5wdXQgPSB0aGlzLiNpbnB1dDtcbiAgICBpZiAoaXNIZWFkZXJzKGlucHV0KSkge1xuICAgICAgY29uc3QgdmFsdWUgPSBpbnB1dC5nZXQoa2V5KTtcbiAgICAgIHJldHVybiB2YWx1ZSA9PT0gbnVsbCA/IFtdIDogW3ZhbHVlXTtcbiAgICB9XG4gICAgY29uc3QgcmVjb3JkID0gKHRoaXMuI2xvd2VyQ2FzZWQgPz89IGxvd2VyQ2FzZUtleXMoaW5wdXQpKTtcbiAgICBjb25zdCB2YWx1ZSA9IHJlY29yZCBpbnN0YW5jZW9mIE1hcCA/IHJlY29yZC5nZXQoa2V5KSA6IHJlY29yZFtrZXldO1xuICAgIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4gW107XG4gICAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgPyBbdmFsdWVdIDogdmFsdWU7XG4gIH1cblxuICAvKiogVGhlIGhlYWRlcidzIHZhbHVlLCBqb2luZWQgd2l0aCBcIiwgXCIgd2hlbiByZXBlYXRlZCAoYXMgSFRUUCBhbGxvd3MpLCBvciB1bmRlZmluZWQuICovXG4gIGdldChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICAgIGNvbnN0IHZhbHVlcyA9IHRoaXMuYWxsKG5hbWUpO1xuICAgIHJldHVybiB2YWx1ZXMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogdmFsdWVzLmpvaW4oJywgJyk7XG4gIH1cbn1cblxuLyoqIFRoZSByZWNvcmQgaXRzZWxmIHdoZW4gaXRzIG5hbWVzIGFyZSBhbHJlYWR5IGxvd2VyIGNhc2UgKGFzIE5vZGUgZ2l2ZXMgdGhlbSksIGVsc2UgYSBtZXJnZWQgY29weS4gKi9cbmZ1bmN0aW9uIGxvd2VyQ2FzZUtleXMocmVjb3JkOiBIZWFkZXJSZWNvcmQpOiBIZWFkZXJSZWNvcmQgfCBNYXA8c3RyaW5nLCBzdHJpbmdbXT4ge1xuICBjb25zdCBuYW1lcyA9IE9iamVjdC5rZXlzKHJlY29yZCk7XG4gIGlmICghbmFtZXMuc29tZSgobmFtZSkgPT4gL1tBLVpdLy50ZXN0KG5hbWUpKSkgcmV0dXJuIHJlY29yZDtcbiAgY29uc3QgbWVyZ2VkID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZ1tdPigpO1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgbmFtZXMpIHtcbiAgICBjb25zdCB2YWx1ZSA9IHJlY29yZFtuYW1lXTtcbiAgICBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkgY29udGludWU7XG4gICAgY29uc3QgbGlzdCA9IG1lcmdlZC5nZXQobmFtZS50b0xvd2VyQ2FzZSgpKSA/PyBbXTtcbiAgICBsaXN0LnB1c2goLi4uKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgPyBbdmFsdWVdIDogdmFsdWUpKTtcbiAgICBtZXJnZWQuc2V0KG5hbWUudG9Mb3dlckNhc2UoKSwgbGlzdCk7XG4gIH1cbiAgcmV0dXJuIG1lcmdlZDtcbn1cblxuLyoqIFRoZSBvbmUgc2hhcGUgZXZlcnkgdmVyaWZpZXIgcmVhZHM6IG1ldGhvZCwgYWJzb2x1dGUgVVJMLCBoZWFkZXJzLCByYXcgYm9keSBieXRlcy4gKi9cbmV4cG9ydCBjbGFzcyBWZXJpZmlhYmxlUmVxdWVzdCB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IG1ldGhvZDogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHVybDogc3RyaW5nLFxuICAgIHJlYWRvbmx5IGhlYWRlcnM6IFJlcXVlc3RIZWFkZXJzLFxuICAgIHJlYWRvbmx5IGJvZHk6IFVpbnQ4QXJyYXksXG4gICkge31cbn1cblxuLyoqXG4gKiBUdXJucyBhbnkgYWNjZXB0ZWQgaW5wdXQgaW50byBhIGBWZXJpZmlhYmxlUmVxdWVzdGAsIHJlYWRpbmcgYXQgbW9zdFxuICogYG1heEJvZHlCeXRlc2AuIEEgV0hBVFdHIGBSZXF1ZXN0YCBpcyByZWFkIHRocm91Z2ggYSBjbG9uZSwgc28gaXQgc3RheXMgcmVhZGFibGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub3JtYWxpemVSZXF1ZXN0KFxuICBpbnB1dDogUmVxdWVzdElucHV0LFxuICBtYXhCb2R5Qnl0ZXMgPSBERUZBVUxUX01BWF9CT0RZX0JZVEVTLFxuKTogVmVyaWZpYWJsZVJlcXVlc3QgfCBSZWZ1c2FsIHwgUHJvbWlzZTxWZXJpZmlhYmxlUmVxdWVzdCB8IFJlZnVzYWw+IHtcbiAgaWYgKGlucHV0IGluc3RhbmNlb2YgVmVyaWZpYWJsZVJlcXVlc3QpIHJldHVybiBpbnB1dDtcbiAgaWYgKGlzUmVxdWVzdChpbnB1dCkpIHJldHVybiByZWFkUmVxdWVzdEJvZHkoaW5wdXQsIG1heEJvZHlCeXRlcykudGhlbigoYm9keSkgPT4gYnVpbGQoaW5wdXQsIGJvZHksIG1heEJvZHlCeXRlcykpO1xuICAvLyBQbGFpbiBpbnB1dCBpcyBub3JtYWxpemVkIHN5bmNocm9ub3VzbHk6IG5vIHByb21pc2Ugb24gdGhlIHBhdGggYWRhcHRlcnMgdGFrZS5cbiAgcmV0dXJuIGJ1aWxkKGlucHV0LCB0b0J5dGVzKGlucHV0LmJvZHkpLCBtYXhCb2R5Qnl0ZXMpO1xufVxuXG5mdW5jdGlvbiBidWlsZChpbnB1dDogUmVxdWVzdCB8IFBsYWluUmVxdWVzdCwgYm9keTogVWludDhBcnJheSB8IFJlZnVzYWwsIG1heEJvZHlCeXRlczogbnVtYmVyKTogVmVyaWZpYWJsZVJlcXVlc3QgfCBSZWZ1c2FsIHtcbiAgaWYgKCEoYm9keSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpKSByZXR1cm4gYm9keTtcbiAgaWYgKGJvZHkubGVuZ3RoID4gbWF4Qm9keUJ5dGVzKSByZXR1cm4gdG9vTGFyZ2UobWF4Qm9keUJ5dGVzKTtcbiAgcmV0dXJuIG5ldyBWZXJpZmlhYmxlUmVxdWVzdChpbnB1dC5tZXRob2QudG9VcHBlckNhc2UoKSwgaW5wdXQudXJsLCBuZXcgUmVxdWVzdEhlYWRlcnMoaW5wdXQuaGVhZGVycyksIGJvZHkpO1xufVxuXG5mdW5jdGlvbiB0b0J5dGVzKGJvZHk6IFBsYWluUmVxdWVzdFsnYm9keSddKTogVWludDhBcnJheSB7XG4gIGlmIChib2R5ID09PSB1bmRlZmluZWQgfHwgYm9keSA9PT0gbnVsbCkgcmV0dXJuIG5ldyBVaW50OEFycmF5KDApO1xuICBpZiAodHlwZW9mIGJvZHkgPT09ICdzdHJpbmcnKSByZXR1cm4gdXRmOChib2R5KTtcbiAgcmV0dXJuIGJvZHkgaW5zdGFuY2VvZiBVaW50OEFycmF5ID8gYm9keSA6IG5ldyBVaW50OEFycmF5KGJvZHkpO1xufVxuXG5jb25zdCB0b29MYXJnZSA9IChsaW1pdDogbnVtYmVyKTogUmVmdXNhbCA9PiAoeyBvazogZmFsc2UsIGVycm9yOiBib2R5VG9vTGFyZ2UobGltaXQpIH0pO1xuXG5hc3luYyBmdW5jdGlvbiByZWFkUmVxdWVzdEJvZHkocmVxdWVzdDogUmVxdWVzdCwgbGltaXQ6IG51bWJlcik6IFByb21pc2U8VWludDhBcnJheSB8IFJlZnVzYWw+IHtcbiAgaWYgKHJlcXVlc3QuYm9keVVzZWQpIHtcbiAgICByZXR1cm4gcmVmdXNlKCdtaXNjb25maWd1cmVkJywgJ3JlcXVlc3QnLCAndGhlIGJvZHkgd2FzIGFscmVhZHkgcmVhZCBiZWZvcmUgdmVyaWZpY2F0aW9uOyB2ZXJpZnkgZmlyc3QnKTtcbiAgfVxuICBpZiAoTnVtYmVyKHJlcXVlc3QuaGVhZGVycy5nZXQoJ2NvbnRlbnQtbGVuZ3RoJykpID4gbGltaXQpIHJldHVybiB0b29MYXJnZShsaW1pdCk7XG4gIGNvbnN0IHN0cmVhbSA9IHJlcXVlc3QuY2xvbmUoKS5ib2R5O1xuICBpZiAoIXN0cmVhbSkgcmV0dXJuIG5ldyBVaW50OEFycmF5KDApO1xuICBjb25zdCBib2R5ID0gbmV3IEJvZHlDb2xsZWN0b3IobGltaXQpO1xuICBjb25zdCByZWFkZXIgPSBzdHJlYW0uZ2V0UmVhZGVyKCk7XG4gIGZvciAobGV0IG5leHQgPSBhd2FpdCByZWFkZXIucmVhZCgpOyAhbmV4dC5kb25lOyBuZXh0ID0gYXdhaXQgcmVhZGVyLnJlYWQoKSkge1xuICAgIGlmICghYm9keS5hZGQobmV4dC52YWx1ZSkpIHtcbiAgICAgIC8vIE5vdCBhd2FpdGVkOiBjYW5jZWxsaW5nIG9uZSBicmFuY2ggb2YgYSBjbG9uZWQgYm9keSBzZXR0bGVzIG9ubHkgb25jZSB0aGUgb3RoZXIgaXMgY2FuY2VsbGVkIHRvby5cbiAgICAgIHJlYWRlci5jYW5jZWwoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgICAgYnJlYWs7XG4gICAgfVxuICB9XG4gIGNvbnN0IGJ5dGVzID0gYm9keS5yZXN1bHQoKTtcbiAgcmV0dXJuIGJ5dGVzIGluc3RhbmNlb2YgVWludDhBcnJheSA/IGJ5dGVzIDogeyBvazogZmFsc2UsIGVycm9yOiBieXRlcyB9O1xufVxuIiwgImltcG9ydCB7IGlzUmVmdXNhbCB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB7IGNsYWltRGVsaXZlcnksIHR5cGUgUmVwbGF5T3B0aW9ucyB9IGZyb20gJy4vcmVwbGF5LmpzJztcbmltcG9ydCB7IERFRkFVTFRfTUFYX0JPRFlfQllURVMsIG5vcm1hbGl6ZVJlcXVlc3QsIHR5cGUgUmVxdWVzdElucHV0IH0gZnJvbSAnLi9yZXF1ZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpZXIsIFZlcmlmeVJlc3VsdCB9IGZyb20gJy4vdmVyaWZpZXIuanMnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFZlcmlmeU9wdGlvbnMge1xuICAvKiogVGhlIGNsb2NrLCBpbiB1bml4IHNlY29uZHMsIGZvciBldmVyeSB0aW1lc3RhbXAgY2hlY2suIERlZmF1bHQ6IHRoZSBzeXN0ZW0gY2xvY2suICovXG4gIG5vdz86IG51bWJlcjtcbiAgLyoqIEJvZGllcyBsYXJnZXIgdGhhbiB0aGlzIGFyZSByZWZ1c2VkIHdpdGggYGJvZHlfdG9vX2xhcmdlYCAoNDEzKS4gRGVmYXVsdDogNiBNaUIuICovXG4gIG1heEJvZHlCeXRlcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFJlZnVzZSBhIGRlbGl2ZXJ5IHRoYXQgd2FzIGFscmVhZHkgYWNjZXB0ZWQgKGByZXBsYXllZGAsIDQwOSkuIGB0cnVlYCB1c2VzIGFuXG4gICAqIGluLW1lbW9yeSBzdG9yZTsgcGFzcyBgeyBzdG9yZSB9YCB0byBzaGFyZSBvbmUgYmV0d2VlbiBpbnN0YW5jZXMuIERlZmF1bHQ6IG9mZi5cbiAgICovXG4gIHJlcGxheT86IGJvb2xlYW4gfCBSZXBsYXlPcHRpb25zO1xufVxuXG4vKipcbiAqIENoZWNrcyBvbmUgcmVxdWVzdCBhZ2FpbnN0IGEgdmVyaWZpZXIuIE5ldmVyIHRocm93cyBmb3IgYSBiYWQgcmVxdWVzdDogdGhlXG4gKiByZXN1bHQgc2F5cyBgb2s6IHRydWVgIHdpdGggdGhlIHNjaGVtZSwgb3IgYG9rOiBmYWxzZWAgd2l0aCBhIGBWZXJpZmljYXRpb25FcnJvcmBcbiAqIHdob3NlIGBjb2RlYCBpcyBzdGFibGUgYW5kIHdob3NlIGBzdGF0dXNgIGlzIHRoZSBIVFRQIHN0YXR1cyB0byBhbnN3ZXIgd2l0aC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHZlcmlmeVJlcXVlc3QoXG4gIGlucHV0OiBSZXF1ZXN0SW5wdXQsXG4gIHZlcmlmaWVyOiBWZXJpZmllcixcbiAgb3B0aW9uczogVmVyaWZ5T3B0aW9ucyA9IHt9LFxuKTogUHJvbWlzZTxWZXJpZnlSZXN1bHQ+IHtcbiAgY29uc3Qgbm9ybWFsaXplZCA9IG5vcm1hbGl6ZVJlcXVlc3QoaW5wdXQsIG9wdGlvbnMubWF4Qm9keUJ5dGVzID8/IERFRkFVTFRfTUFYX0JPRFlfQllURVMpO1xuICBjb25zdCByZXF1ZXN0ID0gbm9ybWFsaXplZCBpbnN0YW5jZW9mIFByb21pc2UgPyBhd2FpdCBub3JtYWxpemVkIDogbm9ybWFsaXplZDtcbiAgaWYgKGlzUmVmdXNhbChyZXF1ZXN0KSkgcmV0dXJuIHJlcXVlc3Q7XG4gIGNvbnN0IG5vdyA9IG9wdGlvbnMubm93ID8/IE1hdGguZmxvb3IoRGF0ZS5ub3coKSAvIDEwMDApO1xuICBjb25zdCByZXBsYXkgPSBvcHRpb25zLnJlcGxheSA9PT0gdHJ1ZSA/IHt9IDogb3B0aW9ucy5yZXBsYXkgfHwgdW5kZWZpbmVkO1xuICBjb25zdCByZXN1bHQgPSBhd2FpdCB2ZXJpZmllci52ZXJpZnkocmVxdWVzdCwgeyBub3csIHJlcGxheTogcmVwbGF5ICE9PSB1bmRlZmluZWQgfSk7XG4gIHJldHVybiByZXN1bHQub2sgJiYgcmVwbGF5ID8gY2xhaW1EZWxpdmVyeShyZXN1bHQsIHJlcGxheSwgbm93KSA6IHJlc3VsdDtcbn1cbiIsICJpbXBvcnQgdHlwZSB7IE1lc3NhZ2UgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuLyoqIE9uZSBidWZmZXIgZm9yIEFQSXMgdGhhdCB0YWtlIG5vIHBhcnRzOyB0aGUgY29tbW9uIHNpbmdsZS1wYXJ0IGNhc2UgaXMgbm90IGNvcGllZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBqb2luUGFydHMobWVzc2FnZTogTWVzc2FnZSk6IFVpbnQ4QXJyYXk8QXJyYXlCdWZmZXI+IHtcbiAgaWYgKG1lc3NhZ2UgaW5zdGFuY2VvZiBVaW50OEFycmF5KSByZXR1cm4gbWVzc2FnZSBhcyBVaW50OEFycmF5PEFycmF5QnVmZmVyPjtcbiAgY29uc3QgcGFydHMgPSAodHlwZW9mIG1lc3NhZ2UgPT09ICdzdHJpbmcnID8gW21lc3NhZ2VdIDogbWVzc2FnZSkubWFwKChwYXJ0KSA9PlxuICAgIHR5cGVvZiBwYXJ0ID09PSAnc3RyaW5nJyA/IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShwYXJ0KSA6IHBhcnQsXG4gICk7XG4gIGlmIChwYXJ0cy5sZW5ndGggPT09IDEpIHJldHVybiBwYXJ0c1swXSBhcyBVaW50OEFycmF5PEFycmF5QnVmZmVyPjtcbiAgY29uc3Qgam9pbmVkID0gbmV3IFVpbnQ4QXJyYXkocGFydHMucmVkdWNlKCh0b3RhbCwgcGFydCkgPT4gdG90YWwgKyBwYXJ0Lmxlbmd0aCwgMCkpO1xuICBsZXQgb2Zmc2V0ID0gMDtcbiAgZm9yIChjb25zdCBwYXJ0IG9mIHBhcnRzKSB7XG4gICAgam9pbmVkLnNldChwYXJ0LCBvZmZzZXQpO1xuICAgIG9mZnNldCArPSBwYXJ0Lmxlbmd0aDtcbiAgfVxuICByZXR1cm4gam9pbmVkO1xufVxuIiwgImltcG9ydCB0eXBlIHsgU2lnbmF0dXJlRW5jb2RpbmcgfSBmcm9tICcuLi9lbmNvZGluZy5qcyc7XG5pbXBvcnQgeyBqb2luUGFydHMgfSBmcm9tICcuL21lc3NhZ2UuanMnO1xuaW1wb3J0IHR5cGUgeyBDcnlwdG9CYWNrZW5kLCBIYXNoQWxnb3JpdGhtLCBIbWFjS2V5LCBNZXNzYWdlIH0gZnJvbSAnLi90eXBlcy5qcyc7XG5cbi8qKiBUaGUgc2xpY2Ugb2YgYG5vZGU6Y3J5cHRvYCBjb3JlIHVzZXMsIHR5cGVkIGhlcmUgc28gY29yZSBuZWVkcyBubyBAdHlwZXMvbm9kZS4gKi9cbmludGVyZmFjZSBOb2RlQ3J5cHRvIHtcbiAgY3JlYXRlSG1hYyhhbGdvcml0aG06IHN0cmluZywga2V5OiBIbWFjS2V5KTogTm9kZUhhc2g7XG4gIGNyZWF0ZUhhc2goYWxnb3JpdGhtOiBzdHJpbmcpOiBOb2RlSGFzaDtcbiAgY3JlYXRlUHVibGljS2V5KG9wdGlvbnM6IHsga2V5OiBVaW50OEFycmF5OyBmb3JtYXQ6ICdkZXInOyB0eXBlOiAnc3BraScgfSk6IG9iamVjdDtcbiAgdmVyaWZ5KGFsZ29yaXRobTogbnVsbCwgZGF0YTogVWludDhBcnJheSwga2V5OiBvYmplY3QsIHNpZ25hdHVyZTogVWludDhBcnJheSk6IGJvb2xlYW47XG59XG5pbnRlcmZhY2UgTm9kZUhhc2gge1xuICB1cGRhdGUoZGF0YTogVWludDhBcnJheSB8IHN0cmluZyk6IE5vZGVIYXNoO1xuICBkaWdlc3QoZW5jb2Rpbmc6IFNpZ25hdHVyZUVuY29kaW5nKTogc3RyaW5nO1xufVxuXG50eXBlIE5vZGVQcm9jZXNzID0geyBnZXRCdWlsdGluTW9kdWxlPzogKGlkOiBzdHJpbmcpID0+IHVua25vd24gfTtcblxuLyoqXG4gKiBSZWFjaGVkIHRocm91Z2ggYHByb2Nlc3MuZ2V0QnVpbHRpbk1vZHVsZWAsIG5ldmVyIGEgc3RhdGljIGltcG9ydCwgc28gYnVuZGxlcnNcbiAqIGZvciBFZGdlIHJ1bnRpbWVzIHNlZSBubyBgbm9kZTpjcnlwdG9gIGRlcGVuZGVuY3kgYW5kIHRoZSBpbXBvcnQgY2Fubm90IGZhaWxcbiAqIHRoZXJlLiBOZXh0LmpzJyBFZGdlIHJ1bnRpbWUgdGhyb3dzIG9uIGFueSBhY2Nlc3MgdG8gTm9kZSBBUElzIG9mIGl0cyBgcHJvY2Vzc2BcbiAqIHN0YW5kLWluLCBoZW5jZSB0aGUgdHJ5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZE5vZGVDcnlwdG8oKTogTm9kZUNyeXB0byB8IHVuZGVmaW5lZCB7XG4gIHRyeSB7XG4gICAgY29uc3QgcHJvY2VzcyA9IChnbG9iYWxUaGlzIGFzIHsgcHJvY2Vzcz86IE5vZGVQcm9jZXNzIH0pLnByb2Nlc3M7XG4gICAgcmV0dXJuIHByb2Nlc3M/LmdldEJ1aWx0aW5Nb2R1bGU/Lignbm9kZTpjcnlwdG8nKSBhcyBOb2RlQ3J5cHRvIHwgdW5kZWZpbmVkO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbmZ1bmN0aW9uIGZlZWQoaGFzaDogTm9kZUhhc2gsIG1lc3NhZ2U6IE1lc3NhZ2UsIGVuY29kaW5nOiBTaWduYXR1cmVFbmNvZGluZyk6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgbWVzc2FnZSA9PT0gJ3N0cmluZycgfHwgbWVzc2FnZSBpbnN0YW5jZW9mIFVpbnQ4QXJyYXkpIHJldHVybiBoYXNoLnVwZGF0ZShtZXNzYWdlKS5kaWdlc3QoZW5jb2RpbmcpO1xuICBmb3IgKGNvbnN0IHBhcnQgb2YgbWVzc2FnZSkgaGFzaC51cGRhdGUocGFydCk7XG4gIHJldHVybiBoYXNoLmRpZ2VzdChlbmNvZGluZyk7XG59XG5cbi8vIFRoZSBERVIgcHJlZml4IHRoYXQgdHVybnMgYSByYXcgRWQyNTUxOSBwdWJsaWMga2V5IGludG8gYW4gU1BLSSBkb2N1bWVudCAoUkZDIDg0MTApLlxuY29uc3QgRUQyNTUxOV9TUEtJX1BSRUZJWCA9IFsweDMwLCAweDJhLCAweDMwLCAweDA1LCAweDA2LCAweDAzLCAweDJiLCAweDY1LCAweDcwLCAweDAzLCAweDIxLCAweDAwXTtcblxuZXhwb3J0IGZ1bmN0aW9uIG5vZGVCYWNrZW5kKGNyeXB0bzogTm9kZUNyeXB0byk6IENyeXB0b0JhY2tlbmQge1xuICBjb25zdCBwdWJsaWNLZXlzID0gbmV3IFdlYWtNYXA8VWludDhBcnJheSwgb2JqZWN0PigpO1xuICBjb25zdCBwdWJsaWNLZXkgPSAocmF3OiBVaW50OEFycmF5KSA9PiB7XG4gICAgbGV0IGtleSA9IHB1YmxpY0tleXMuZ2V0KHJhdyk7XG4gICAgaWYgKCFrZXkpIHtcbiAgICAgIGtleSA9IGNyeXB0by5jcmVhdGVQdWJsaWNLZXkoeyBrZXk6IG5ldyBVaW50OEFycmF5KFsuLi5FRDI1NTE5X1NQS0lfUFJFRklYLCAuLi5yYXddKSwgZm9ybWF0OiAnZGVyJywgdHlwZTogJ3Nwa2knIH0pO1xuICAgICAgcHVibGljS2V5cy5zZXQocmF3LCBrZXkpO1xuICAgIH1cbiAgICByZXR1cm4ga2V5O1xuICB9O1xuICByZXR1cm4ge1xuICAgIG5hbWU6ICdub2RlJyxcbiAgICBobWFjOiAoYWxnb3JpdGhtOiBIYXNoQWxnb3JpdGhtLCBrZXksIG1lc3NhZ2UsIGVuY29kaW5nKSA9PiBmZWVkKGNyeXB0by5jcmVhdGVIbWFjKGFsZ29yaXRobSwga2V5KSwgbWVzc2FnZSwgZW5jb2RpbmcpLFxuICAgIGRpZ2VzdDogKGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSwgbWVzc2FnZSwgZW5jb2RpbmcpID0+IGZlZWQoY3J5cHRvLmNyZWF0ZUhhc2goYWxnb3JpdGhtKSwgbWVzc2FnZSwgZW5jb2RpbmcpLFxuICAgIHZlcmlmeUVkMjU1MTk6IChyYXcsIG1lc3NhZ2UsIHNpZ25hdHVyZSkgPT4gY3J5cHRvLnZlcmlmeShudWxsLCBqb2luUGFydHMobWVzc2FnZSksIHB1YmxpY0tleShyYXcpLCBzaWduYXR1cmUpLFxuICB9O1xufVxuIiwgImltcG9ydCB7IGVuY29kZSB9IGZyb20gJy4uL2VuY29kaW5nLmpzJztcbmltcG9ydCB7IGpvaW5QYXJ0cyB9IGZyb20gJy4vbWVzc2FnZS5qcyc7XG5pbXBvcnQgdHlwZSB7IENyeXB0b0JhY2tlbmQsIEhhc2hBbGdvcml0aG0sIEhtYWNLZXkgfSBmcm9tICcuL3R5cGVzLmpzJztcblxuY29uc3QgV0VCX05BTUVTOiBSZWNvcmQ8SGFzaEFsZ29yaXRobSwgc3RyaW5nPiA9IHsgc2hhMTogJ1NIQS0xJywgc2hhMjU2OiAnU0hBLTI1NicsIHNoYTUxMjogJ1NIQS01MTInIH07XG5cbmludGVyZmFjZSBLZXlDYWNoZTxLPiB7XG4gIGdldChrZXk6IEspOiBQcm9taXNlPENyeXB0b0tleT4gfCB1bmRlZmluZWQ7XG4gIHNldChrZXk6IEssIHZhbHVlOiBQcm9taXNlPENyeXB0b0tleT4pOiB1bmtub3duO1xufVxuXG4vLyBJbXBvcnRpbmcgYSBrZXkgY29zdHMgYWJvdXQgdGhyZWUgSE1BQ3Mgb2YgMSBLaUIsIHNvIGltcG9ydGVkIGtleXMgYXJlIGtlcHQ6XG4vLyB0ZXh0IGtleXMgYnkgdmFsdWUsIGJ5dGUga2V5cyBieSBpZGVudGl0eSAoY2FsbGVycyBkZXJpdmUgdGhlbSBvbmNlIGFuZCByZXVzZSB0aGVtKS5cbmNvbnN0IGhtYWNLZXlzID0gbmV3IE1hcDxIYXNoQWxnb3JpdGhtLCB7IHRleHQ6IEtleUNhY2hlPHN0cmluZz47IGJ5dGVzOiBLZXlDYWNoZTxVaW50OEFycmF5PiB9PigpO1xuY29uc3QgZWQyNTUxOUtleXM6IEtleUNhY2hlPFVpbnQ4QXJyYXk+ID0gbmV3IFdlYWtNYXAoKTtcblxuZnVuY3Rpb24gY2FjaGVkPEs+KGNhY2hlOiBLZXlDYWNoZTxLPiwga2V5OiBLLCBsb2FkOiAoKSA9PiBQcm9taXNlPENyeXB0b0tleT4pOiBQcm9taXNlPENyeXB0b0tleT4ge1xuICBsZXQgdmFsdWUgPSBjYWNoZS5nZXQoa2V5KTtcbiAgaWYgKCF2YWx1ZSkgY2FjaGUuc2V0KGtleSwgKHZhbHVlID0gbG9hZCgpKSk7XG4gIHJldHVybiB2YWx1ZTtcbn1cblxuZnVuY3Rpb24gaG1hY0tleShhbGdvcml0aG06IEhhc2hBbGdvcml0aG0sIGtleTogSG1hY0tleSk6IFByb21pc2U8Q3J5cHRvS2V5PiB7XG4gIGxldCBjYWNoZXMgPSBobWFjS2V5cy5nZXQoYWxnb3JpdGhtKTtcbiAgaWYgKCFjYWNoZXMpIGhtYWNLZXlzLnNldChhbGdvcml0aG0sIChjYWNoZXMgPSB7IHRleHQ6IG5ldyBNYXAoKSwgYnl0ZXM6IG5ldyBXZWFrTWFwKCkgfSkpO1xuICBjb25zdCBsb2FkID0gKCkgPT4gY3J5cHRvLnN1YnRsZS5pbXBvcnRLZXkoJ3JhdycsIGpvaW5QYXJ0cyhrZXkpLCB7IG5hbWU6ICdITUFDJywgaGFzaDogV0VCX05BTUVTW2FsZ29yaXRobV0gfSwgZmFsc2UsIFsnc2lnbiddKTtcbiAgcmV0dXJuIHR5cGVvZiBrZXkgPT09ICdzdHJpbmcnID8gY2FjaGVkKGNhY2hlcy50ZXh0LCBrZXksIGxvYWQpIDogY2FjaGVkKGNhY2hlcy5ieXRlcywga2V5LCBsb2FkKTtcbn1cblxuZXhwb3J0IGNvbnN0IHdlYkJhY2tlbmQ6IENyeXB0b0JhY2tlbmQgPSB7XG4gIG5hbWU6ICd3ZWJjcnlwdG8nLFxuICBhc3luYyBobWFjKGFsZ29yaXRobSwga2V5LCBtZXNzYWdlLCBlbmNvZGluZykge1xuICAgIGNvbnN0IHNpZ25hdHVyZSA9IGF3YWl0IGNyeXB0by5zdWJ0bGUuc2lnbignSE1BQycsIGF3YWl0IGhtYWNLZXkoYWxnb3JpdGhtLCBrZXkpLCBqb2luUGFydHMobWVzc2FnZSkpO1xuICAgIHJldHVybiBlbmNvZGUobmV3IFVpbnQ4QXJyYXkoc2lnbmF0dXJlKSwgZW5jb2RpbmcpO1xuICB9LFxuICBhc3luYyBkaWdlc3QoYWxnb3JpdGhtLCBtZXNzYWdlLCBlbmNvZGluZykge1xuICAgIHJldHVybiBlbmNvZGUobmV3IFVpbnQ4QXJyYXkoYXdhaXQgY3J5cHRvLnN1YnRsZS5kaWdlc3QoV0VCX05BTUVTW2FsZ29yaXRobV0sIGpvaW5QYXJ0cyhtZXNzYWdlKSkpLCBlbmNvZGluZyk7XG4gIH0sXG4gIGFzeW5jIHZlcmlmeUVkMjU1MTkocHVibGljS2V5LCBtZXNzYWdlLCBzaWduYXR1cmUpIHtcbiAgICBjb25zdCBsb2FkID0gKCkgPT4gY3J5cHRvLnN1YnRsZS5pbXBvcnRLZXkoJ3JhdycsIGpvaW5QYXJ0cyhwdWJsaWNLZXkpLCB7IG5hbWU6ICdFZDI1NTE5JyB9LCBmYWxzZSwgWyd2ZXJpZnknXSk7XG4gICAgcmV0dXJuIGNyeXB0by5zdWJ0bGUudmVyaWZ5KCdFZDI1NTE5JywgYXdhaXQgY2FjaGVkKGVkMjU1MTlLZXlzLCBwdWJsaWNLZXksIGxvYWQpLCBqb2luUGFydHMoc2lnbmF0dXJlKSwgam9pblBhcnRzKG1lc3NhZ2UpKTtcbiAgfSxcbn07XG4iLCAiLyoqXG4gKiBDb21wYXJlcyB0d28gZW5jb2RlZCBkaWdlc3RzIGluIHRpbWUgdGhhdCBkZXBlbmRzIG9ubHkgb24gdGhlaXIgbGVuZ3Rocy4gQVxuICogbGVuZ3RoIG1pc21hdGNoIHJldHVybnMgZmFsc2UgaW5zdGVhZCBvZiB0aHJvd2luZzogY2FsbGVycyBjb21wYXJlIGRpZ2VzdHMgb2ZcbiAqIGEgZml4ZWQsIHB1YmxpYyBsZW5ndGgsIHNvIGFuc3dlcmluZyBlYXJseSBvbiBpdCByZXZlYWxzIG5vdGhpbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aW1pbmdTYWZlRXF1YWwoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGEubGVuZ3RoICE9PSBiLmxlbmd0aCkgcmV0dXJuIGZhbHNlO1xuICBsZXQgZGlmZmVyZW5jZSA9IDA7XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgYS5sZW5ndGg7IGkrKykgZGlmZmVyZW5jZSB8PSBhLmNoYXJDb2RlQXQoaSkgXiBiLmNoYXJDb2RlQXQoaSk7XG4gIHJldHVybiBkaWZmZXJlbmNlID09PSAwO1xufVxuIiwgImltcG9ydCB7IGxvYWROb2RlQ3J5cHRvLCBub2RlQmFja2VuZCB9IGZyb20gJy4vbm9kZS5qcyc7XG5pbXBvcnQgdHlwZSB7IENyeXB0b0JhY2tlbmQgfSBmcm9tICcuL3R5cGVzLmpzJztcbmltcG9ydCB7IHdlYkJhY2tlbmQgfSBmcm9tICcuL3dlYi5qcyc7XG5cbmV4cG9ydCB0eXBlIHsgQ3J5cHRvQmFja2VuZCwgSGFzaEFsZ29yaXRobSwgSG1hY0tleSwgTWVzc2FnZSB9IGZyb20gJy4vdHlwZXMuanMnO1xuZXhwb3J0IHsgdGltaW5nU2FmZUVxdWFsIH0gZnJvbSAnLi90aW1pbmctc2FmZS1lcXVhbC5qcyc7XG5cbmNvbnN0IG5vZGVDcnlwdG8gPSBsb2FkTm9kZUNyeXB0bygpO1xuXG4vKiogbm9kZTpjcnlwdG8gd2hlcmUgdGhlIHJ1bnRpbWUgaGFzIGl0ICg2LjV4IGNoZWFwZXIgdGhhbiBXZWJDcnlwdG8gYXQgMSBLaUIpLCBXZWJDcnlwdG8gZWxzZXdoZXJlLiAqL1xuZXhwb3J0IGNvbnN0IGJhY2tlbmQ6IENyeXB0b0JhY2tlbmQgPSBub2RlQ3J5cHRvID8gbm9kZUJhY2tlbmQobm9kZUNyeXB0bykgOiB3ZWJCYWNrZW5kO1xuIiwgImltcG9ydCB7IGJhY2tlbmQsIHRpbWluZ1NhZmVFcXVhbCB9IGZyb20gJy4vY3J5cHRvL2luZGV4LmpzJztcbmltcG9ydCB7IHJlZnVzZSwgdHlwZSBSZWZ1c2FsIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJpZmlhYmxlUmVxdWVzdCB9IGZyb20gJy4vcmVxdWVzdC5qcyc7XG5cbi8qKlxuICogVGhlIHZhbHVlIG9mIGEgaGVhZGVyIHRoYXQgbXVzdCBhcHBlYXIgb25jZS4gQWJzZW50IG9yIGVtcHR5OiB0aGUgc2VuZGVyIHNlbnRcbiAqIG5vIGNyZWRlbnRpYWxzICg0MDEpLiBSZXBlYXRlZDogYW1iaWd1b3VzLCBzbyByZWZ1c2VkIHJhdGhlciB0aGFuIGd1ZXNzZWQgKDQwMykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaW5nbGVIZWFkZXIocmVxdWVzdDogVmVyaWZpYWJsZVJlcXVlc3QsIG5hbWU6IHN0cmluZywgc2NoZW1lOiBzdHJpbmcpOiBzdHJpbmcgfCBSZWZ1c2FsIHtcbiAgY29uc3QgdmFsdWVzID0gcmVxdWVzdC5oZWFkZXJzLmFsbChuYW1lKTtcbiAgaWYgKHZhbHVlcy5sZW5ndGggPiAxKSByZXR1cm4gcmVmdXNlKCdtYWxmb3JtZWQnLCBzY2hlbWUsIGBoZWFkZXIgJHtuYW1lfSBhcHBlYXJzIG1vcmUgdGhhbiBvbmNlYCk7XG4gIGNvbnN0IHZhbHVlID0gdmFsdWVzWzBdPy50cmltKCk7XG4gIHJldHVybiB2YWx1ZSA/IHZhbHVlIDogcmVmdXNlKCdtaXNzaW5nX2NyZWRlbnRpYWxzJywgc2NoZW1lLCBgaGVhZGVyICR7bmFtZX0gaXMgbWlzc2luZ2ApO1xufVxuXG5jb25zdCBkaWdlc3RDYWNoZSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG5cbmFzeW5jIGZ1bmN0aW9uIHNlY3JldERpZ2VzdChzZWNyZXQ6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGxldCBkaWdlc3QgPSBkaWdlc3RDYWNoZS5nZXQoc2VjcmV0KTtcbiAgaWYgKCFkaWdlc3QpIHtcbiAgICBkaWdlc3QgPSBhd2FpdCBiYWNrZW5kLmRpZ2VzdCgnc2hhMjU2Jywgc2VjcmV0LCAnaGV4Jyk7XG4gICAgZGlnZXN0Q2FjaGUuc2V0KHNlY3JldCwgZGlnZXN0KTtcbiAgfVxuICByZXR1cm4gZGlnZXN0O1xufVxuXG4vKipcbiAqIFdoZXRoZXIgYSBwcmVzZW50ZWQgdG9rZW4gZXF1YWxzIG9uZSBvZiB0aGUgc2VjcmV0cy4gQm90aCBzaWRlcyBhcmUgaGFzaGVkXG4gKiBmaXJzdCwgc28gdGhlIGNvbXBhcmlzb24gdGFrZXMgdGhlIHNhbWUgdGltZSB3aGF0ZXZlciB0aGUgbGVuZ3RocywgYW5kIGV2ZXJ5XG4gKiBzZWNyZXQgaXMgY29tcGFyZWQgKG5vIGVhcmx5IGV4aXQgdGhhdCB3b3VsZCB0ZWxsIHdoaWNoIG9uZSBpcyBjdXJyZW50KS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIG1hdGNoZXNTZWNyZXQocHJlc2VudGVkOiBzdHJpbmcsIHNlY3JldHM6IHJlYWRvbmx5IHN0cmluZ1tdKTogUHJvbWlzZTxib29sZWFuPiB7XG4gIGNvbnN0IHByZXNlbnRlZERpZ2VzdCA9IGF3YWl0IGJhY2tlbmQuZGlnZXN0KCdzaGEyNTYnLCBwcmVzZW50ZWQsICdoZXgnKTtcbiAgbGV0IG1hdGNoZWQgPSBmYWxzZTtcbiAgZm9yIChjb25zdCBzZWNyZXQgb2Ygc2VjcmV0cykge1xuICAgIGlmICh0aW1pbmdTYWZlRXF1YWwocHJlc2VudGVkRGlnZXN0LCBhd2FpdCBzZWNyZXREaWdlc3Qoc2VjcmV0KSkpIG1hdGNoZWQgPSB0cnVlO1xuICB9XG4gIHJldHVybiBtYXRjaGVkO1xufVxuXG4vKiogVGhlIHJlcXVlc3QgVVJMIHBhcnNlZCwgb3IgYSBjb25maWd1cmF0aW9uIHJlZnVzYWwgd2hlbiBpdCBpcyBub3QgYWJzb2x1dGUuICovXG5leHBvcnQgZnVuY3Rpb24gYWJzb2x1dGVVcmwocmVxdWVzdDogVmVyaWZpYWJsZVJlcXVlc3QsIHNjaGVtZTogc3RyaW5nKTogVVJMIHwgUmVmdXNhbCB7XG4gIHRyeSB7XG4gICAgcmV0dXJuIG5ldyBVUkwocmVxdWVzdC51cmwpO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gcmVmdXNlKCdtaXNjb25maWd1cmVkJywgc2NoZW1lLCAndGhlIHJlcXVlc3QgVVJMIGlzIG5vdCBhYnNvbHV0ZTsgcGFzcyB0aGUgcHVibGljIFVSTCB0aGUgc2VuZGVyIHNpZ25lZCcpO1xuICB9XG59XG4iLCAiaW1wb3J0IHsgcmVmdXNlLCB0eXBlIFJlZnVzYWwgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5cbi8qKlxuICogQSBzZWNyZXQgb3B0aW9uOiBvbmUgdmFsdWUsIGEgbGlzdCAoZXZlcnkgZW50cnkgaXMgYWNjZXB0ZWQsIGZvciByb3RhdGlvbiksIG9yXG4gKiBgeyBlbnY6ICdOQU1FJyB9YCB0byByZWFkIGFuIGVudmlyb25tZW50IHZhcmlhYmxlIHdoZW4gdGhlIHZlcmlmaWVyIGlzIGZpcnN0XG4gKiB1c2VkIG9yIGNoZWNrZWQuIE1pc3NpbmcgYW5kIGVtcHR5IHZhbHVlcyBhcmUgY29uZmlndXJhdGlvbiBlcnJvcnMsIG5ldmVyIGFuIGFjY2VwdC5cbiAqL1xuZXhwb3J0IHR5cGUgU2VjcmV0SW5wdXQgPSBzdHJpbmcgfCByZWFkb25seSBzdHJpbmdbXSB8IHsgcmVhZG9ubHkgZW52OiBzdHJpbmcgfSB8IHVuZGVmaW5lZDtcblxudHlwZSBFbnYgPSBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+O1xuXG5mdW5jdGlvbiByZWFkRW52KG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGdsb2JhbCA9IGdsb2JhbFRoaXMgYXMgeyBwcm9jZXNzPzogeyBlbnY/OiBFbnYgfTsgRGVubz86IHsgZW52OiB7IGdldChuYW1lOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQgfSB9IH07XG4gIHJldHVybiBnbG9iYWwucHJvY2Vzcz8uZW52Py5bbmFtZV0gPz8gZ2xvYmFsLkRlbm8/LmVudi5nZXQobmFtZSk7XG59XG5cbi8qKiBUaGUgdmFsdWVzIG9mIG9uZSBzZWNyZXQgb3B0aW9uLCBvciB0aGUgbWlzY29uZmlndXJhdGlvbiB0aGF0IG5hbWVzIGl0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVTZWNyZXQoc2NoZW1lOiBzdHJpbmcsIG9wdGlvbjogc3RyaW5nLCBpbnB1dDogU2VjcmV0SW5wdXQpOiByZWFkb25seSBzdHJpbmdbXSB8IFJlZnVzYWwge1xuICBpZiAoaW5wdXQgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHJlZnVzZSgnbWlzY29uZmlndXJlZCcsIHNjaGVtZSwgYG9wdGlvbiBcIiR7b3B0aW9ufVwiIGlzIG5vdCBzZXRgKTtcbiAgaWYgKHR5cGVvZiBpbnB1dCA9PT0gJ29iamVjdCcgJiYgJ2VudicgaW4gaW5wdXQpIHtcbiAgICBjb25zdCB2YWx1ZSA9IHJlYWRFbnYoaW5wdXQuZW52KTtcbiAgICBpZiAoIXZhbHVlKSByZXR1cm4gcmVmdXNlKCdtaXNjb25maWd1cmVkJywgc2NoZW1lLCBgZW52aXJvbm1lbnQgdmFyaWFibGUgJHtpbnB1dC5lbnZ9IGlzIG5vdCBzZXQgb3IgZW1wdHlgKTtcbiAgICByZXR1cm4gW3ZhbHVlXTtcbiAgfVxuICBjb25zdCB2YWx1ZXMgPSB0eXBlb2YgaW5wdXQgPT09ICdzdHJpbmcnID8gW2lucHV0XSA6IFsuLi5pbnB1dF07XG4gIGlmICh2YWx1ZXMubGVuZ3RoID09PSAwKSByZXR1cm4gcmVmdXNlKCdtaXNjb25maWd1cmVkJywgc2NoZW1lLCBgb3B0aW9uIFwiJHtvcHRpb259XCIgaXMgYW4gZW1wdHkgbGlzdGApO1xuICBpZiAodmFsdWVzLnNvbWUoKHZhbHVlKSA9PiB0eXBlb2YgdmFsdWUgIT09ICdzdHJpbmcnIHx8IHZhbHVlID09PSAnJykpIHtcbiAgICByZXR1cm4gcmVmdXNlKCdtaXNjb25maWd1cmVkJywgc2NoZW1lLCBgb3B0aW9uIFwiJHtvcHRpb259XCIgY29udGFpbnMgYW4gZW1wdHkgdmFsdWVgKTtcbiAgfVxuICByZXR1cm4gdmFsdWVzO1xufVxuIiwgImltcG9ydCB7IGlzUmVmdXNhbCwgdHlwZSBSZWZ1c2FsIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJpZmlhYmxlUmVxdWVzdCB9IGZyb20gJy4vcmVxdWVzdC5qcyc7XG5pbXBvcnQgeyByZXNvbHZlU2VjcmV0LCB0eXBlIFNlY3JldElucHV0IH0gZnJvbSAnLi9zZWNyZXRzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpZXIsIFZlcmlmeUNvbnRleHQsIFZlcmlmeVJlc3VsdCB9IGZyb20gJy4vdmVyaWZpZXIuanMnO1xuXG5leHBvcnQgdHlwZSBSZXNvbHZlZFNlY3JldHM8SyBleHRlbmRzIHN0cmluZz4gPSB7IHJlYWRvbmx5IFtQIGluIEtdOiByZWFkb25seSBzdHJpbmdbXSB9O1xuXG4vKipcbiAqIEJ1aWxkcyBhIHZlcmlmaWVyIGZyb20gYSBzY2hlbWUgbmFtZSwgaXRzIHNlY3JldCBvcHRpb25zIGFuZCBhIGNoZWNrLiBUaGVcbiAqIHNlY3JldHMgYXJlIHJlc29sdmVkIG9uY2UsIG9uIGZpcnN0IHVzZSBvciBvbiBgY2hlY2tDb25maWd1cmF0aW9uKClgOyB1bnRpbCBhbGxcbiAqIHJlc29sdmUsIGV2ZXJ5IHJlcXVlc3QgZ2V0cyB0aGUgYG1pc2NvbmZpZ3VyZWRgIHJlZnVzYWwgbmFtaW5nIHRoZSBtaXNzaW5nIG9uZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRlZmluZVZlcmlmaWVyPEsgZXh0ZW5kcyBzdHJpbmc+KFxuICBzY2hlbWU6IHN0cmluZyxcbiAgaW5wdXRzOiB7IHJlYWRvbmx5IFtQIGluIEtdOiBTZWNyZXRJbnB1dCB9LFxuICBjaGVjazogKHJlcXVlc3Q6IFZlcmlmaWFibGVSZXF1ZXN0LCBjb250ZXh0OiBWZXJpZnlDb250ZXh0LCBzZWNyZXRzOiBSZXNvbHZlZFNlY3JldHM8Sz4pID0+IFByb21pc2U8VmVyaWZ5UmVzdWx0PixcbiAgLyoqIFJlZnVzZXMgc2VjcmV0cyB0aGF0IGFyZSBzZXQgYnV0IHVudXNhYmxlIChzYXksIG5vdCBiYXNlNjQpLCBzbyBgY2hlY2tDb25maWd1cmF0aW9uYCByZXBvcnRzIHRoZW0gdG9vLiAqL1xuICB2YWxpZGF0ZT86IChzZWNyZXRzOiBSZXNvbHZlZFNlY3JldHM8Sz4pID0+IFJlZnVzYWwgfCB1bmRlZmluZWQsXG4pOiBWZXJpZmllciB7XG4gIGxldCByZXNvbHZlZDogUmVzb2x2ZWRTZWNyZXRzPEs+IHwgdW5kZWZpbmVkO1xuICBjb25zdCByZXNvbHZlID0gKCk6IFJlc29sdmVkU2VjcmV0czxLPiB8IFJlZnVzYWwgPT4ge1xuICAgIGlmIChyZXNvbHZlZCkgcmV0dXJuIHJlc29sdmVkO1xuICAgIGNvbnN0IHZhbHVlcyA9IHt9IGFzIFJlY29yZDxLLCByZWFkb25seSBzdHJpbmdbXT47XG4gICAgZm9yIChjb25zdCBvcHRpb24gb2YgT2JqZWN0LmtleXMoaW5wdXRzKSBhcyBLW10pIHtcbiAgICAgIGNvbnN0IHZhbHVlID0gcmVzb2x2ZVNlY3JldChzY2hlbWUsIG9wdGlvbiwgaW5wdXRzW29wdGlvbl0pO1xuICAgICAgaWYgKGlzUmVmdXNhbCh2YWx1ZSkpIHJldHVybiB2YWx1ZTtcbiAgICAgIHZhbHVlc1tvcHRpb25dID0gdmFsdWU7XG4gICAgfVxuICAgIHJldHVybiB2YWxpZGF0ZT8uKHZhbHVlcykgPz8gKHJlc29sdmVkID0gdmFsdWVzKTtcbiAgfTtcbiAgcmV0dXJuIHtcbiAgICBzY2hlbWUsXG4gICAgY2hlY2tDb25maWd1cmF0aW9uKCkge1xuICAgICAgY29uc3Qgc2VjcmV0cyA9IHJlc29sdmUoKTtcbiAgICAgIHJldHVybiBpc1JlZnVzYWwoc2VjcmV0cykgPyBzZWNyZXRzLmVycm9yIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gICAgLy8gTm90IGFzeW5jOiByZXR1cm5pbmcgY2hlY2sncyBwcm9taXNlIGRpcmVjdGx5IHNhdmVzIGEgcHJvbWlzZSBwZXIgcmVxdWVzdC5cbiAgICB2ZXJpZnkocmVxdWVzdCwgY29udGV4dCkge1xuICAgICAgY29uc3Qgc2VjcmV0cyA9IHJlc29sdmUoKTtcbiAgICAgIHJldHVybiBpc1JlZnVzYWwoc2VjcmV0cykgPyBQcm9taXNlLnJlc29sdmUoc2VjcmV0cykgOiBjaGVjayhyZXF1ZXN0LCBjb250ZXh0LCBzZWNyZXRzKTtcbiAgICB9LFxuICB9O1xufVxuIiwgImltcG9ydCB0eXBlIHsgUmVmdXNhbCwgVmVyaWZpY2F0aW9uRXJyb3IgfSBmcm9tICcuL2Vycm9ycy5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWFibGVSZXF1ZXN0IH0gZnJvbSAnLi9yZXF1ZXN0LmpzJztcblxuZXhwb3J0IGludGVyZmFjZSBWZXJpZnlDb250ZXh0IHtcbiAgLyoqIFRoZSBjdXJyZW50IHRpbWUgaW4gdW5peCBzZWNvbmRzOyBldmVyeSB0aW1lc3RhbXAgY2hlY2sgcmVhZHMgdGhpcyBjbG9jay4gKi9cbiAgcmVhZG9ubHkgbm93OiBudW1iZXI7XG4gIC8qKiBXaGV0aGVyIHJlcGxheSBwcm90ZWN0aW9uIGlzIG9uLCBzbyBhIHZlcmlmaWVyIGRlcml2ZXMgYSBkZWxpdmVyeSBpZCBldmVuIHdoZW4gdGhlIHNlbmRlciBzZW5kcyBub25lLiAqL1xuICByZWFkb25seSByZXBsYXk6IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgVmVyaWZpZWQge1xuICByZWFkb25seSBvazogdHJ1ZTtcbiAgLyoqIFdoaWNoIHNjaGVtZSBhY2NlcHRlZCB0aGUgcmVxdWVzdCwgZS5nLiBgcXN0YXNoYCAoaW5zaWRlIGBhbnlPZmAsIHRoZSBtZW1iZXIgdGhhdCBtYXRjaGVkKS4gKi9cbiAgcmVhZG9ubHkgc2NoZW1lOiBzdHJpbmc7XG4gIC8qKiBXaGF0IHRoZSBzZW5kZXIgc2lnbmVkIGFib3V0IHRoZSByZXF1ZXN0LCBlLmcuIHRoZSBRU3Rhc2ggSldUIGNsYWltcy4gKi9cbiAgcmVhZG9ubHkgY2xhaW1zPzogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+O1xuICAvKipcbiAgICogVGhlIHByb3ZpZGVyJ3MgaWQgZm9yIHRoZSBkZWxpdmVyeSwgZm9yIHRoZSBoYW5kbGVyJ3Mgb3duIGlkZW1wb3RlbmN5OlxuICAgKiBgWC1HaXRIdWItRGVsaXZlcnlgLCBgWC1TaG9waWZ5LVdlYmhvb2stSWRgIChuZWl0aGVyIGlzIGNvdmVyZWQgYnkgdGhlXG4gICAqIHNpZ25hdHVyZSksIFN0YW5kYXJkIFdlYmhvb2tzJyBgd2ViaG9vay1pZGAgb3IgUVN0YXNoJ3MgYGp0aWAgKGJvdGggc2lnbmVkKS5cbiAgICovXG4gIHJlYWRvbmx5IGRlbGl2ZXJ5SWQ/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBXaGF0IHJlcGxheSBwcm90ZWN0aW9uIHJlY29yZHMsIHNldCBvbmx5IHdoZW4gaXQgaXMgb246IGEgZGlnZXN0IG9mIHRoZVxuICAgKiBzaWduYXR1cmUuIFVubGlrZSBhIHByb3ZpZGVyJ3MgaWQgaXQgY2Fubm90IGJlIGNoYW5nZWQgd2l0aG91dCBicmVha2luZyB0aGVcbiAgICogc2lnbmF0dXJlLCBhbmQgYSBzZW5kZXIncyByZXRyeSwgc2lnbmVkIGFuZXcsIGlzIG5vdCBtaXN0YWtlbiBmb3IgYSByZXBsYXkuXG4gICAqIFN0YXRpYyBjcmVkZW50aWFscyAoc2hhcmVkIHNlY3JldHMsIHRva2VucykgaWRlbnRpZnkgbm8gZGVsaXZlcnkgYW5kIGhhdmUgbm9uZS5cbiAgICovXG4gIHJlYWRvbmx5IHJlcGxheUtleT86IHN0cmluZztcbiAgLyoqIFVuaXggc2Vjb25kcyBhZnRlciB3aGljaCB0aGUgc2lnbmF0dXJlIGlzIG5vIGxvbmdlciBhY2NlcHRlZCwgZm9yIHNjaGVtZXMgdGhhdCBzaWduIGEgdGltZS4gKi9cbiAgcmVhZG9ubHkgZXhwaXJlc0F0PzogbnVtYmVyO1xufVxuXG5leHBvcnQgdHlwZSBWZXJpZnlSZXN1bHQgPSBWZXJpZmllZCB8IFJlZnVzYWw7XG5cbi8qKiBBIHNjaGVtZSwgcmVhZHkgdG8gY2hlY2sgcmVxdWVzdHMuIEJ1aWxkIG9uZSB3aXRoIGEgZmFjdG9yeSBzdWNoIGFzIGB0d2lsaW8oeyBhdXRoVG9rZW4gfSlgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZmllciB7XG4gIHJlYWRvbmx5IHNjaGVtZTogc3RyaW5nO1xuICAvKipcbiAgICogVGhlIGNvbmZpZ3VyYXRpb24gZXJyb3IgdGhpcyB2ZXJpZmllciB3b3VsZCBhbnN3ZXIgZXZlcnkgcmVxdWVzdCB3aXRoIChhXG4gICAqIG1pc3Npbmcgb3IgZW1wdHkgc2VjcmV0KSwgb3IgdW5kZWZpbmVkLiBDYWxsIGl0IGF0IGNvbGQgc3RhcnQgdG8gZmFpbCBsb3VkbHkuXG4gICAqL1xuICBjaGVja0NvbmZpZ3VyYXRpb24oKTogVmVyaWZpY2F0aW9uRXJyb3IgfCB1bmRlZmluZWQ7XG4gIHZlcmlmeShyZXF1ZXN0OiBWZXJpZmlhYmxlUmVxdWVzdCwgY29udGV4dDogVmVyaWZ5Q29udGV4dCk6IFByb21pc2U8VmVyaWZ5UmVzdWx0Pjtcbn1cblxuZXhwb3J0IGNvbnN0IHZlcmlmaWVkID0gKHNjaGVtZTogc3RyaW5nLCBkZXRhaWxzOiBPbWl0PFZlcmlmaWVkLCAnb2snIHwgJ3NjaGVtZSc+ID0ge30pOiBWZXJpZmllZCA9PiAoe1xuICBvazogdHJ1ZSxcbiAgc2NoZW1lLFxuICAuLi5kZXRhaWxzLFxufSk7XG4iLCAiaW1wb3J0IHsgbWF0Y2hlc1NlY3JldCwgc2luZ2xlSGVhZGVyIH0gZnJvbSAnLi4vY3JlZGVudGlhbHMuanMnO1xuaW1wb3J0IHsgZGVmaW5lVmVyaWZpZXIgfSBmcm9tICcuLi9kZWZpbmUtdmVyaWZpZXIuanMnO1xuaW1wb3J0IHsgaXNSZWZ1c2FsLCByZWZ1c2UgfSBmcm9tICcuLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBTZWNyZXRJbnB1dCB9IGZyb20gJy4uL3NlY3JldHMuanMnO1xuaW1wb3J0IHsgcmVxdWlyZVNlY3JldCwgdHlwZSBTaWduZWRQYXJ0cyB9IGZyb20gJy4uL3NpZ25pbmcuanMnO1xuaW1wb3J0IHsgdmVyaWZpZWQsIHR5cGUgVmVyaWZpZXIgfSBmcm9tICcuLi92ZXJpZmllci5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2hhcmVkU2VjcmV0T3B0aW9ucyB7XG4gIC8qKiBUaGUgaGVhZGVyIGNhcnJ5aW5nIHRoZSBzZWNyZXQuIERlZmF1bHQ6IGB2ZXJpZmljYXRpb25fa2V5YCAodGhlIEhhc3VyYSBBY3Rpb24gcGF0dGVybikuICovXG4gIGhlYWRlcj86IHN0cmluZztcbiAgLyoqIFRoZSBleHBlY3RlZCB2YWx1ZTsgYSBsaXN0IGFjY2VwdHMgYW55IG9mIHRoZW0gKHJvdGF0aW9uKS4gKi9cbiAgc2VjcmV0OiBTZWNyZXRJbnB1dDtcbn1cblxuLyoqXG4gKiBBIHN0YXRpYyBzZWNyZXQgaW4gYSBoZWFkZXIsIGNvbXBhcmVkIGluIGNvbnN0YW50IHRpbWU6IHdoYXQgSGFzdXJhIHNlbmRzIHdoZW5cbiAqIGFuIEFjdGlvbiBpcyBnaXZlbiBhbiBleHRyYSBoZWFkZXIuIFRoZSBzZWNyZXQgdHJhdmVscyB3aXRoIGV2ZXJ5IHJlcXVlc3QsIHNvXG4gKiBzZXJ2ZSB0aGUgZW5kcG9pbnQgb3ZlciBIVFRQUyBvbmx5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2hhcmVkU2VjcmV0KG9wdGlvbnM6IFNoYXJlZFNlY3JldE9wdGlvbnMpOiBWZXJpZmllciB7XG4gIGNvbnN0IHNjaGVtZSA9ICdzaGFyZWQtc2VjcmV0JztcbiAgY29uc3QgaGVhZGVyID0gb3B0aW9ucy5oZWFkZXIgPz8gJ3ZlcmlmaWNhdGlvbl9rZXknO1xuICByZXR1cm4gZGVmaW5lVmVyaWZpZXIoc2NoZW1lLCB7IHNlY3JldDogb3B0aW9ucy5zZWNyZXQgfSwgYXN5bmMgKHJlcXVlc3QsIF9jb250ZXh0LCB7IHNlY3JldCB9KSA9PiB7XG4gICAgY29uc3QgcHJlc2VudGVkID0gc2luZ2xlSGVhZGVyKHJlcXVlc3QsIGhlYWRlciwgc2NoZW1lKTtcbiAgICBpZiAoaXNSZWZ1c2FsKHByZXNlbnRlZCkpIHJldHVybiBwcmVzZW50ZWQ7XG4gICAgaWYgKGF3YWl0IG1hdGNoZXNTZWNyZXQocHJlc2VudGVkLCBzZWNyZXQpKSByZXR1cm4gdmVyaWZpZWQoc2NoZW1lKTtcbiAgICByZXR1cm4gcmVmdXNlKCdpbnZhbGlkX3NpZ25hdHVyZScsIHNjaGVtZSwgYGhlYWRlciAke2hlYWRlcn0gZG9lcyBub3QgaG9sZCB0aGUgc2VjcmV0YCk7XG4gIH0pO1xufVxuXG4vKiogVGhlIGhlYWRlciBhIGBzaGFyZWRTZWNyZXRgIHZlcmlmaWVyIHdpdGggdGhlIHNhbWUgb3B0aW9ucyBhY2NlcHRzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNpZ25TaGFyZWRTZWNyZXQoeyBzZWNyZXQsIGhlYWRlciA9ICd2ZXJpZmljYXRpb25fa2V5JyB9OiB7IHNlY3JldDogc3RyaW5nOyBoZWFkZXI/OiBzdHJpbmcgfSk6IFByb21pc2U8U2lnbmVkUGFydHM+IHtcbiAgcmV0dXJuIHsgaGVhZGVyczogeyBbaGVhZGVyLnRvTG93ZXJDYXNlKCldOiByZXF1aXJlU2VjcmV0KCdzaGFyZWQtc2VjcmV0JywgJ3NlY3JldCcsIHNlY3JldCkgfSB9O1xufVxuIiwgImltcG9ydCB7IGJhY2tlbmQgfSBmcm9tICcuL2NyeXB0by9pbmRleC5qcyc7XG5pbXBvcnQgeyByZWZ1c2UsIHR5cGUgUmVmdXNhbCB9IGZyb20gJy4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpYWJsZVJlcXVlc3QgfSBmcm9tICcuL3JlcXVlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJpZmllZCwgVmVyaWZ5Q29udGV4dCB9IGZyb20gJy4vdmVyaWZpZXIuanMnO1xuXG4vKiogVGhlIGRlbGl2ZXJ5IGRldGFpbHMgb2YgYSB2ZXJpZmllZCBzaWduYXR1cmU6IHRoZSBwcm92aWRlcidzIGlkLCBhbmQgdGhlIHJlcGxheSBrZXkgd2hlbiByZXBsYXkgcHJvdGVjdGlvbiBpcyBvbi4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkZWxpdmVyeURldGFpbHMoXG4gIHJlcXVlc3Q6IFZlcmlmaWFibGVSZXF1ZXN0LFxuICBjb250ZXh0OiBWZXJpZnlDb250ZXh0LFxuICBzaWduYXR1cmU6IHN0cmluZyxcbiAgaWRIZWFkZXI/OiBzdHJpbmcsXG4pOiBQcm9taXNlPFBpY2s8VmVyaWZpZWQsICdkZWxpdmVyeUlkJyB8ICdyZXBsYXlLZXknPj4ge1xuICBjb25zdCBkZWxpdmVyeUlkID0gaWRIZWFkZXIgPyByZXF1ZXN0LmhlYWRlcnMuZ2V0KGlkSGVhZGVyKT8udHJpbSgpIDogdW5kZWZpbmVkO1xuICBjb25zdCByZXBsYXlLZXkgPSBjb250ZXh0LnJlcGxheSA/IGF3YWl0IGJhY2tlbmQuZGlnZXN0KCdzaGEyNTYnLCBzaWduYXR1cmUsICdiYXNlNjR1cmwnKSA6IHVuZGVmaW5lZDtcbiAgcmV0dXJuIHsgLi4uKGRlbGl2ZXJ5SWQgPyB7IGRlbGl2ZXJ5SWQgfSA6IHt9KSwgLi4uKHJlcGxheUtleSA/IHsgcmVwbGF5S2V5IH0gOiB7fSkgfTtcbn1cblxuY29uc3QgVU5JWF9TRUNPTkRTID0gL15cXGR7MSwxMn0kLztcblxuLyoqIEEgc2lnbmVkIHVuaXggdGltZXN0YW1wIHdpdGhpbiBgdG9sZXJhbmNlYCBzZWNvbmRzIG9mIG5vdywgZWl0aGVyIHdheSwgb3IgdGhlIHJlZnVzYWwuICovXG5leHBvcnQgZnVuY3Rpb24gc2lnbmVkVGltZXN0YW1wKFxuICBzY2hlbWU6IHN0cmluZyxcbiAgaGVhZGVyOiBzdHJpbmcsXG4gIHZhbHVlOiBzdHJpbmcsXG4gIHsgbm93IH06IFZlcmlmeUNvbnRleHQsXG4gIHRvbGVyYW5jZTogbnVtYmVyLFxuKTogbnVtYmVyIHwgUmVmdXNhbCB7XG4gIGlmICghVU5JWF9TRUNPTkRTLnRlc3QodmFsdWUpKSByZXR1cm4gcmVmdXNlKCdtYWxmb3JtZWQnLCBzY2hlbWUsIGAke2hlYWRlcn0gaXMgbm90IGEgdW5peCB0aW1lc3RhbXBgKTtcbiAgY29uc3QgdGltZXN0YW1wID0gTnVtYmVyKHZhbHVlKTtcbiAgaWYgKG5vdyAtIHRpbWVzdGFtcCA+IHRvbGVyYW5jZSkgcmV0dXJuIHJlZnVzZSgndGltZXN0YW1wX291dF9vZl90b2xlcmFuY2UnLCBzY2hlbWUsIGAke2hlYWRlcn0gaXMgbW9yZSB0aGFuICR7dG9sZXJhbmNlfSBzIG9sZGApO1xuICBpZiAodGltZXN0YW1wIC0gbm93ID4gdG9sZXJhbmNlKSByZXR1cm4gcmVmdXNlKCd0aW1lc3RhbXBfb3V0X29mX3RvbGVyYW5jZScsIHNjaGVtZSwgYCR7aGVhZGVyfSBpcyBtb3JlIHRoYW4gJHt0b2xlcmFuY2V9IHMgaW4gdGhlIGZ1dHVyZWApO1xuICByZXR1cm4gdGltZXN0YW1wO1xufVxuIiwgImltcG9ydCB7IGJhY2tlbmQsIHRpbWluZ1NhZmVFcXVhbCwgdHlwZSBIYXNoQWxnb3JpdGhtLCB0eXBlIEhtYWNLZXksIHR5cGUgTWVzc2FnZSB9IGZyb20gJy4vY3J5cHRvL2luZGV4LmpzJztcbmltcG9ydCB0eXBlIHsgU2lnbmF0dXJlRW5jb2RpbmcgfSBmcm9tICcuL2VuY29kaW5nLmpzJztcblxuY29uc3QgRElHRVNUX0JZVEVTOiBSZWFkb25seTxSZWNvcmQ8SGFzaEFsZ29yaXRobSwgbnVtYmVyPj4gPSB7IHNoYTE6IDIwLCBzaGEyNTY6IDMyLCBzaGE1MTI6IDY0IH07XG5cbmV4cG9ydCBjb25zdCBIQVNIX0FMR09SSVRITVMgPSBPYmplY3Qua2V5cyhESUdFU1RfQllURVMpIGFzIHJlYWRvbmx5IEhhc2hBbGdvcml0aG1bXTtcblxuY29uc3QgQUxQSEFCRVQ6IFJlYWRvbmx5PFJlY29yZDxTaWduYXR1cmVFbmNvZGluZywgUmVnRXhwPj4gPSB7XG4gIGhleDogL15bMC05YS1mXSskLyxcbiAgYmFzZTY0OiAvXltBLVphLXowLTkrL10rPXswLDJ9JC8sXG4gIGJhc2U2NHVybDogL15bQS1aYS16MC05Xy1dKyQvLFxufTtcblxuLyoqIFRoZSBsZW5ndGggb2YgYSBkaWdlc3QgaW4gYW4gZW5jb2Rpbmc6IGJhc2U2NCBwYWRkZWQsIGJhc2U2NHVybCBub3QgKGFzIHNlbmRlcnMgYW5kIEpXVHMgd3JpdGUgdGhlbSkuICovXG5mdW5jdGlvbiBlbmNvZGVkTGVuZ3RoKGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSwgZW5jb2Rpbmc6IFNpZ25hdHVyZUVuY29kaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgYnl0ZXMgPSBESUdFU1RfQllURVNbYWxnb3JpdGhtXTtcbiAgaWYgKGVuY29kaW5nID09PSAnaGV4JykgcmV0dXJuIGJ5dGVzICogMjtcbiAgcmV0dXJuIGVuY29kaW5nID09PSAnYmFzZTY0JyA/IE1hdGguY2VpbChieXRlcyAvIDMpICogNCA6IE1hdGguY2VpbCgoYnl0ZXMgKiA0KSAvIDMpO1xufVxuXG4vKiogV2hldGhlciB0ZXh0IGhhcyB0aGUgc2hhcGUgb2YgYW4gZW5jb2RlZCBkaWdlc3QsIHNvIGEgZ2FyYmxlZCBoZWFkZXIgaXMgdG9sZCBhcGFydCBmcm9tIGEgd3Jvbmcgb25lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzRW5jb2RlZERpZ2VzdCh0ZXh0OiBzdHJpbmcsIGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSwgZW5jb2Rpbmc6IFNpZ25hdHVyZUVuY29kaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiB0ZXh0Lmxlbmd0aCA9PT0gZW5jb2RlZExlbmd0aChhbGdvcml0aG0sIGVuY29kaW5nKSAmJiBBTFBIQUJFVFtlbmNvZGluZ10udGVzdCh0ZXh0KTtcbn1cblxuLyoqXG4gKiBXaGV0aGVyIG9uZSBvZiB0aGUgYHByZXNlbnRlZGAgc2lnbmF0dXJlcyBpcyB0aGUgSE1BQyBvZiBgbWVzc2FnZWAgdW5kZXIgb25lIG9mXG4gKiBga2V5c2AsIGNvbXBhcmVkIGFzIGVuY29kZWQgdGV4dDogZXhhY3RseSBvbmUgc3BlbGxpbmcgb2YgZWFjaCBzaWduYXR1cmUgaXNcbiAqIGFjY2VwdGVkLCBhcyB0aGUgcHJvdmlkZXJzJyBTREtzIGRvLiBLZXlzIGFyZSB0cmllZCBpbiBvcmRlciBhbmQgdGhlIGZpcnN0IG1hdGNoXG4gKiBlbmRzIHRoZSBsb29wOiB3aGljaCBrZXkgbWF0Y2hlZCBpcyBubyBzZWNyZXQsIGFuZCB0cnlpbmcgdGhlIHJlc3Qgd291bGQgZG91YmxlXG4gKiB0aGUgY29zdCBvZiBldmVyeSB2YWxpZCByZXF1ZXN0IGR1cmluZyBhIHJvdGF0aW9uLlxuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gaG1hY01hdGNoZXMoXG4gIGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSxcbiAga2V5czogcmVhZG9ubHkgSG1hY0tleVtdLFxuICBtZXNzYWdlOiBNZXNzYWdlLFxuICBwcmVzZW50ZWQ6IHN0cmluZyB8IHJlYWRvbmx5IHN0cmluZ1tdLFxuICBlbmNvZGluZzogU2lnbmF0dXJlRW5jb2RpbmcsXG4pOiBQcm9taXNlPGJvb2xlYW4+IHtcbiAgZm9yIChjb25zdCBrZXkgb2Yga2V5cykge1xuICAgIGNvbnN0IHJlc3VsdCA9IGJhY2tlbmQuaG1hYyhhbGdvcml0aG0sIGtleSwgbWVzc2FnZSwgZW5jb2RpbmcpO1xuICAgIC8vIG5vZGU6Y3J5cHRvIGFuc3dlcnMgc3luY2hyb25vdXNseTsgYXdhaXRpbmcgb25seSBwcm9taXNlcyBzYXZlcyBhIG1pY3JvdGFzayBwZXIga2V5LlxuICAgIGNvbnN0IGV4cGVjdGVkID0gdHlwZW9mIHJlc3VsdCA9PT0gJ3N0cmluZycgPyByZXN1bHQgOiBhd2FpdCByZXN1bHQ7XG4gICAgaWYgKHR5cGVvZiBwcmVzZW50ZWQgPT09ICdzdHJpbmcnID8gdGltaW5nU2FmZUVxdWFsKGV4cGVjdGVkLCBwcmVzZW50ZWQpIDogcHJlc2VudGVkLnNvbWUoKHRleHQpID0+IHRpbWluZ1NhZmVFcXVhbChleHBlY3RlZCwgdGV4dCkpKSB7XG4gICAgICByZXR1cm4gdHJ1ZTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGZhbHNlO1xufVxuXG4vKiogV2hldGhlciBgcHJlc2VudGVkYCBpcyB0aGUgZGlnZXN0IG9mIGBtZXNzYWdlYCwgZS5nLiBhIGJvZHkgaGFzaCBhIHNpZ25lZCB0b2tlbiBjYXJyaWVzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRpZ2VzdE1hdGNoZXMoXG4gIGFsZ29yaXRobTogSGFzaEFsZ29yaXRobSxcbiAgbWVzc2FnZTogTWVzc2FnZSxcbiAgcHJlc2VudGVkOiBzdHJpbmcsXG4gIGVuY29kaW5nOiBTaWduYXR1cmVFbmNvZGluZyxcbik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICByZXR1cm4gdGltaW5nU2FmZUVxdWFsKGF3YWl0IGJhY2tlbmQuZGlnZXN0KGFsZ29yaXRobSwgbWVzc2FnZSwgZW5jb2RpbmcpLCBwcmVzZW50ZWQpO1xufVxuIiwgIi8vIFRoZSBVUkwgZm9ybXMgVHdpbGlvIG1heSBoYXZlIHNpZ25lZCwgaW4gdGhlIG9yZGVyIHR3aWxpby1ub2RlICg2LngsXG4vLyBgdmFsaWRhdGVSZXF1ZXN0YCkgdHJpZXMgdGhlbTogdGhlIFVSTCBhcyByZWNlaXZlZCB3aXRob3V0IGFuZCB3aXRoIGl0c1xuLy8gZGVmYXVsdCBwb3J0LCB0aGVuIGFzIGBuZXcgVVJMKClgIG5vcm1hbGl6ZXMgaXQsIGVhY2ggYWxzbyB3aXRoIHRoZSBxdWVyeVxuLy8gcmUtZW5jb2RlZCB0aGUgd2F5IE5vZGUncyBsZWdhY3kgYHF1ZXJ5c3RyaW5nYCBtb2R1bGUgZG9lcy5cblxuY29uc3QgQVVUSE9SSVRZID0gL14oW2Etel1bYS16MC05Ky4tXSo6XFwvXFwvKShbXi8/I10qKS9pO1xuXG4vKipcbiAqIEFkZHMgKGB3aXRoUG9ydGApIG9yIHJlbW92ZXMgdGhlIHNjaGVtZSdzIGRlZmF1bHQgcG9ydCwga2VlcGluZyBldmVyeSBvdGhlclxuICogY2hhcmFjdGVyIGFzIHJlY2VpdmVkLiB0d2lsaW8tbm9kZSBzdHJpcHMgYW55IHBvcnQ7IGEgc2lnbmF0dXJlIG1hZGUgZm9yIG9uZVxuICogcG9ydCBpcyBhY2NlcHRlZCBoZXJlIG9uIHRoYXQgcG9ydCBvciwgZm9yIHRoZSBkZWZhdWx0IG9uZSwgd2l0aG91dCBpdC5cbiAqL1xuZnVuY3Rpb24gc2V0RGVmYXVsdFBvcnQodXJsOiBzdHJpbmcsIHdpdGhQb3J0OiBib29sZWFuKTogc3RyaW5nIHtcbiAgY29uc3QgbWF0Y2ggPSBBVVRIT1JJVFkuZXhlYyh1cmwpO1xuICBpZiAoIW1hdGNoKSByZXR1cm4gdXJsO1xuICBjb25zdCBbcHJlZml4LCBzY2hlbWUsIGF1dGhvcml0eV0gPSBtYXRjaCBhcyB1bmtub3duIGFzIFtzdHJpbmcsIHN0cmluZywgc3RyaW5nXTtcbiAgY29uc3QgdXNlckluZm8gPSBhdXRob3JpdHkuc2xpY2UoMCwgYXV0aG9yaXR5Lmxhc3RJbmRleE9mKCdAJykgKyAxKTtcbiAgY29uc3QgaG9zdEFuZFBvcnQgPSBhdXRob3JpdHkuc2xpY2UodXNlckluZm8ubGVuZ3RoKTtcbiAgLy8gQSBjb2xvbiBzdGFydHMgdGhlIHBvcnQgb25seSBhZnRlciBhbiBJUHY2IGxpdGVyYWwncyBjbG9zaW5nIGJyYWNrZXQuXG4gIGNvbnN0IGNvbG9uID0gaG9zdEFuZFBvcnQuaW5kZXhPZignOicsIGhvc3RBbmRQb3J0Lmxhc3RJbmRleE9mKCddJykgKyAxKTtcbiAgY29uc3QgaG9zdCA9IGNvbG9uIDwgMCA/IGhvc3RBbmRQb3J0IDogaG9zdEFuZFBvcnQuc2xpY2UoMCwgY29sb24pO1xuICBjb25zdCBwb3J0ID0gY29sb24gPCAwID8gJycgOiBob3N0QW5kUG9ydC5zbGljZShjb2xvbik7XG4gIGNvbnN0IGRlZmF1bHRQb3J0ID0gc2NoZW1lLnRvTG93ZXJDYXNlKCkgPT09ICdodHRwczovLycgPyAnOjQ0MycgOiAnOjgwJztcbiAgaWYgKHBvcnQgIT09ICcnICYmIHBvcnQgIT09IGRlZmF1bHRQb3J0KSByZXR1cm4gdXJsO1xuICByZXR1cm4gc2NoZW1lICsgdXNlckluZm8gKyBob3N0ICsgKHdpdGhQb3J0ID8gZGVmYXVsdFBvcnQgOiAnJykgKyB1cmwuc2xpY2UocHJlZml4Lmxlbmd0aCk7XG59XG5cbi8qKiBOb2RlJ3MgYHF1ZXJ5c3RyaW5nLnVuZXNjYXBlYDogcGVyY2VudC1kZWNvZGluZyB0aGF0IGtlZXBzIG1hbGZvcm1lZCBlc2NhcGVzIGluc3RlYWQgb2YgdGhyb3dpbmcuICovXG5mdW5jdGlvbiB1bmVzY2FwZUxlZ2FjeSh0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBwbHVzID0gdGV4dC5yZXBsYWNlKC9cXCsvZywgJyAnKTtcbiAgdHJ5IHtcbiAgICByZXR1cm4gZGVjb2RlVVJJQ29tcG9uZW50KHBsdXMpO1xuICB9IGNhdGNoIHtcbiAgICBjb25zdCBieXRlczogbnVtYmVyW10gPSBbXTtcbiAgICBmb3IgKGxldCBpID0gMDsgaSA8IHBsdXMubGVuZ3RoOyBpKyspIHtcbiAgICAgIGNvbnN0IGhleCA9IHBsdXMuc2xpY2UoaSArIDEsIGkgKyAzKTtcbiAgICAgIGlmIChwbHVzW2ldID09PSAnJScgJiYgL15bMC05YS1mQS1GXXsyfSQvLnRlc3QoaGV4KSkge1xuICAgICAgICBieXRlcy5wdXNoKHBhcnNlSW50KGhleCwgMTYpKTtcbiAgICAgICAgaSArPSAyO1xuICAgICAgfSBlbHNlIHtcbiAgICAgICAgYnl0ZXMucHVzaCguLi5uZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUocGx1c1tpXSkpO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gbmV3IFRleHREZWNvZGVyKCkuZGVjb2RlKG5ldyBVaW50OEFycmF5KGJ5dGVzKSk7XG4gIH1cbn1cblxuLyoqIGBxdWVyeXN0cmluZy5zdHJpbmdpZnkocXVlcnlzdHJpbmcucGFyc2UocXVlcnkpKWA6IHZhbHVlcyBncm91cGVkIHVuZGVyIHRoZWlyIGZpcnN0IGtleSwgcmUtZW5jb2RlZC4gKi9cbmZ1bmN0aW9uIGxlZ2FjeVF1ZXJ5KHVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3Qgc3RhcnQgPSB1cmwuaW5kZXhPZignPycpO1xuICBpZiAoc3RhcnQgPCAwIHx8IHN0YXJ0ID09PSB1cmwubGVuZ3RoIC0gMSkgcmV0dXJuIHVybDtcbiAgY29uc3QgZ3JvdXBzID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZ1tdPigpO1xuICBmb3IgKGNvbnN0IHBhaXIgb2YgdXJsLnNsaWNlKHN0YXJ0ICsgMSkuc3BsaXQoJyYnKSkge1xuICAgIGlmICghcGFpcikgY29udGludWU7XG4gICAgY29uc3QgZXEgPSBwYWlyLmluZGV4T2YoJz0nKTtcbiAgICBjb25zdCBrZXkgPSB1bmVzY2FwZUxlZ2FjeShlcSA8IDAgPyBwYWlyIDogcGFpci5zbGljZSgwLCBlcSkpO1xuICAgIGNvbnN0IHZhbHVlID0gZXEgPCAwID8gJycgOiB1bmVzY2FwZUxlZ2FjeShwYWlyLnNsaWNlKGVxICsgMSkpO1xuICAgIGdyb3Vwcy5zZXQoa2V5LCBbLi4uKGdyb3Vwcy5nZXQoa2V5KSA/PyBbXSksIHZhbHVlXSk7XG4gIH1cbiAgY29uc3QgcGFpcnMgPSBbLi4uZ3JvdXBzXS5mbGF0TWFwKChba2V5LCB2YWx1ZXNdKSA9PlxuICAgIHZhbHVlcy5tYXAoKHZhbHVlKSA9PiBgJHtlbmNvZGVVUklDb21wb25lbnQoa2V5KX09JHtlbmNvZGVVUklDb21wb25lbnQodmFsdWUpfWApLFxuICApO1xuICByZXR1cm4gYCR7dXJsLnNsaWNlKDAsIHN0YXJ0KX0/JHtwYWlycy5qb2luKCcmJyl9YDtcbn1cblxuLyoqIEV2ZXJ5IGRpc3RpbmN0IFVSTCBmb3JtIHRvIHRyeSwgbW9zdCBsaWtlbHkgZmlyc3Q7IHRoZSByYXJlciBmb3JtcyBhcmUgYnVpbHQgb25seSBpZiBuZWVkZWQuICovXG5leHBvcnQgZnVuY3Rpb24qIHR3aWxpb1VybENhbmRpZGF0ZXModXJsOiBzdHJpbmcpOiBHZW5lcmF0b3I8c3RyaW5nPiB7XG4gIGNvbnN0IHRyaWVkID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIGNvbnN0IGZyZXNoID0gKGNhbmRpZGF0ZTogc3RyaW5nKSA9PiAhdHJpZWQuaGFzKGNhbmRpZGF0ZSkgJiYgdHJpZWQuYWRkKGNhbmRpZGF0ZSk7XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIFtzZXREZWZhdWx0UG9ydCh1cmwsIGZhbHNlKSwgc2V0RGVmYXVsdFBvcnQodXJsLCB0cnVlKV0pIHtcbiAgICBpZiAoZnJlc2goY2FuZGlkYXRlKSkgeWllbGQgY2FuZGlkYXRlO1xuICB9XG4gIGNvbnN0IG5vcm1hbGl6ZWQgPSBuZXcgVVJMKHVybCkuaHJlZjtcbiAgY29uc3Qgd2l0aG91dFBvcnQgPSBzZXREZWZhdWx0UG9ydChub3JtYWxpemVkLCBmYWxzZSk7XG4gIGNvbnN0IHdpdGhQb3J0ID0gc2V0RGVmYXVsdFBvcnQobm9ybWFsaXplZCwgdHJ1ZSk7XG4gIGZvciAoY29uc3QgY2FuZGlkYXRlIG9mIFt3aXRob3V0UG9ydCwgd2l0aFBvcnQsIGxlZ2FjeVF1ZXJ5KHdpdGhvdXRQb3J0KSwgbGVnYWN5UXVlcnkod2l0aFBvcnQpXSkge1xuICAgIGlmIChmcmVzaChjYW5kaWRhdGUpKSB5aWVsZCBjYW5kaWRhdGU7XG4gIH1cbn1cbiIsICJpbXBvcnQgeyBhYnNvbHV0ZVVybCwgc2luZ2xlSGVhZGVyIH0gZnJvbSAnLi4vY3JlZGVudGlhbHMuanMnO1xuaW1wb3J0IHsgZGVmaW5lVmVyaWZpZXIgfSBmcm9tICcuLi9kZWZpbmUtdmVyaWZpZXIuanMnO1xuaW1wb3J0IHsgZGVsaXZlcnlEZXRhaWxzIH0gZnJvbSAnLi4vZGVsaXZlcnkuanMnO1xuaW1wb3J0IHsgZnJvbVV0ZjggfSBmcm9tICcuLi9lbmNvZGluZy5qcyc7XG5pbXBvcnQgeyBpc1JlZnVzYWwsIHJlZnVzZSwgdHlwZSBSZWZ1c2FsIH0gZnJvbSAnLi4vZXJyb3JzLmpzJztcbmltcG9ydCB0eXBlIHsgVmVyaWZpYWJsZVJlcXVlc3QgfSBmcm9tICcuLi9yZXF1ZXN0LmpzJztcbmltcG9ydCB0eXBlIHsgU2VjcmV0SW5wdXQgfSBmcm9tICcuLi9zZWNyZXRzLmpzJztcbmltcG9ydCB7IGRpZ2VzdE1hdGNoZXMsIGhtYWNNYXRjaGVzLCBpc0VuY29kZWREaWdlc3QgfSBmcm9tICcuLi9zaWduYXR1cmUuanMnO1xuaW1wb3J0IHsgaG1hY1RleHQsIHJlcXVpcmVTZWNyZXQsIHR5cGUgU2lnbkJvZHksIHR5cGUgU2lnbmVkUGFydHMgfSBmcm9tICcuLi9zaWduaW5nLmpzJztcbmltcG9ydCB7IHZlcmlmaWVkLCB0eXBlIFZlcmlmaWVyIH0gZnJvbSAnLi4vdmVyaWZpZXIuanMnO1xuaW1wb3J0IHsgYmFja2VuZCB9IGZyb20gJy4uL2NyeXB0by9pbmRleC5qcyc7XG5pbXBvcnQgeyB1dGY4IH0gZnJvbSAnLi4vZW5jb2RpbmcuanMnO1xuaW1wb3J0IHsgdHdpbGlvVXJsQ2FuZGlkYXRlcyB9IGZyb20gJy4vdHdpbGlvLXVybC5qcyc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgVHdpbGlvT3B0aW9ucyB7XG4gIC8qKiBUaGUgYWNjb3VudCdzIGF1dGggdG9rZW4gKHRoZSBITUFDIGtleSk7IGEgbGlzdCBhY2NlcHRzIGFueSBvZiB0aGVtLCBlLmcuIHByaW1hcnkgYW5kIHNlY29uZGFyeS4gKi9cbiAgYXV0aFRva2VuOiBTZWNyZXRJbnB1dDtcbn1cblxuY29uc3QgSEVBREVSID0gJ3gtdHdpbGlvLXNpZ25hdHVyZSc7XG5cbi8qKlxuICogVHdpbGlvJ3MgYFgtVHdpbGlvLVNpZ25hdHVyZWA6IGJhc2U2NCBITUFDLVNIQTEgb3ZlciB0aGUgZnVsbCBVUkwgZm9sbG93ZWQgYnlcbiAqIHRoZSBmb3JtIHBhcmFtZXRlcnMgc29ydGVkIGJ5IG5hbWUsIGVhY2ggYXMgbmFtZSArIHZhbHVlLiBKU09OIGRlbGl2ZXJpZXMgY2FycnlcbiAqIGBib2R5U0hBMjU2YCBpbiB0aGUgVVJMIGluc3RlYWQsIGFuZCB0aGUgYm9keSBtdXN0IGhhc2ggdG8gaXQuIFRoZSBVUkwgbXVzdCBiZVxuICogZXhhY3RseSB3aGF0IFR3aWxpbyByZXF1ZXN0ZWQ6IGJlaGluZCBhIHByb3h5LCBnaXZlIHRoZSBhZGFwdGVyIGEgYHB1YmxpY1VybGAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0d2lsaW8ob3B0aW9uczogVHdpbGlvT3B0aW9ucyk6IFZlcmlmaWVyIHtcbiAgY29uc3Qgc2NoZW1lID0gJ3R3aWxpbyc7XG4gIHJldHVybiBkZWZpbmVWZXJpZmllcihzY2hlbWUsIHsgYXV0aFRva2VuOiBvcHRpb25zLmF1dGhUb2tlbiB9LCBhc3luYyAocmVxdWVzdCwgY29udGV4dCwgeyBhdXRoVG9rZW4gfSkgPT4ge1xuICAgIGNvbnN0IGhlYWRlciA9IHNpbmdsZUhlYWRlcihyZXF1ZXN0LCBIRUFERVIsIHNjaGVtZSk7XG4gICAgaWYgKGlzUmVmdXNhbChoZWFkZXIpKSByZXR1cm4gaGVhZGVyO1xuICAgIGlmICghaXNFbmNvZGVkRGlnZXN0KGhlYWRlciwgJ3NoYTEnLCAnYmFzZTY0JykpIHtcbiAgICAgIHJldHVybiByZWZ1c2UoJ21hbGZvcm1lZCcsIHNjaGVtZSwgYGhlYWRlciAke0hFQURFUn0gaXMgbm90IGEgYmFzZTY0IEhNQUMtU0hBMWApO1xuICAgIH1cbiAgICBjb25zdCB1cmwgPSBhYnNvbHV0ZVVybChyZXF1ZXN0LCBzY2hlbWUpO1xuICAgIGlmIChpc1JlZnVzYWwodXJsKSkgcmV0dXJuIHVybDtcbiAgICBjb25zdCBwYXJhbXMgPSBhd2FpdCBzaWduZWRQYXJhbXMocmVxdWVzdCwgdXJsKTtcbiAgICBpZiAoaXNSZWZ1c2FsKHBhcmFtcykpIHJldHVybiBwYXJhbXM7XG4gICAgZm9yIChjb25zdCBjYW5kaWRhdGUgb2YgdHdpbGlvVXJsQ2FuZGlkYXRlcyhyZXF1ZXN0LnVybCkpIHtcbiAgICAgIGlmIChhd2FpdCBobWFjTWF0Y2hlcygnc2hhMScsIGF1dGhUb2tlbiwgY2FuZGlkYXRlICsgcGFyYW1zLCBoZWFkZXIsICdiYXNlNjQnKSkge1xuICAgICAgICByZXR1cm4gdmVyaWZpZWQoc2NoZW1lLCBhd2FpdCBkZWxpdmVyeURldGFpbHMocmVxdWVzdCwgY29udGV4dCwgaGVhZGVyLCAnaS10d2lsaW8taWRlbXBvdGVuY3ktdG9rZW4nKSk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiByZWZ1c2UoJ2ludmFsaWRfc2lnbmF0dXJlJywgc2NoZW1lLCBgaGVhZGVyICR7SEVBREVSfSBkb2VzIG5vdCBtYXRjaCB0aGUgVVJMIGFuZCBwYXJhbWV0ZXJzYCk7XG4gIH0pO1xufVxuXG4vKipcbiAqIFRoZSB0ZXh0IFR3aWxpbyBhcHBlbmRzIHRvIHRoZSBVUkwgYmVmb3JlIHNpZ25pbmc6IHRoZSBzb3J0ZWQgZm9ybSBwYXJhbWV0ZXJzLFxuICogbm90aGluZyB3aGVuIHRoZSBib2R5IGlzIGhhc2hlZCBpbnRvIGBib2R5U0hBMjU2YCBvciBlbXB0eS4gQW55IG90aGVyIGJvZHkgaXNcbiAqIHJlZnVzZWQsIGJlY2F1c2UgdGhlIHNpZ25hdHVyZSB3b3VsZCBub3QgY292ZXIgaXQuXG4gKi9cbmFzeW5jIGZ1bmN0aW9uIHNpZ25lZFBhcmFtcyhyZXF1ZXN0OiBWZXJpZmlhYmxlUmVxdWVzdCwgdXJsOiBVUkwpOiBQcm9taXNlPHN0cmluZyB8IFJlZnVzYWw+IHtcbiAgY29uc3QgYm9keUhhc2ggPSB1cmwuc2VhcmNoUGFyYW1zLmdldCgnYm9keVNIQTI1NicpO1xuICBpZiAoYm9keUhhc2ggIT09IG51bGwpIHtcbiAgICBpZiAoYXdhaXQgZGlnZXN0TWF0Y2hlcygnc2hhMjU2JywgcmVxdWVzdC5ib2R5LCBib2R5SGFzaCwgJ2hleCcpKSByZXR1cm4gJyc7XG4gICAgcmV0dXJuIHJlZnVzZSgnaW52YWxpZF9zaWduYXR1cmUnLCAndHdpbGlvJywgJ3RoZSBib2R5IGRvZXMgbm90IGhhc2ggdG8gYm9keVNIQTI1NicpO1xuICB9XG4gIGlmIChyZXF1ZXN0LmJvZHkubGVuZ3RoID09PSAwKSByZXR1cm4gJyc7XG4gIGlmICghaXNGb3JtRW5jb2RlZChyZXF1ZXN0LmhlYWRlcnMuZ2V0KCdjb250ZW50LXR5cGUnKSkpIHtcbiAgICByZXR1cm4gcmVmdXNlKCdtYWxmb3JtZWQnLCAndHdpbGlvJywgJ3RoZSBib2R5IGlzIG5laXRoZXIgZm9ybS1lbmNvZGVkIG5vciBjb3ZlcmVkIGJ5IGJvZHlTSEEyNTYnKTtcbiAgfVxuICByZXR1cm4gc29ydGVkRm9ybVBhcmFtcyhmcm9tVXRmOChyZXF1ZXN0LmJvZHkpKTtcbn1cblxuZnVuY3Rpb24gaXNGb3JtRW5jb2RlZChjb250ZW50VHlwZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogYm9vbGVhbiB7XG4gIHJldHVybiBjb250ZW50VHlwZT8uc3BsaXQoJzsnKVswXT8udHJpbSgpLnRvTG93ZXJDYXNlKCkgPT09ICdhcHBsaWNhdGlvbi94LXd3dy1mb3JtLXVybGVuY29kZWQnO1xufVxuXG4vKiogTmFtZXMgc29ydGVkIGJ5IGNvZGUgdW5pdDsgYSByZXBlYXRlZCBuYW1lIGNvbnRyaWJ1dGVzIGVhY2ggZGlzdGluY3QgdmFsdWUgb25jZSwgdmFsdWVzIHNvcnRlZCAoYXMgdHdpbGlvLW5vZGUpLiAqL1xuZnVuY3Rpb24gc29ydGVkRm9ybVBhcmFtcyhib2R5OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBmb3JtID0gbmV3IE1hcDxzdHJpbmcsIFNldDxzdHJpbmc+PigpO1xuICBmb3IgKGNvbnN0IFtuYW1lLCB2YWx1ZV0gb2YgcGFyc2VGb3JtKGJvZHkpKSB7XG4gICAgY29uc3QgdmFsdWVzID0gZm9ybS5nZXQobmFtZSk7XG4gICAgaWYgKHZhbHVlcykgdmFsdWVzLmFkZCh2YWx1ZSk7XG4gICAgZWxzZSBmb3JtLnNldChuYW1lLCBuZXcgU2V0KFt2YWx1ZV0pKTtcbiAgfVxuICBsZXQgdGV4dCA9ICcnO1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgWy4uLmZvcm0ua2V5cygpXS5zb3J0KCkpIHtcbiAgICBmb3IgKGNvbnN0IHZhbHVlIG9mIFsuLi5mb3JtLmdldChuYW1lKSFdLnNvcnQoKSkgdGV4dCArPSBuYW1lICsgdmFsdWU7XG4gIH1cbiAgcmV0dXJuIHRleHQ7XG59XG5cbi8qKlxuICogYGFwcGxpY2F0aW9uL3gtd3d3LWZvcm0tdXJsZW5jb2RlZGAgcGFpcnMsIGRlY29kZWQgZXhhY3RseSBhcyBgVVJMU2VhcmNoUGFyYW1zYFxuICogZGVjb2RlcyB0aGVtLCBidXQgd2l0aCB0aGUgbmF0aXZlIGBkZWNvZGVVUklDb21wb25lbnRgOiBOb2RlJ3MgVVJMU2VhcmNoUGFyYW1zXG4gKiBwYXJzZXIgd2Fsa3MgdGhlIGJvZHkgaW4gSmF2YVNjcmlwdCBhbmQgY29zdHMgbW9yZSB0aGFuIHRoZSBITUFDIGl0c2VsZi5cbiAqL1xuZnVuY3Rpb24gcGFyc2VGb3JtKGJvZHk6IHN0cmluZyk6IFtzdHJpbmcsIHN0cmluZ11bXSB7XG4gIGNvbnN0IHBhaXJzOiBbc3RyaW5nLCBzdHJpbmddW10gPSBbXTtcbiAgZm9yIChjb25zdCBwYWlyIG9mIGJvZHkuc3BsaXQoJyYnKSkge1xuICAgIGlmICghcGFpcikgY29udGludWU7XG4gICAgY29uc3QgZXEgPSBwYWlyLmluZGV4T2YoJz0nKTtcbiAgICBjb25zdCBuYW1lID0gZXEgPCAwID8gcGFpciA6IHBhaXIuc2xpY2UoMCwgZXEpO1xuICAgIGNvbnN0IHZhbHVlID0gZXEgPCAwID8gJycgOiBwYWlyLnNsaWNlKGVxICsgMSk7XG4gICAgdHJ5IHtcbiAgICAgIHBhaXJzLnB1c2goW2RlY29kZUZvcm1UZXh0KG5hbWUpLCBkZWNvZGVGb3JtVGV4dCh2YWx1ZSldKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIEEgbWFsZm9ybWVkIGVzY2FwZTogVVJMU2VhcmNoUGFyYW1zIGtlZXBzIGl0IGFzIHRleHQ7IGxldCBpdCBkZWNpZGUuXG4gICAgICBwYWlycy5wdXNoKC4uLm5ldyBVUkxTZWFyY2hQYXJhbXMocGFpcikpO1xuICAgIH1cbiAgfVxuICByZXR1cm4gcGFpcnM7XG59XG5cbmNvbnN0IGRlY29kZUZvcm1UZXh0ID0gKHRleHQ6IHN0cmluZykgPT4gKC9bJStdLy50ZXN0KHRleHQpID8gZGVjb2RlVVJJQ29tcG9uZW50KHRleHQucmVwbGFjZSgvXFwrL2csICcgJykpIDogdGV4dCk7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2lnblR3aWxpb09wdGlvbnMge1xuICBhdXRoVG9rZW46IHN0cmluZztcbiAgLyoqIFRoZSBVUkwgVHdpbGlvIGNhbGxzLCBleGFjdGx5IGFzIGNvbmZpZ3VyZWQuICovXG4gIHVybDogc3RyaW5nO1xuICAvKiogQSBmb3JtLWVuY29kZWQgYm9keSAoYXMgZm9yIFNNUyBhbmQgdm9pY2Ugd2ViaG9va3MpLCBvciBKU09OIHdpdGggYGNvbnRlbnRUeXBlOiAnYXBwbGljYXRpb24vanNvbidgLiAqL1xuICBib2R5PzogU2lnbkJvZHk7XG4gIC8qKiBEZWZhdWx0OiBgYXBwbGljYXRpb24veC13d3ctZm9ybS11cmxlbmNvZGVkYC4gKi9cbiAgY29udGVudFR5cGU/OiBzdHJpbmc7XG59XG5cbi8qKlxuICogVGhlIHJlcXVlc3QgVHdpbGlvIHdvdWxkIHNlbmQ6IGBYLVR3aWxpby1TaWduYXR1cmVgIG92ZXIgdGhlIFVSTCBhbmQgdGhlXG4gKiBzb3J0ZWQgZm9ybSBwYXJhbWV0ZXJzLCBvciwgZm9yIG90aGVyIGJvZGllcywgb3ZlciB0aGUgVVJMIHdpdGhcbiAqIGBib2R5U0hBMjU2PTxoZXg+YCBhcHBlbmRlZCAodGhlIHJldHVybmVkIGB1cmxgKS5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHNpZ25Ud2lsaW8oeyBhdXRoVG9rZW4sIHVybCwgYm9keSA9ICcnLCBjb250ZW50VHlwZSA9ICdhcHBsaWNhdGlvbi94LXd3dy1mb3JtLXVybGVuY29kZWQnIH06IFNpZ25Ud2lsaW9PcHRpb25zKTogUHJvbWlzZTxTaWduZWRQYXJ0cz4ge1xuICBjb25zdCBieXRlcyA9IHR5cGVvZiBib2R5ID09PSAnc3RyaW5nJyA/IHV0ZjgoYm9keSkgOiBib2R5O1xuICBjb25zdCBmb3JtID0gaXNGb3JtRW5jb2RlZChjb250ZW50VHlwZSk7XG4gIGNvbnN0IHNpZ25lZFVybCA9IGZvcm0gPyB1cmwgOiBgJHt1cmx9JHt1cmwuaW5jbHVkZXMoJz8nKSA/ICcmJyA6ICc/J31ib2R5U0hBMjU2PSR7YXdhaXQgYmFja2VuZC5kaWdlc3QoJ3NoYTI1NicsIGJ5dGVzLCAnaGV4Jyl9YDtcbiAgY29uc3QgZGF0YSA9IHNpZ25lZFVybCArIChmb3JtID8gc29ydGVkRm9ybVBhcmFtcyhmcm9tVXRmOChieXRlcykpIDogJycpO1xuICBjb25zdCBzaWduYXR1cmUgPSBhd2FpdCBobWFjVGV4dCgnc2hhMScsIHJlcXVpcmVTZWNyZXQoJ3R3aWxpbycsICdhdXRoVG9rZW4nLCBhdXRoVG9rZW4pLCBkYXRhLCAnYmFzZTY0Jyk7XG4gIHJldHVybiB7IGhlYWRlcnM6IHsgW0hFQURFUl06IHNpZ25hdHVyZSwgJ2NvbnRlbnQtdHlwZSc6IGNvbnRlbnRUeXBlIH0sIHVybDogc2lnbmVkVXJsIH07XG59XG4iLCAiaW1wb3J0IHsgUmVxdWVzdEhlYWRlcnMsIHR5cGUgSGVhZGVyc0lucHV0IH0gZnJvbSAnLi9yZXF1ZXN0LmpzJztcblxuLyoqIFRoZSBwYXRoIGFuZCBxdWVyeSBvZiBhbiBhYnNvbHV0ZSBVUkwsIGJ5dGUgZm9yIGJ5dGUgKGBuZXcgVVJMKClgIHdvdWxkIHJlLWVuY29kZSB0aGVtKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXRoQW5kUXVlcnkodXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdXJsLnJlcGxhY2UoL15bYS16XVthLXowLTkrLi1dKjpcXC9cXC9bXi8/I10qL2ksICcnKSB8fCAnLyc7XG59XG5cbi8qKlxuICogVGhlIG9yaWdpbiBhIGNsaWVudCBjYWxsZWQsIGZyb20gdGhlIGB4LWZvcndhcmRlZC1wcm90b2AgYW5kXG4gKiBgeC1mb3J3YXJkZWQtaG9zdGAgKGVsc2UgYGhvc3RgKSBoZWFkZXJzIHRoYXQgVmVyY2VsLCBOZXRsaWZ5IGFuZCBsb2FkXG4gKiBiYWxhbmNlcnMgc2V0OyBgZmFsbGJhY2tgIHdoZXJlIHRoZXkgYXJlIGFic2VudC4gVHJ1c3QgdGhlc2UgaGVhZGVycyBvbmx5IHdoZXJlXG4gKiB0aGUgcGxhdGZvcm0gb3ZlcndyaXRlcyB0aGVtOyBlbHNld2hlcmUgY29uZmlndXJlIGBwdWJsaWNVcmxgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZm9yd2FyZGVkT3JpZ2luKGhlYWRlcnM6IEhlYWRlcnNJbnB1dCwgZmFsbGJhY2s6IHsgcHJvdG9jb2w6IHN0cmluZzsgaG9zdD86IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgY29uc3QgdmlldyA9IG5ldyBSZXF1ZXN0SGVhZGVycyhoZWFkZXJzKTtcbiAgY29uc3QgZmlyc3QgPSAobmFtZTogc3RyaW5nKSA9PiB2aWV3LmdldChuYW1lKT8uc3BsaXQoJywnKVswXT8udHJpbSgpIHx8IHVuZGVmaW5lZDtcbiAgY29uc3QgcHJvdG9jb2wgPSBmaXJzdCgneC1mb3J3YXJkZWQtcHJvdG8nKSA/PyBmYWxsYmFjay5wcm90b2NvbC5yZXBsYWNlKC86JC8sICcnKTtcbiAgY29uc3QgaG9zdCA9IGZpcnN0KCd4LWZvcndhcmRlZC1ob3N0JykgPz8gZmlyc3QoJ2hvc3QnKSA/PyBmYWxsYmFjay5ob3N0ID8/ICdsb2NhbGhvc3QnO1xuICByZXR1cm4gYCR7cHJvdG9jb2x9Oi8vJHtob3N0fWA7XG59XG4iLCAiaW1wb3J0IHsgaXNSZWZ1c2FsLCB0eXBlIFZlcmlmaWNhdGlvbkVycm9yIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuaW1wb3J0IHR5cGUgeyBSZXBsYXlPcHRpb25zIH0gZnJvbSAnLi9yZXBsYXkuanMnO1xuaW1wb3J0IHsgbm9ybWFsaXplUmVxdWVzdCwgVmVyaWZpYWJsZVJlcXVlc3QsIHR5cGUgUGxhaW5SZXF1ZXN0LCB0eXBlIFJlcXVlc3RJbnB1dCB9IGZyb20gJy4vcmVxdWVzdC5qcyc7XG5pbXBvcnQgeyBwYXRoQW5kUXVlcnkgfSBmcm9tICcuL3B1YmxpYy11cmwuanMnO1xuaW1wb3J0IHsgc2hhcmVkU2VjcmV0IH0gZnJvbSAnLi9zY2hlbWVzL3NoYXJlZC1zZWNyZXQuanMnO1xuaW1wb3J0IHsgdmVyaWZ5UmVxdWVzdCB9IGZyb20gJy4vdmVyaWZ5LXJlcXVlc3QuanMnO1xuaW1wb3J0IHR5cGUgeyBWZXJpZmllZCwgVmVyaWZpZXIgfSBmcm9tICcuL3ZlcmlmaWVyLmpzJztcblxuLyoqIFdoYXQgZXZlcnkgYWRhcHRlcidzIGB3aXRoVmVyaWZpY2F0aW9uKGhhbmRsZXIsIG9wdGlvbnMpYCBhY2NlcHRzLCBiZXNpZGVzIGl0cyBwbGF0Zm9ybSdzIG93biBgb25GYWlsdXJlYC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgR3VhcmRPcHRpb25zIHtcbiAgLyoqIERlZmF1bHQ6IHRoZSBIYXN1cmEgcGF0dGVybiwgYHNoYXJlZFNlY3JldGAgb24gaGVhZGVyIGB2ZXJpZmljYXRpb25fa2V5YCB3aXRoIHRoZSBzZWNyZXQgZnJvbSBgVkVSSUZJQ0FUSU9OX0tFWWAuICovXG4gIHZlcmlmaWVyPzogVmVyaWZpZXI7XG4gIC8qKiBSZWZ1c2UgZGVsaXZlcmllcyBhbHJlYWR5IGFjY2VwdGVkOyBzZWUgYHZlcmlmeVJlcXVlc3RgLiBEZWZhdWx0OiBvZmYuICovXG4gIHJlcGxheT86IGJvb2xlYW4gfCBSZXBsYXlPcHRpb25zO1xuICAvKiogRGVmYXVsdDogNiBNaUIuICovXG4gIG1heEJvZHlCeXRlcz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFRoZSBVUkwgdGhlIHNlbmRlciBzaWduZWQsIHdoZW4gdGhlIHBsYXRmb3JtIGNhbm5vdCB0ZWxsIGl0IChwcm94aWVzLCByZXdyaXRlcyxcbiAgICogQVBJIEdhdGV3YXkgc3RhZ2VzKTogYW4gb3JpZ2luIHN1Y2ggYXMgYGh0dHBzOi8vYXBpLmV4YW1wbGUuY29tYCwgd2hpY2hcbiAgICogcmVwbGFjZXMgdGhlIHNjaGVtZSBhbmQgaG9zdCBvZiB0aGUgVVJMIHRoZSBhZGFwdGVyIHJlYnVpbHQsIG9yIGEgZnVuY3Rpb25cbiAgICogZ2l2ZW4gdGhhdCBVUkwgYW5kIHJldHVybmluZyB0aGUgZnVsbCBwdWJsaWMgVVJMLlxuICAgKi9cbiAgcHVibGljVXJsPzogc3RyaW5nIHwgKChyZWJ1aWx0VXJsOiBzdHJpbmcpID0+IHN0cmluZykgfCB1bmRlZmluZWQ7XG4gIC8qKiBXaGVyZSBjb25maWd1cmF0aW9uIHByb2JsZW1zIGFyZSByZXBvcnRlZC4gRGVmYXVsdDogYGNvbnNvbGUuZXJyb3JgLiAqL1xuICBsb2c/OiAobGluZTogc3RyaW5nKSA9PiB2b2lkO1xufVxuXG4vKiogV2hhdCB0aGUgd3JhcHBlZCBoYW5kbGVyIGNhbiByZWFkIGFib3V0IHRoZSByZXF1ZXN0IGl0IGlzIGdpdmVuLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWZXJpZmljYXRpb24gZXh0ZW5kcyBWZXJpZmllZCB7XG4gIC8qKiBUaGUgcmF3IGJvZHkgYnl0ZXMsIGV4YWN0bHkgYXMgdmVyaWZpZWQuICovXG4gIHJlYWRvbmx5IGJvZHk6IFVpbnQ4QXJyYXk7XG59XG5cbmV4cG9ydCB0eXBlIEd1YXJkT3V0Y29tZSA9XG4gIHwgeyByZWFkb25seSBvazogdHJ1ZTsgcmVhZG9ubHkgdmVyaWZpY2F0aW9uOiBWZXJpZmljYXRpb24gfVxuICB8IHsgcmVhZG9ubHkgb2s6IGZhbHNlOyByZWFkb25seSBlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3I7IHJlYWRvbmx5IHJlc3BvbnNlOiBSZWZ1c2FsUmVzcG9uc2UgfTtcblxuLyoqIFRoZSByZXNwb25zZSBhbiBhZGFwdGVyIHNlbmRzIGZvciBhIHJlZnVzYWw6IGEgc21hbGwgSlNPTiBib2R5IHdpdGggdGhlIGNvZGUgb25seS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVmdXNhbFJlc3BvbnNlIHtcbiAgcmVhZG9ubHkgc3RhdHVzOiBudW1iZXI7XG4gIHJlYWRvbmx5IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIHJlYWRvbmx5IGJvZHk6IHN0cmluZztcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlZnVzYWxSZXNwb25zZShlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3IpOiBSZWZ1c2FsUmVzcG9uc2Uge1xuICByZXR1cm4geyBzdGF0dXM6IGVycm9yLnN0YXR1cywgaGVhZGVyczogeyAnY29udGVudC10eXBlJzogJ2FwcGxpY2F0aW9uL2pzb24nIH0sIGJvZHk6IEpTT04uc3RyaW5naWZ5KHsgZXJyb3I6IGVycm9yLmNvZGUgfSkgfTtcbn1cblxuY29uc3QgdmVyaWZpY2F0aW9ucyA9IG5ldyBXZWFrTWFwPG9iamVjdCwgVmVyaWZpY2F0aW9uPigpO1xuXG4vKipcbiAqIFRoZSB2ZXJpZmljYXRpb24gb2YgdGhlIHJlcXVlc3QgYSB3cmFwcGVkIGhhbmRsZXIgd2FzIGdpdmVuOiBwYXNzIHRoZSBvYmplY3RcbiAqIHRoZSBoYW5kbGVyIHJlY2VpdmVkIChhIGBSZXF1ZXN0YCwgTm9kZSdzIGByZXFgLCBhIExhbWJkYSBvciBOZXRsaWZ5IGBldmVudGApLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZ2V0VmVyaWZpY2F0aW9uKHJlcXVlc3Q6IG9iamVjdCk6IFZlcmlmaWNhdGlvbiB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiB2ZXJpZmljYXRpb25zLmdldChyZXF1ZXN0KTtcbn1cblxuLyoqXG4gKiBUaGUgb25lIHBpcGVsaW5lIGV2ZXJ5IGFkYXB0ZXIgcnVuczogY2hlY2sgdGhlIGNvbmZpZ3VyYXRpb24gb25jZSBhdCBjb2xkXG4gKiBzdGFydCwgbm9ybWFsaXplLCB2ZXJpZnksIHJlbWVtYmVyIHRoZSB2ZXJpZmljYXRpb24gZm9yIHRoZSBoYW5kbGVyLiBBZGFwdGVyc1xuICogb25seSB0cmFuc2xhdGUgdGhlaXIgcGxhdGZvcm0ncyBzaGFwZXMgdG8gYW5kIGZyb20gaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjcmVhdGVHdWFyZChvcHRpb25zOiBHdWFyZE9wdGlvbnMgPSB7fSkge1xuICBjb25zdCB2ZXJpZmllciA9IG9wdGlvbnMudmVyaWZpZXIgPz8gc2hhcmVkU2VjcmV0KHsgc2VjcmV0OiB7IGVudjogJ1ZFUklGSUNBVElPTl9LRVknIH0gfSk7XG4gIGNvbnN0IGxvZyA9IG9wdGlvbnMubG9nID8/ICgobGluZTogc3RyaW5nKSA9PiBjb25zb2xlLmVycm9yKGxpbmUpKTtcbiAgbGV0IHJlcG9ydGVkID0gZmFsc2U7XG4gIGNvbnN0IHJlcG9ydCA9IChlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3IpID0+IHtcbiAgICBpZiAocmVwb3J0ZWQpIHJldHVybjtcbiAgICByZXBvcnRlZCA9IHRydWU7XG4gICAgbG9nKGBbaG9va2d1YXJkXSAke2Vycm9yLm1lc3NhZ2V9LiBFdmVyeSByZXF1ZXN0IGlzIHJlZnVzZWQgd2l0aCA1MDAgdW50aWwgdGhpcyBpcyBmaXhlZC5gKTtcbiAgfTtcbiAgY29uc3QgY29sZFN0YXJ0RXJyb3IgPSB2ZXJpZmllci5jaGVja0NvbmZpZ3VyYXRpb24oKTtcbiAgaWYgKGNvbGRTdGFydEVycm9yKSByZXBvcnQoY29sZFN0YXJ0RXJyb3IpO1xuXG4gIHJldHVybiB7XG4gICAgLyoqIFRoZSBVUkwgdG8gdmVyaWZ5IGFnYWluc3Q6IHRoZSBhZGFwdGVyJ3MgcmVidWlsdCBVUkwsIG9yIHRoZSBjb25maWd1cmVkIHB1YmxpYyBvbmUuICovXG4gICAgcHVibGljVXJsKHJlYnVpbHRVcmw6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgICBjb25zdCB7IHB1YmxpY1VybCB9ID0gb3B0aW9ucztcbiAgICAgIGlmICh0eXBlb2YgcHVibGljVXJsID09PSAnZnVuY3Rpb24nKSByZXR1cm4gcHVibGljVXJsKHJlYnVpbHRVcmwpO1xuICAgICAgaWYgKCFwdWJsaWNVcmwpIHJldHVybiByZWJ1aWx0VXJsO1xuICAgICAgcmV0dXJuIHB1YmxpY1VybC5yZXBsYWNlKC9cXC8rJC8sICcnKSArIHBhdGhBbmRRdWVyeShyZWJ1aWx0VXJsKTtcbiAgICB9LFxuXG4gICAgLyoqIEEgcmVmdXNhbCBmb3VuZCBieSB0aGUgYWRhcHRlciBpdHNlbGYgKGEgYm9keSBhbHJlYWR5IHJlYWQsIG9yIHRvbyBsYXJnZSksIHJlcG9ydGVkIGxpa2UgYW55IG90aGVyLiAqL1xuICAgIHJlamVjdChlcnJvcjogVmVyaWZpY2F0aW9uRXJyb3IpOiBHdWFyZE91dGNvbWUge1xuICAgICAgaWYgKGVycm9yLmNvZGUgPT09ICdtaXNjb25maWd1cmVkJykgcmVwb3J0KGVycm9yKTtcbiAgICAgIHJldHVybiB7IG9rOiBmYWxzZSwgZXJyb3IsIHJlc3BvbnNlOiByZWZ1c2FsUmVzcG9uc2UoZXJyb3IpIH07XG4gICAgfSxcblxuICAgIC8qKlxuICAgICAqIFZlcmlmaWVzIGBpbnB1dGAgYW5kIHJlbWVtYmVycyB0aGUgb3V0Y29tZSB1bmRlciBga2V5YCwgdGhlIG9iamVjdCB0aGVcbiAgICAgKiBoYW5kbGVyIHdpbGwgcmVjZWl2ZTsgYHVybGAgcmVwbGFjZXMgdGhlIGlucHV0J3MgVVJMICh0aGUgcHVibGljIG9uZSkuXG4gICAgICovXG4gICAgYXN5bmMgdmVyaWZ5KGlucHV0OiBSZXF1ZXN0SW5wdXQgfCBQbGFpblJlcXVlc3QsIGtleTogb2JqZWN0LCB1cmw/OiBzdHJpbmcpOiBQcm9taXNlPEd1YXJkT3V0Y29tZT4ge1xuICAgICAgY29uc3Qgbm9ybWFsaXplZCA9IGF3YWl0IG5vcm1hbGl6ZVJlcXVlc3QoaW5wdXQsIG9wdGlvbnMubWF4Qm9keUJ5dGVzKTtcbiAgICAgIGNvbnN0IHJlcXVlc3QgPSB1cmwgJiYgIWlzUmVmdXNhbChub3JtYWxpemVkKSA/IG5ldyBWZXJpZmlhYmxlUmVxdWVzdChub3JtYWxpemVkLm1ldGhvZCwgdXJsLCBub3JtYWxpemVkLmhlYWRlcnMsIG5vcm1hbGl6ZWQuYm9keSkgOiBub3JtYWxpemVkO1xuICAgICAgY29uc3QgcmVzdWx0ID0gaXNSZWZ1c2FsKHJlcXVlc3QpID8gcmVxdWVzdCA6IGF3YWl0IHZlcmlmeVJlcXVlc3QocmVxdWVzdCwgdmVyaWZpZXIsIHZlcmlmeU9wdGlvbnMob3B0aW9ucykpO1xuICAgICAgaWYgKCFyZXN1bHQub2spIHJldHVybiB0aGlzLnJlamVjdChyZXN1bHQuZXJyb3IpO1xuICAgICAgY29uc3QgdmVyaWZpY2F0aW9uOiBWZXJpZmljYXRpb24gPSB7IC4uLnJlc3VsdCwgYm9keTogKHJlcXVlc3QgYXMgVmVyaWZpYWJsZVJlcXVlc3QpLmJvZHkgfTtcbiAgICAgIHZlcmlmaWNhdGlvbnMuc2V0KGtleSwgdmVyaWZpY2F0aW9uKTtcbiAgICAgIHJldHVybiB7IG9rOiB0cnVlLCB2ZXJpZmljYXRpb24gfTtcbiAgICB9LFxuICB9O1xufVxuXG5mdW5jdGlvbiB2ZXJpZnlPcHRpb25zKHsgcmVwbGF5LCBtYXhCb2R5Qnl0ZXMgfTogR3VhcmRPcHRpb25zKSB7XG4gIHJldHVybiB7IC4uLihyZXBsYXkgPT09IHVuZGVmaW5lZCA/IHt9IDogeyByZXBsYXkgfSksIC4uLihtYXhCb2R5Qnl0ZXMgPT09IHVuZGVmaW5lZCA/IHt9IDogeyBtYXhCb2R5Qnl0ZXMgfSkgfTtcbn1cblxuZXhwb3J0IHR5cGUgR3VhcmQgPSBSZXR1cm5UeXBlPHR5cGVvZiBjcmVhdGVHdWFyZD47XG4iLCAiaW1wb3J0IHsgY3JlYXRlR3VhcmQsIHR5cGUgR3VhcmQsIHR5cGUgR3VhcmRPcHRpb25zIH0gZnJvbSAnLi9ndWFyZC5qcyc7XG5pbXBvcnQgdHlwZSB7IFZlcmlmaWNhdGlvbkVycm9yIH0gZnJvbSAnLi9lcnJvcnMuanMnO1xuXG4vKiogQSBoYW5kbGVyIG9mIFdIQVRXRyByZXF1ZXN0czogTmV4dC5qcyBBcHAgUm91dGVyLCBWZXJjZWwgYW5kIE5ldGxpZnkgZnVuY3Rpb25zLCBXb3JrZXJzLCBEZW5vLCBCdW4uICovXG5leHBvcnQgdHlwZSBXZWJIYW5kbGVyID0gKHJlcXVlc3Q6IG5ldmVyLCAuLi5yZXN0OiBuZXZlcltdKSA9PiBSZXNwb25zZSB8IFByb21pc2U8UmVzcG9uc2U+O1xuXG5leHBvcnQgaW50ZXJmYWNlIFdlYlZlcmlmaWNhdGlvbk9wdGlvbnMgZXh0ZW5kcyBHdWFyZE9wdGlvbnMge1xuICAvKiogQW5zd2VycyBhIHJlZnVzZWQgcmVxdWVzdCBpbnN0ZWFkIG9mIHRoZSBkZWZhdWx0IGB7IFwiZXJyb3JcIjogY29kZSB9YCBKU09OIHJlc3BvbnNlLiAqL1xuICBvbkZhaWx1cmU/OiAoZXJyb3I6IFZlcmlmaWNhdGlvbkVycm9yLCByZXF1ZXN0OiBSZXF1ZXN0KSA9PiBSZXNwb25zZSB8IFByb21pc2U8UmVzcG9uc2U+O1xufVxuXG4vKiogSG93IGFuIGFkYXB0ZXIgdGVsbHMgdGhlIGd1YXJkIHdoZXJlIHRoZSByZXF1ZXN0IHJlYWxseSB3ZW50OyBkZWZhdWx0OiBgcmVxdWVzdC51cmxgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBXZWJQbGF0Zm9ybSB7XG4gIGd1YXJkPzogR3VhcmQ7XG4gIHJlcXVlc3RVcmw/OiAocmVxdWVzdDogUmVxdWVzdCkgPT4gc3RyaW5nO1xufVxuXG4vKipcbiAqIFJ1bnMgYGhhbmRsZXJgIG9ubHkgZm9yIHJlcXVlc3RzIHRoZSB2ZXJpZmllciBhY2NlcHRzLCB3aXRoIGl0cyBhcmd1bWVudHNcbiAqIHVudG91Y2hlZCAodGhlIHJlcXVlc3QgaXMgcmVhZCB0aHJvdWdoIGEgY2xvbmUpIGFuZCBpdHMgb3duIHBhcmFtZXRlciB0eXBlcy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhSZXF1ZXN0VmVyaWZpY2F0aW9uPEggZXh0ZW5kcyBXZWJIYW5kbGVyPihcbiAgaGFuZGxlcjogSCxcbiAgb3B0aW9uczogV2ViVmVyaWZpY2F0aW9uT3B0aW9ucyA9IHt9LFxuICB7IGd1YXJkID0gY3JlYXRlR3VhcmQob3B0aW9ucyksIHJlcXVlc3RVcmwgPSAocmVxdWVzdCkgPT4gcmVxdWVzdC51cmwgfTogV2ViUGxhdGZvcm0gPSB7fSxcbik6ICguLi5hcmdzOiBQYXJhbWV0ZXJzPEg+KSA9PiBQcm9taXNlPFJlc3BvbnNlPiB7XG4gIHJldHVybiBhc3luYyAoLi4uYXJncykgPT4ge1xuICAgIGNvbnN0IHJlcXVlc3QgPSBhcmdzWzBdIGFzIFJlcXVlc3Q7XG4gICAgY29uc3Qgb3V0Y29tZSA9IGF3YWl0IGd1YXJkLnZlcmlmeShyZXF1ZXN0LCByZXF1ZXN0LCBndWFyZC5wdWJsaWNVcmwocmVxdWVzdFVybChyZXF1ZXN0KSkpO1xuICAgIGlmIChvdXRjb21lLm9rKSByZXR1cm4gKGhhbmRsZXIgYXMgKC4uLmE6IFBhcmFtZXRlcnM8SD4pID0+IFJlc3BvbnNlIHwgUHJvbWlzZTxSZXNwb25zZT4pKC4uLmFyZ3MpO1xuICAgIGlmIChvcHRpb25zLm9uRmFpbHVyZSkgcmV0dXJuIG9wdGlvbnMub25GYWlsdXJlKG91dGNvbWUuZXJyb3IsIHJlcXVlc3QpO1xuICAgIHJldHVybiBuZXcgUmVzcG9uc2Uob3V0Y29tZS5yZXNwb25zZS5ib2R5LCB7IHN0YXR1czogb3V0Y29tZS5yZXNwb25zZS5zdGF0dXMsIGhlYWRlcnM6IG91dGNvbWUucmVzcG9uc2UuaGVhZGVycyB9KTtcbiAgfTtcbn1cbiIsICJpbXBvcnQgdHlwZSB7IFJlZnVzYWxSZXNwb25zZSB9IGZyb20gJy4vZ3VhcmQuanMnO1xuaW1wb3J0IHsgdXRmOCB9IGZyb20gJy4vZW5jb2RpbmcuanMnO1xuXG4vKiogTGFtYmRhLXN0eWxlIGV2ZW50cyAoQVdTLCBOZXRsaWZ5IHYxKSBjYXJyeSB0aGUgYm9keSBhcyB0ZXh0LCBiYXNlNjQgd2hlbiBiaW5hcnkuICovXG5leHBvcnQgZnVuY3Rpb24gZGVjb2RlRXZlbnRCb2R5KGJvZHk6IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQsIGlzQmFzZTY0RW5jb2RlZCA9IGZhbHNlKTogVWludDhBcnJheSB7XG4gIGlmICghYm9keSkgcmV0dXJuIG5ldyBVaW50OEFycmF5KDApO1xuICBpZiAoIWlzQmFzZTY0RW5jb2RlZCkgcmV0dXJuIHV0ZjgoYm9keSk7XG4gIC8vIE5vZGUncyBkZWNvZGVyIHdoZW4gcHJlc2VudDogdGhlc2UgZXZlbnRzIG9ubHkgb2NjdXIgb24gTm9kZSwgYW5kIGF0b2IgaXMgc2xvdyBvbiBsYXJnZSBib2RpZXMuXG4gIGNvbnN0IGJ1ZmZlciA9IChnbG9iYWxUaGlzIGFzIHsgQnVmZmVyPzogeyBmcm9tKHRleHQ6IHN0cmluZywgZW5jb2Rpbmc6ICdiYXNlNjQnKTogVWludDhBcnJheSB9IH0pLkJ1ZmZlcjtcbiAgaWYgKGJ1ZmZlcikgcmV0dXJuIGJ1ZmZlci5mcm9tKGJvZHksICdiYXNlNjQnKTtcbiAgcmV0dXJuIFVpbnQ4QXJyYXkuZnJvbShhdG9iKGJvZHkpLCAoY2hhcikgPT4gY2hhci5jaGFyQ29kZUF0KDApKTtcbn1cblxuLyoqIEEgcmVmdXNhbCBhcyBhIExhbWJkYS1zdHlsZSByZXN1bHQ6IGB7IHN0YXR1c0NvZGUsIGhlYWRlcnMsIGJvZHkgfWAuICovXG5leHBvcnQgZnVuY3Rpb24gbGFtYmRhUmVzcG9uc2UocmVmdXNhbDogUmVmdXNhbFJlc3BvbnNlKTogeyBzdGF0dXNDb2RlOiBudW1iZXI7IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47IGJvZHk6IHN0cmluZyB9IHtcbiAgcmV0dXJuIHsgc3RhdHVzQ29kZTogcmVmdXNhbC5zdGF0dXMsIGhlYWRlcnM6IHJlZnVzYWwuaGVhZGVycywgYm9keTogcmVmdXNhbC5ib2R5IH07XG59XG4iLCAiaW1wb3J0IHsgY3JlYXRlR3VhcmQsIGRlY29kZUV2ZW50Qm9keSwgbGFtYmRhUmVzcG9uc2UsIHR5cGUgR3VhcmQsIHR5cGUgR3VhcmRPcHRpb25zLCB0eXBlIFZlcmlmaWNhdGlvbkVycm9yIH0gZnJvbSAnQGhvb2tndWFyZC9jb3JlJztcblxuLyoqIFRoZSBwYXJ0cyBvZiBhIE5ldGxpZnkgdjEgYEhhbmRsZXJFdmVudGAgdGhlIGFkYXB0ZXIgcmVhZHMuICovXG5leHBvcnQgaW50ZXJmYWNlIE5ldGxpZnlFdmVudCB7XG4gIHJhd1VybDogc3RyaW5nO1xuICBodHRwTWV0aG9kOiBzdHJpbmc7XG4gIGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD47XG4gIG11bHRpVmFsdWVIZWFkZXJzPzogUmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10gfCB1bmRlZmluZWQ+O1xuICBib2R5OiBzdHJpbmcgfCBudWxsO1xuICBpc0Jhc2U2NEVuY29kZWQ6IGJvb2xlYW47XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRXZlbnRWZXJpZmljYXRpb25PcHRpb25zIGV4dGVuZHMgR3VhcmRPcHRpb25zIHtcbiAgLyoqIEFuc3dlcnMgYSByZWZ1c2VkIGV2ZW50IGluc3RlYWQgb2YgdGhlIGRlZmF1bHQgYHsgc3RhdHVzQ29kZSwgYm9keTogJ3tcImVycm9yXCI6Y29kZX0nIH1gLiAqL1xuICBvbkZhaWx1cmU/OiAoZXJyb3I6IFZlcmlmaWNhdGlvbkVycm9yLCBldmVudDogTmV0bGlmeUV2ZW50KSA9PiB1bmtub3duO1xufVxuXG5leHBvcnQgdHlwZSBFdmVudEhhbmRsZXIgPSAoZXZlbnQ6IG5ldmVyLCAuLi5yZXN0OiBuZXZlcltdKSA9PiB1bmtub3duO1xuXG4vKipcbiAqIHYxIGZ1bmN0aW9uczogdGhlIFVSTCBpcyBgcmF3VXJsYCwgd2hpY2ggTmV0bGlmeSBnaXZlcyBleGFjdGx5IGFzIHRoZSBjbGllbnRcbiAqIHNlbnQgaXQ7IHRoZSBib2R5IGlzIGJhc2U2NCB3aGVuIGBpc0Jhc2U2NEVuY29kZWRgIChiaW5hcnkgY29udGVudCB0eXBlcykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3cmFwRXZlbnRIYW5kbGVyPEggZXh0ZW5kcyBFdmVudEhhbmRsZXI+KGhhbmRsZXI6IEgsIG9wdGlvbnM6IEV2ZW50VmVyaWZpY2F0aW9uT3B0aW9ucywgZ3VhcmQ6IEd1YXJkID0gY3JlYXRlR3VhcmQob3B0aW9ucykpOiBIIHtcbiAgY29uc3Qgd3JhcHBlZCA9IGFzeW5jIChldmVudDogTmV0bGlmeUV2ZW50LCAuLi5yZXN0OiB1bmtub3duW10pID0+IHtcbiAgICBjb25zdCBvdXRjb21lID0gYXdhaXQgZ3VhcmQudmVyaWZ5KFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IGV2ZW50Lmh0dHBNZXRob2QsXG4gICAgICAgIHVybDogZ3VhcmQucHVibGljVXJsKGV2ZW50LnJhd1VybCksXG4gICAgICAgIGhlYWRlcnM6IGV2ZW50Lm11bHRpVmFsdWVIZWFkZXJzICYmIE9iamVjdC5rZXlzKGV2ZW50Lm11bHRpVmFsdWVIZWFkZXJzKS5sZW5ndGggPiAwID8gZXZlbnQubXVsdGlWYWx1ZUhlYWRlcnMgOiBldmVudC5oZWFkZXJzLFxuICAgICAgICBib2R5OiBkZWNvZGVFdmVudEJvZHkoZXZlbnQuYm9keSwgZXZlbnQuaXNCYXNlNjRFbmNvZGVkKSxcbiAgICAgIH0sXG4gICAgICBldmVudCxcbiAgICApO1xuICAgIGlmIChvdXRjb21lLm9rKSByZXR1cm4gKGhhbmRsZXIgYXMgdW5rbm93biBhcyAoLi4uYXJnczogdW5rbm93bltdKSA9PiB1bmtub3duKShldmVudCwgLi4ucmVzdCk7XG4gICAgcmV0dXJuIG9wdGlvbnMub25GYWlsdXJlID8gb3B0aW9ucy5vbkZhaWx1cmUob3V0Y29tZS5lcnJvciwgZXZlbnQpIDogbGFtYmRhUmVzcG9uc2Uob3V0Y29tZS5yZXNwb25zZSk7XG4gIH07XG4gIHJldHVybiB3cmFwcGVkIGFzIHVua25vd24gYXMgSDtcbn1cbiIsICJpbXBvcnQgeyBjcmVhdGVHdWFyZCwgd2l0aFJlcXVlc3RWZXJpZmljYXRpb24sIHR5cGUgV2ViSGFuZGxlciwgdHlwZSBXZWJWZXJpZmljYXRpb25PcHRpb25zIH0gZnJvbSAnQGhvb2tndWFyZC9jb3JlJztcbmltcG9ydCB7IHdyYXBFdmVudEhhbmRsZXIsIHR5cGUgRXZlbnRIYW5kbGVyLCB0eXBlIEV2ZW50VmVyaWZpY2F0aW9uT3B0aW9ucywgdHlwZSBOZXRsaWZ5RXZlbnQgfSBmcm9tICcuL3YxLmpzJztcblxuZXhwb3J0IHsgZ2V0VmVyaWZpY2F0aW9uLCB0eXBlIFZlcmlmaWNhdGlvbiwgdHlwZSBXZWJIYW5kbGVyLCB0eXBlIFdlYlZlcmlmaWNhdGlvbk9wdGlvbnMgfSBmcm9tICdAaG9va2d1YXJkL2NvcmUnO1xuZXhwb3J0IHR5cGUgeyBFdmVudEhhbmRsZXIsIEV2ZW50VmVyaWZpY2F0aW9uT3B0aW9ucywgTmV0bGlmeUV2ZW50IH07XG5cbi8qKiBBY2NlcHRzIG9ubHkgaGFuZGxlcnMgd2hvc2UgZmlyc3QgcGFyYW1ldGVyIGlzIGEgTmV0bGlmeSB2MSBldmVudC4gKi9cbnR5cGUgTmV0bGlmeUV2ZW50SGFuZGxlcjxIIGV4dGVuZHMgRXZlbnRIYW5kbGVyPiA9IFBhcmFtZXRlcnM8SD5bMF0gZXh0ZW5kcyBOZXRsaWZ5RXZlbnQgPyB1bmtub3duIDogbmV2ZXI7XG5cbi8qKlxuICogUnVucyBgaGFuZGxlcmAgb25seSBmb3IgcmVxdWVzdHMgdGhlIHZlcmlmaWVyIGFjY2VwdHMgKGRlZmF1bHQ6IHRoZSBzZWNyZXQgaW5cbiAqIGhlYWRlciBgdmVyaWZpY2F0aW9uX2tleWAgZXF1YWxzIGBWRVJJRklDQVRJT05fS0VZYCkuIFRha2VzIGVpdGhlciBzaGFwZTpcbiAqIC0gdjIgZnVuY3Rpb25zIGAocmVxdWVzdDogUmVxdWVzdCwgY29udGV4dDogQ29udGV4dCkgPT4gUmVzcG9uc2VgIChhbmQgRWRnZSBmdW5jdGlvbnMpO1xuICogLSB2MSBmdW5jdGlvbnMgYChldmVudCwgY29udGV4dCkgPT4geyBzdGF0dXNDb2RlLCBib2R5IH1gLlxuICogVGhlIHdyYXBwZWQgZnVuY3Rpb24ga2VlcHMgdGhlIGhhbmRsZXIncyB0eXBlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aFZlcmlmaWNhdGlvbjxIIGV4dGVuZHMgV2ViSGFuZGxlcj4oaGFuZGxlcjogSCwgb3B0aW9ucz86IFdlYlZlcmlmaWNhdGlvbk9wdGlvbnMpOiAoLi4uYXJnczogUGFyYW1ldGVyczxIPikgPT4gUHJvbWlzZTxSZXNwb25zZT47XG5leHBvcnQgZnVuY3Rpb24gd2l0aFZlcmlmaWNhdGlvbjxIIGV4dGVuZHMgRXZlbnRIYW5kbGVyPihoYW5kbGVyOiBIICYgTmV0bGlmeUV2ZW50SGFuZGxlcjxIPiwgb3B0aW9ucz86IEV2ZW50VmVyaWZpY2F0aW9uT3B0aW9ucyk6IEg7XG5leHBvcnQgZnVuY3Rpb24gd2l0aFZlcmlmaWNhdGlvbihoYW5kbGVyOiAoLi4uYXJnczogYW55W10pID0+IHVua25vd24sIG9wdGlvbnM6IG9iamVjdCA9IHt9KSB7XG4gIGNvbnN0IGd1YXJkID0gY3JlYXRlR3VhcmQob3B0aW9ucyk7IC8vIG9uZSBndWFyZDogdGhlIGNvbmZpZ3VyYXRpb24gaXMgY2hlY2tlZCwgYW5kIHJlcG9ydGVkLCBvbmNlXG4gIGNvbnN0IHYyID0gd2l0aFJlcXVlc3RWZXJpZmljYXRpb24oaGFuZGxlciBhcyBXZWJIYW5kbGVyLCBvcHRpb25zLCB7IGd1YXJkIH0pO1xuICBjb25zdCB2MSA9IHdyYXBFdmVudEhhbmRsZXIoaGFuZGxlciBhcyBFdmVudEhhbmRsZXIsIG9wdGlvbnMsIGd1YXJkKSBhcyB1bmtub3duIGFzIChldmVudDogdW5rbm93biwgLi4ucmVzdDogdW5rbm93bltdKSA9PiB1bmtub3duO1xuICByZXR1cm4gKGZpcnN0OiB1bmtub3duLCAuLi5yZXN0OiB1bmtub3duW10pID0+IChpc1YxRXZlbnQoZmlyc3QpID8gdjEoZmlyc3QsIC4uLnJlc3QpIDogdjIoZmlyc3QgYXMgbmV2ZXIsIC4uLihyZXN0IGFzIG5ldmVyW10pKSk7XG59XG5cbmZ1bmN0aW9uIGlzVjFFdmVudCh2YWx1ZTogdW5rbm93bik6IHZhbHVlIGlzIE5ldGxpZnlFdmVudCB7XG4gIHJldHVybiB0eXBlb2YgKHZhbHVlIGFzIE5ldGxpZnlFdmVudCkuaHR0cE1ldGhvZCA9PT0gJ3N0cmluZycgJiYgdHlwZW9mICh2YWx1ZSBhcyBOZXRsaWZ5RXZlbnQpLnJhd1VybCA9PT0gJ3N0cmluZyc7XG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb25maWcsIENvbnRleHQgfSBmcm9tICdAbmV0bGlmeS9mdW5jdGlvbnMnO1xuaW1wb3J0IHsgdHdpbGlvIH0gZnJvbSAnQGhvb2tndWFyZC9jb3JlJztcbmltcG9ydCB7IHdpdGhWZXJpZmljYXRpb24gfSBmcm9tICdAaG9va2d1YXJkL25ldGxpZnknO1xuXG4vLyBBIHYyIGZ1bmN0aW9uOiBgcmVxLnVybGAgaXMgdGhlIHB1YmxpYyBVUkwsIHF1ZXJ5IGluY2x1ZGVkLlxuZXhwb3J0IGRlZmF1bHQgd2l0aFZlcmlmaWNhdGlvbihcbiAgYXN5bmMgKF9yZXF1ZXN0OiBSZXF1ZXN0LCBjb250ZXh0OiBDb250ZXh0KSA9PiBuZXcgUmVzcG9uc2UoYDxSZXNwb25zZT48IS0tICR7Y29udGV4dC5yZXF1ZXN0SWQgPyAnb2snIDogJyd9IC0tPjwvUmVzcG9uc2U+YCksXG4gIHsgdmVyaWZpZXI6IHR3aWxpbyh7IGF1dGhUb2tlbjogeyBlbnY6ICdUV0lMSU9fQVVUSF9UT0tFTicgfSB9KSB9LFxuKTtcblxuZXhwb3J0IGNvbnN0IGNvbmZpZzogQ29uZmlnID0geyBwYXRoOiAnL2FwaS90d2lsaW8nIH07XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7O0FBdUJPLElBQU0saUJBQWtFO0FBQUEsRUFDN0UscUJBQXFCO0FBQUEsRUFDckIsV0FBVztBQUFBLEVBQ1gsbUJBQW1CO0FBQUEsRUFDbkIsNEJBQTRCO0FBQUEsRUFDNUIsZ0JBQWdCO0FBQUEsRUFDaEIsVUFBVTtBQUFBLEVBQ1YsbUJBQW1CO0FBQUEsRUFDbkIsZUFBZTtBQUNqQjtBQUVPLElBQU0sb0JBQU4sY0FBZ0MsTUFBTTtBQUFBLEVBSTNDLFlBQ1csTUFFQSxRQUNULFNBQ0E7QUFDQSxVQUFNLEdBQUcsTUFBTSxLQUFLLE9BQU8sRUFBRTtBQUxwQjtBQUVBO0FBSVQsU0FBSyxTQUFTLGVBQWUsSUFBSTtBQUFBLEVBQ25DO0FBQUEsRUFQVztBQUFBLEVBRUE7QUFBQSxFQU5PLE9BQU87QUFBQSxFQUNoQjtBQVdYO0FBUU8sU0FBUyxPQUFPLE1BQTZCLFFBQWdCLFNBQTBCO0FBQzVGLFNBQU8sRUFBRSxJQUFJLE9BQU8sT0FBTyxJQUFJLGtCQUFrQixNQUFNLFFBQVEsT0FBTyxFQUFFO0FBQzFFO0FBRU8sU0FBUyxVQUFVLE9BQWtDO0FBQzFELFNBQU8sT0FBTyxVQUFVLFlBQVksVUFBVSxRQUFTLE1BQTJCLE9BQU87QUFDM0Y7OztBQ3ZCTyxTQUFTLGtCQUFrQixFQUFFLGFBQWEsSUFBTyxJQUE4QixDQUFDLEdBQWdCO0FBQ3JHLFFBQU0sV0FBVyxvQkFBSSxJQUFvQjtBQUN6QyxTQUFPO0FBQUEsSUFDTCxNQUFNLEtBQUssWUFBWTtBQUNyQixZQUFNLE1BQU0sS0FBSyxJQUFJO0FBQ3JCLFlBQU0sU0FBUyxTQUFTLElBQUksR0FBRztBQUMvQixVQUFJLFdBQVcsVUFBYSxTQUFTLElBQUssUUFBTztBQUNqRCxlQUFTLE9BQU8sR0FBRztBQUNuQixlQUFTLElBQUksS0FBSyxNQUFNLGFBQWEsR0FBSTtBQUN6QyxpQkFBVyxVQUFVLFNBQVMsS0FBSyxHQUFHO0FBQ3BDLFlBQUksU0FBUyxRQUFRLFdBQVk7QUFDakMsaUJBQVMsT0FBTyxNQUFNO0FBQUEsTUFDeEI7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRjtBQUVBLElBQUk7QUFFSixJQUFNLHNCQUFzQjtBQUM1QixJQUFNLHFCQUFxQjtBQU0zQixlQUFzQixjQUFjLFFBQWtCLFNBQXdCLEtBQW9DO0FBQ2hILE1BQUksQ0FBQyxPQUFPLFVBQVcsUUFBTztBQUM5QixRQUFNLFFBQVEsUUFBUSxVQUFVLHNCQUFzQixrQkFBa0I7QUFDeEUsUUFBTSxNQUFNLE9BQU8sY0FBYyxTQUFhLFFBQVEsY0FBYyxzQkFBdUIsS0FBSyxJQUFJLEdBQUcsT0FBTyxZQUFZLEdBQUc7QUFDN0gsUUFBTSxVQUFVLE1BQU0sWUFBWSxNQUFNLE1BQU0sR0FBRyxPQUFPLE1BQU0sSUFBSSxPQUFPLFNBQVMsSUFBSSxHQUFHLEdBQUcsUUFBUSxhQUFhLGtCQUFrQjtBQUNuSSxNQUFJLFlBQVksS0FBTSxRQUFPO0FBQzdCLE1BQUksWUFBWSxNQUFPLFFBQU8sT0FBTyxZQUFZLE9BQU8sUUFBUSxvQ0FBb0M7QUFDcEcsU0FBTyxRQUFRLFdBQVcsU0FBUyxPQUFPLHFCQUFxQixPQUFPLFFBQVEsaUNBQWlDO0FBQ2pIO0FBR0EsZUFBZSxZQUFZLFFBQW9DLFdBQWlEO0FBQzlHLE1BQUksT0FBTyxXQUFXLFVBQVcsUUFBTztBQUN4QyxNQUFJO0FBQ0osUUFBTSxVQUFVLElBQUksUUFBbUIsQ0FBQyxZQUFZO0FBQ2xELFlBQVEsV0FBVyxTQUFTLFdBQVcsTUFBUztBQUFBLEVBQ2xELENBQUM7QUFDRCxNQUFJO0FBQ0YsV0FBTyxNQUFNLFFBQVEsS0FBSyxDQUFDLE9BQU8sTUFBTSxNQUFNLE1BQVMsR0FBRyxPQUFPLENBQUM7QUFBQSxFQUNwRSxVQUFFO0FBQ0EsaUJBQWEsS0FBSztBQUFBLEVBQ3BCO0FBQ0Y7OztBQ3JGTyxJQUFNLGVBQWUsQ0FBQyxVQUMzQixJQUFJLGtCQUFrQixrQkFBa0IsV0FBVyxnQkFBZ0IsS0FBSyxRQUFRO0FBTzNFLElBQU0sZ0JBQU4sTUFBb0I7QUFBQSxFQUl6QixZQUFxQixPQUFlO0FBQWY7QUFBQSxFQUFnQjtBQUFBLEVBQWhCO0FBQUEsRUFIWixVQUF3QixDQUFDO0FBQUEsRUFDbEMsUUFBUTtBQUFBO0FBQUEsRUFLUixJQUFJLE9BQTRCO0FBQzlCLFNBQUssU0FBUyxNQUFNO0FBQ3BCLFFBQUksS0FBSyxRQUFRLEtBQUssTUFBTyxRQUFPO0FBQ3BDLFNBQUssUUFBUSxLQUFLLEtBQUs7QUFDdkIsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsU0FBeUM7QUFDdkMsUUFBSSxLQUFLLFFBQVEsS0FBSyxNQUFPLFFBQU8sYUFBYSxLQUFLLEtBQUs7QUFDM0QsUUFBSSxLQUFLLFFBQVEsV0FBVyxFQUFHLFFBQU8sS0FBSyxRQUFRLENBQUM7QUFDcEQsVUFBTSxPQUFPLElBQUksV0FBVyxLQUFLLEtBQUs7QUFDdEMsUUFBSSxTQUFTO0FBQ2IsZUFBVyxTQUFTLEtBQUssU0FBUztBQUNoQyxXQUFLLElBQUksT0FBTyxNQUFNO0FBQ3RCLGdCQUFVLE1BQU07QUFBQSxJQUNsQjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7OztBQ2hDQSxJQUFNLGNBQWMsSUFBSSxZQUFZO0FBQ3BDLElBQU0sY0FBYyxJQUFJLFlBQVk7QUFFN0IsSUFBTSxPQUFPLENBQUMsU0FBMEMsWUFBWSxPQUFPLElBQUk7QUFDL0UsSUFBTSxXQUFXLENBQUMsVUFBOEIsWUFBWSxPQUFPLEtBQUs7QUFtQnhFLFNBQVMsT0FBTyxPQUFtQixVQUFxQztBQUM3RSxNQUFJLGFBQWEsT0FBTztBQUN0QixRQUFJLE1BQU07QUFDVixlQUFXLFFBQVEsTUFBTyxRQUFPLEtBQUssU0FBUyxFQUFFLEVBQUUsU0FBUyxHQUFHLEdBQUc7QUFDbEUsV0FBTztBQUFBLEVBQ1Q7QUFDQSxNQUFJLFNBQVM7QUFDYixhQUFXLFFBQVEsTUFBTyxXQUFVLE9BQU8sYUFBYSxJQUFJO0FBQzVELFFBQU0sU0FBUyxLQUFLLE1BQU07QUFDMUIsU0FBTyxhQUFhLFdBQVcsU0FBUyxPQUFPLFFBQVEsT0FBTyxHQUFHLEVBQUUsUUFBUSxPQUFPLEdBQUcsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUMxRzs7O0FDN0JBLElBQU0sWUFBWSxDQUFDLFVBQTBDLE9BQVEsTUFBa0IsUUFBUTtBQUMvRixJQUFNLFlBQVksQ0FBQyxVQUNqQixPQUFRLE1BQWtCLFVBQVUsY0FBYyxPQUFRLE1BQWtCLGFBQWE7QUFpQnBGLElBQU0seUJBQXlCLElBQUksT0FBTztBQU0xQyxJQUFNLGlCQUFOLE1BQXFCO0FBQUEsRUFDakI7QUFBQSxFQUNUO0FBQUEsRUFFQSxZQUFZLE9BQXFCO0FBQy9CLFNBQUssU0FBUztBQUFBLEVBQ2hCO0FBQUE7QUFBQSxFQUdBLElBQUksTUFBaUM7QUFDbkMsVUFBTSxNQUFNLEtBQUssWUFBWTtBQUM3QixVQUFNLFFBQVEsS0FBSztBQUNuQixRQUFJLFVBQVUsS0FBSyxHQUFHO0FBQ3BCLFlBQU1BLFNBQVEsTUFBTSxJQUFJLEdBQUc7QUFDM0IsYUFBT0EsV0FBVSxPQUFPLENBQUMsSUFBSSxDQUFDQSxNQUFLO0FBQUEsSUFDckM7QUFDQSxVQUFNLFNBQVUsS0FBSyxnQkFBZ0IsY0FBYyxLQUFLO0FBQ3hELFVBQU0sUUFBUSxrQkFBa0IsTUFBTSxPQUFPLElBQUksR0FBRyxJQUFJLE9BQU8sR0FBRztBQUNsRSxRQUFJLFVBQVUsT0FBVyxRQUFPLENBQUM7QUFDakMsV0FBTyxPQUFPLFVBQVUsV0FBVyxDQUFDLEtBQUssSUFBSTtBQUFBLEVBQy9DO0FBQUE7QUFBQSxFQUdBLElBQUksTUFBa0M7QUFDcEMsVUFBTSxTQUFTLEtBQUssSUFBSSxJQUFJO0FBQzVCLFdBQU8sT0FBTyxXQUFXLElBQUksU0FBWSxPQUFPLEtBQUssSUFBSTtBQUFBLEVBQzNEO0FBQ0Y7QUFHQSxTQUFTLGNBQWMsUUFBNEQ7QUFDakYsUUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNO0FBQ2hDLE1BQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxTQUFTLFFBQVEsS0FBSyxJQUFJLENBQUMsRUFBRyxRQUFPO0FBQ3RELFFBQU0sU0FBUyxvQkFBSSxJQUFzQjtBQUN6QyxhQUFXLFFBQVEsT0FBTztBQUN4QixVQUFNLFFBQVEsT0FBTyxJQUFJO0FBQ3pCLFFBQUksVUFBVSxPQUFXO0FBQ3pCLFVBQU0sT0FBTyxPQUFPLElBQUksS0FBSyxZQUFZLENBQUMsS0FBSyxDQUFDO0FBQ2hELFNBQUssS0FBSyxHQUFJLE9BQU8sVUFBVSxXQUFXLENBQUMsS0FBSyxJQUFJLEtBQU07QUFDMUQsV0FBTyxJQUFJLEtBQUssWUFBWSxHQUFHLElBQUk7QUFBQSxFQUNyQztBQUNBLFNBQU87QUFDVDtBQUdPLElBQU0sb0JBQU4sTUFBd0I7QUFBQSxFQUM3QixZQUNXLFFBQ0EsS0FDQSxTQUNBLE1BQ1Q7QUFKUztBQUNBO0FBQ0E7QUFDQTtBQUFBLEVBQ1I7QUFBQSxFQUpRO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBRWI7QUFNTyxTQUFTLGlCQUNkLE9BQ0EsZUFBZSx3QkFDcUQ7QUFDcEUsTUFBSSxpQkFBaUIsa0JBQW1CLFFBQU87QUFDL0MsTUFBSSxVQUFVLEtBQUssRUFBRyxRQUFPLGdCQUFnQixPQUFPLFlBQVksRUFBRSxLQUFLLENBQUMsU0FBUyxNQUFNLE9BQU8sTUFBTSxZQUFZLENBQUM7QUFFakgsU0FBTyxNQUFNLE9BQU8sUUFBUSxNQUFNLElBQUksR0FBRyxZQUFZO0FBQ3ZEO0FBRUEsU0FBUyxNQUFNLE9BQStCLE1BQTRCLGNBQW1EO0FBQzNILE1BQUksRUFBRSxnQkFBZ0IsWUFBYSxRQUFPO0FBQzFDLE1BQUksS0FBSyxTQUFTLGFBQWMsUUFBTyxTQUFTLFlBQVk7QUFDNUQsU0FBTyxJQUFJLGtCQUFrQixNQUFNLE9BQU8sWUFBWSxHQUFHLE1BQU0sS0FBSyxJQUFJLGVBQWUsTUFBTSxPQUFPLEdBQUcsSUFBSTtBQUM3RztBQUVBLFNBQVMsUUFBUSxNQUF3QztBQUN2RCxNQUFJLFNBQVMsVUFBYSxTQUFTLEtBQU0sUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNoRSxNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU8sS0FBSyxJQUFJO0FBQzlDLFNBQU8sZ0JBQWdCLGFBQWEsT0FBTyxJQUFJLFdBQVcsSUFBSTtBQUNoRTtBQUVBLElBQU0sV0FBVyxDQUFDLFdBQTRCLEVBQUUsSUFBSSxPQUFPLE9BQU8sYUFBYSxLQUFLLEVBQUU7QUFFdEYsZUFBZSxnQkFBZ0IsU0FBa0IsT0FBOEM7QUFDN0YsTUFBSSxRQUFRLFVBQVU7QUFDcEIsV0FBTyxPQUFPLGlCQUFpQixXQUFXLDZEQUE2RDtBQUFBLEVBQ3pHO0FBQ0EsTUFBSSxPQUFPLFFBQVEsUUFBUSxJQUFJLGdCQUFnQixDQUFDLElBQUksTUFBTyxRQUFPLFNBQVMsS0FBSztBQUNoRixRQUFNLFNBQVMsUUFBUSxNQUFNLEVBQUU7QUFDL0IsTUFBSSxDQUFDLE9BQVEsUUFBTyxJQUFJLFdBQVcsQ0FBQztBQUNwQyxRQUFNLE9BQU8sSUFBSSxjQUFjLEtBQUs7QUFDcEMsUUFBTSxTQUFTLE9BQU8sVUFBVTtBQUNoQyxXQUFTLE9BQU8sTUFBTSxPQUFPLEtBQUssR0FBRyxDQUFDLEtBQUssTUFBTSxPQUFPLE1BQU0sT0FBTyxLQUFLLEdBQUc7QUFDM0UsUUFBSSxDQUFDLEtBQUssSUFBSSxLQUFLLEtBQUssR0FBRztBQUV6QixhQUFPLE9BQU8sRUFBRSxNQUFNLE1BQU0sTUFBUztBQUNyQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxRQUFRLEtBQUssT0FBTztBQUMxQixTQUFPLGlCQUFpQixhQUFhLFFBQVEsRUFBRSxJQUFJLE9BQU8sT0FBTyxNQUFNO0FBQ3pFOzs7QUMvR0EsZUFBc0IsY0FDcEIsT0FDQSxVQUNBLFVBQXlCLENBQUMsR0FDSDtBQUN2QixRQUFNLGFBQWEsaUJBQWlCLE9BQU8sUUFBUSxnQkFBZ0Isc0JBQXNCO0FBQ3pGLFFBQU0sVUFBVSxzQkFBc0IsVUFBVSxNQUFNLGFBQWE7QUFDbkUsTUFBSSxVQUFVLE9BQU8sRUFBRyxRQUFPO0FBQy9CLFFBQU0sTUFBTSxRQUFRLE9BQU8sS0FBSyxNQUFNLEtBQUssSUFBSSxJQUFJLEdBQUk7QUFDdkQsUUFBTSxTQUFTLFFBQVEsV0FBVyxPQUFPLENBQUMsSUFBSSxRQUFRLFVBQVU7QUFDaEUsUUFBTSxTQUFTLE1BQU0sU0FBUyxPQUFPLFNBQVMsRUFBRSxLQUFLLFFBQVEsV0FBVyxPQUFVLENBQUM7QUFDbkYsU0FBTyxPQUFPLE1BQU0sU0FBUyxjQUFjLFFBQVEsUUFBUSxHQUFHLElBQUk7QUFDcEU7OztBQy9CTyxTQUFTLFVBQVUsU0FBMkM7QUFDbkUsTUFBSSxtQkFBbUIsV0FBWSxRQUFPO0FBQzFDLFFBQU0sU0FBUyxPQUFPLFlBQVksV0FBVyxDQUFDLE9BQU8sSUFBSSxTQUFTO0FBQUEsSUFBSSxDQUFDLFNBQ3JFLE9BQU8sU0FBUyxXQUFXLElBQUksWUFBWSxFQUFFLE9BQU8sSUFBSSxJQUFJO0FBQUEsRUFDOUQ7QUFDQSxNQUFJLE1BQU0sV0FBVyxFQUFHLFFBQU8sTUFBTSxDQUFDO0FBQ3RDLFFBQU0sU0FBUyxJQUFJLFdBQVcsTUFBTSxPQUFPLENBQUMsT0FBTyxTQUFTLFFBQVEsS0FBSyxRQUFRLENBQUMsQ0FBQztBQUNuRixNQUFJLFNBQVM7QUFDYixhQUFXLFFBQVEsT0FBTztBQUN4QixXQUFPLElBQUksTUFBTSxNQUFNO0FBQ3ZCLGNBQVUsS0FBSztBQUFBLEVBQ2pCO0FBQ0EsU0FBTztBQUNUOzs7QUNRTyxTQUFTLGlCQUF5QztBQUN2RCxNQUFJO0FBQ0YsVUFBTSxVQUFXLFdBQXlDO0FBQzFELFdBQU8sU0FBUyxtQkFBbUIsYUFBYTtBQUFBLEVBQ2xELFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRUEsU0FBUyxLQUFLLE1BQWdCLFNBQWtCLFVBQXFDO0FBQ25GLE1BQUksT0FBTyxZQUFZLFlBQVksbUJBQW1CLFdBQVksUUFBTyxLQUFLLE9BQU8sT0FBTyxFQUFFLE9BQU8sUUFBUTtBQUM3RyxhQUFXLFFBQVEsUUFBUyxNQUFLLE9BQU8sSUFBSTtBQUM1QyxTQUFPLEtBQUssT0FBTyxRQUFRO0FBQzdCO0FBR0EsSUFBTSxzQkFBc0IsQ0FBQyxJQUFNLElBQU0sSUFBTSxHQUFNLEdBQU0sR0FBTSxJQUFNLEtBQU0sS0FBTSxHQUFNLElBQU0sQ0FBSTtBQUU1RixTQUFTLFlBQVlDLFNBQW1DO0FBQzdELFFBQU0sYUFBYSxvQkFBSSxRQUE0QjtBQUNuRCxRQUFNLFlBQVksQ0FBQyxRQUFvQjtBQUNyQyxRQUFJLE1BQU0sV0FBVyxJQUFJLEdBQUc7QUFDNUIsUUFBSSxDQUFDLEtBQUs7QUFDUixZQUFNQSxRQUFPLGdCQUFnQixFQUFFLEtBQUssSUFBSSxXQUFXLENBQUMsR0FBRyxxQkFBcUIsR0FBRyxHQUFHLENBQUMsR0FBRyxRQUFRLE9BQU8sTUFBTSxPQUFPLENBQUM7QUFDbkgsaUJBQVcsSUFBSSxLQUFLLEdBQUc7QUFBQSxJQUN6QjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsU0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sTUFBTSxDQUFDLFdBQTBCLEtBQUssU0FBUyxhQUFhLEtBQUtBLFFBQU8sV0FBVyxXQUFXLEdBQUcsR0FBRyxTQUFTLFFBQVE7QUFBQSxJQUNySCxRQUFRLENBQUMsV0FBMEIsU0FBUyxhQUFhLEtBQUtBLFFBQU8sV0FBVyxTQUFTLEdBQUcsU0FBUyxRQUFRO0FBQUEsSUFDN0csZUFBZSxDQUFDLEtBQUssU0FBUyxjQUFjQSxRQUFPLE9BQU8sTUFBTSxVQUFVLE9BQU8sR0FBRyxVQUFVLEdBQUcsR0FBRyxTQUFTO0FBQUEsRUFDL0c7QUFDRjs7O0FDdERBLElBQU0sWUFBMkMsRUFBRSxNQUFNLFNBQVMsUUFBUSxXQUFXLFFBQVEsVUFBVTtBQVN2RyxJQUFNLFdBQVcsb0JBQUksSUFBNEU7QUFDakcsSUFBTSxjQUFvQyxvQkFBSSxRQUFRO0FBRXRELFNBQVMsT0FBVSxPQUFvQixLQUFRLE1BQW9EO0FBQ2pHLE1BQUksUUFBUSxNQUFNLElBQUksR0FBRztBQUN6QixNQUFJLENBQUMsTUFBTyxPQUFNLElBQUksS0FBTSxRQUFRLEtBQUssQ0FBRTtBQUMzQyxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFFBQVEsV0FBMEIsS0FBa0M7QUFDM0UsTUFBSSxTQUFTLFNBQVMsSUFBSSxTQUFTO0FBQ25DLE1BQUksQ0FBQyxPQUFRLFVBQVMsSUFBSSxXQUFZLFNBQVMsRUFBRSxNQUFNLG9CQUFJLElBQUksR0FBRyxPQUFPLG9CQUFJLFFBQVEsRUFBRSxDQUFFO0FBQ3pGLFFBQU0sT0FBTyxNQUFNLE9BQU8sT0FBTyxVQUFVLE9BQU8sVUFBVSxHQUFHLEdBQUcsRUFBRSxNQUFNLFFBQVEsTUFBTSxVQUFVLFNBQVMsRUFBRSxHQUFHLE9BQU8sQ0FBQyxNQUFNLENBQUM7QUFDL0gsU0FBTyxPQUFPLFFBQVEsV0FBVyxPQUFPLE9BQU8sTUFBTSxLQUFLLElBQUksSUFBSSxPQUFPLE9BQU8sT0FBTyxLQUFLLElBQUk7QUFDbEc7QUFFTyxJQUFNLGFBQTRCO0FBQUEsRUFDdkMsTUFBTTtBQUFBLEVBQ04sTUFBTSxLQUFLLFdBQVcsS0FBSyxTQUFTLFVBQVU7QUFDNUMsVUFBTSxZQUFZLE1BQU0sT0FBTyxPQUFPLEtBQUssUUFBUSxNQUFNLFFBQVEsV0FBVyxHQUFHLEdBQUcsVUFBVSxPQUFPLENBQUM7QUFDcEcsV0FBTyxPQUFPLElBQUksV0FBVyxTQUFTLEdBQUcsUUFBUTtBQUFBLEVBQ25EO0FBQUEsRUFDQSxNQUFNLE9BQU8sV0FBVyxTQUFTLFVBQVU7QUFDekMsV0FBTyxPQUFPLElBQUksV0FBVyxNQUFNLE9BQU8sT0FBTyxPQUFPLFVBQVUsU0FBUyxHQUFHLFVBQVUsT0FBTyxDQUFDLENBQUMsR0FBRyxRQUFRO0FBQUEsRUFDOUc7QUFBQSxFQUNBLE1BQU0sY0FBYyxXQUFXLFNBQVMsV0FBVztBQUNqRCxVQUFNLE9BQU8sTUFBTSxPQUFPLE9BQU8sVUFBVSxPQUFPLFVBQVUsU0FBUyxHQUFHLEVBQUUsTUFBTSxVQUFVLEdBQUcsT0FBTyxDQUFDLFFBQVEsQ0FBQztBQUM5RyxXQUFPLE9BQU8sT0FBTyxPQUFPLFdBQVcsTUFBTSxPQUFPLGFBQWEsV0FBVyxJQUFJLEdBQUcsVUFBVSxTQUFTLEdBQUcsVUFBVSxPQUFPLENBQUM7QUFBQSxFQUM3SDtBQUNGOzs7QUNyQ08sU0FBUyxnQkFBZ0IsR0FBVyxHQUFvQjtBQUM3RCxNQUFJLEVBQUUsV0FBVyxFQUFFLE9BQVEsUUFBTztBQUNsQyxNQUFJLGFBQWE7QUFDakIsV0FBUyxJQUFJLEdBQUcsSUFBSSxFQUFFLFFBQVEsSUFBSyxlQUFjLEVBQUUsV0FBVyxDQUFDLElBQUksRUFBRSxXQUFXLENBQUM7QUFDakYsU0FBTyxlQUFlO0FBQ3hCOzs7QUNIQSxJQUFNLGFBQWEsZUFBZTtBQUczQixJQUFNLFVBQXlCLGFBQWEsWUFBWSxVQUFVLElBQUk7OztBQ0Z0RSxTQUFTLGFBQWEsU0FBNEIsTUFBYyxRQUFrQztBQUN2RyxRQUFNLFNBQVMsUUFBUSxRQUFRLElBQUksSUFBSTtBQUN2QyxNQUFJLE9BQU8sU0FBUyxFQUFHLFFBQU8sT0FBTyxhQUFhLFFBQVEsVUFBVSxJQUFJLHlCQUF5QjtBQUNqRyxRQUFNLFFBQVEsT0FBTyxDQUFDLEdBQUcsS0FBSztBQUM5QixTQUFPLFFBQVEsUUFBUSxPQUFPLHVCQUF1QixRQUFRLFVBQVUsSUFBSSxhQUFhO0FBQzFGO0FBRUEsSUFBTSxjQUFjLG9CQUFJLElBQW9CO0FBRTVDLGVBQWUsYUFBYSxRQUFpQztBQUMzRCxNQUFJLFNBQVMsWUFBWSxJQUFJLE1BQU07QUFDbkMsTUFBSSxDQUFDLFFBQVE7QUFDWCxhQUFTLE1BQU0sUUFBUSxPQUFPLFVBQVUsUUFBUSxLQUFLO0FBQ3JELGdCQUFZLElBQUksUUFBUSxNQUFNO0FBQUEsRUFDaEM7QUFDQSxTQUFPO0FBQ1Q7QUFPQSxlQUFzQixjQUFjLFdBQW1CLFNBQThDO0FBQ25HLFFBQU0sa0JBQWtCLE1BQU0sUUFBUSxPQUFPLFVBQVUsV0FBVyxLQUFLO0FBQ3ZFLE1BQUksVUFBVTtBQUNkLGFBQVcsVUFBVSxTQUFTO0FBQzVCLFFBQUksZ0JBQWdCLGlCQUFpQixNQUFNLGFBQWEsTUFBTSxDQUFDLEVBQUcsV0FBVTtBQUFBLEVBQzlFO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxZQUFZLFNBQTRCLFFBQStCO0FBQ3JGLE1BQUk7QUFDRixXQUFPLElBQUksSUFBSSxRQUFRLEdBQUc7QUFBQSxFQUM1QixRQUFRO0FBQ04sV0FBTyxPQUFPLGlCQUFpQixRQUFRLHdFQUF3RTtBQUFBLEVBQ2pIO0FBQ0Y7OztBQ3BDQSxTQUFTLFFBQVEsTUFBa0M7QUFDakQsUUFBTSxTQUFTO0FBQ2YsU0FBTyxPQUFPLFNBQVMsTUFBTSxJQUFJLEtBQUssT0FBTyxNQUFNLElBQUksSUFBSSxJQUFJO0FBQ2pFO0FBR08sU0FBUyxjQUFjLFFBQWdCLFFBQWdCLE9BQWlEO0FBQzdHLE1BQUksVUFBVSxPQUFXLFFBQU8sT0FBTyxpQkFBaUIsUUFBUSxXQUFXLE1BQU0sY0FBYztBQUMvRixNQUFJLE9BQU8sVUFBVSxZQUFZLFNBQVMsT0FBTztBQUMvQyxVQUFNLFFBQVEsUUFBUSxNQUFNLEdBQUc7QUFDL0IsUUFBSSxDQUFDLE1BQU8sUUFBTyxPQUFPLGlCQUFpQixRQUFRLHdCQUF3QixNQUFNLEdBQUcsc0JBQXNCO0FBQzFHLFdBQU8sQ0FBQyxLQUFLO0FBQUEsRUFDZjtBQUNBLFFBQU0sU0FBUyxPQUFPLFVBQVUsV0FBVyxDQUFDLEtBQUssSUFBSSxDQUFDLEdBQUcsS0FBSztBQUM5RCxNQUFJLE9BQU8sV0FBVyxFQUFHLFFBQU8sT0FBTyxpQkFBaUIsUUFBUSxXQUFXLE1BQU0sb0JBQW9CO0FBQ3JHLE1BQUksT0FBTyxLQUFLLENBQUMsVUFBVSxPQUFPLFVBQVUsWUFBWSxVQUFVLEVBQUUsR0FBRztBQUNyRSxXQUFPLE9BQU8saUJBQWlCLFFBQVEsV0FBVyxNQUFNLDJCQUEyQjtBQUFBLEVBQ3JGO0FBQ0EsU0FBTztBQUNUOzs7QUNsQk8sU0FBUyxlQUNkLFFBQ0EsUUFDQSxPQUVBLFVBQ1U7QUFDVixNQUFJO0FBQ0osUUFBTSxVQUFVLE1BQW9DO0FBQ2xELFFBQUksU0FBVSxRQUFPO0FBQ3JCLFVBQU0sU0FBUyxDQUFDO0FBQ2hCLGVBQVcsVUFBVSxPQUFPLEtBQUssTUFBTSxHQUFVO0FBQy9DLFlBQU0sUUFBUSxjQUFjLFFBQVEsUUFBUSxPQUFPLE1BQU0sQ0FBQztBQUMxRCxVQUFJLFVBQVUsS0FBSyxFQUFHLFFBQU87QUFDN0IsYUFBTyxNQUFNLElBQUk7QUFBQSxJQUNuQjtBQUNBLFdBQU8sV0FBVyxNQUFNLE1BQU0sV0FBVztBQUFBLEVBQzNDO0FBQ0EsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLHFCQUFxQjtBQUNuQixZQUFNLFVBQVUsUUFBUTtBQUN4QixhQUFPLFVBQVUsT0FBTyxJQUFJLFFBQVEsUUFBUTtBQUFBLElBQzlDO0FBQUE7QUFBQSxJQUVBLE9BQU8sU0FBUyxTQUFTO0FBQ3ZCLFlBQU0sVUFBVSxRQUFRO0FBQ3hCLGFBQU8sVUFBVSxPQUFPLElBQUksUUFBUSxRQUFRLE9BQU8sSUFBSSxNQUFNLFNBQVMsU0FBUyxPQUFPO0FBQUEsSUFDeEY7QUFBQSxFQUNGO0FBQ0Y7OztBQ0lPLElBQU0sV0FBVyxDQUFDLFFBQWdCLFVBQTJDLENBQUMsT0FBaUI7QUFBQSxFQUNwRyxJQUFJO0FBQUEsRUFDSjtBQUFBLEVBQ0EsR0FBRztBQUNMOzs7QUMvQk8sU0FBUyxhQUFhLFNBQXdDO0FBQ25FLFFBQU0sU0FBUztBQUNmLFFBQU0sU0FBUyxRQUFRLFVBQVU7QUFDakMsU0FBTyxlQUFlLFFBQVEsRUFBRSxRQUFRLFFBQVEsT0FBTyxHQUFHLE9BQU8sU0FBUyxVQUFVLEVBQUUsT0FBTyxNQUFNO0FBQ2pHLFVBQU0sWUFBWSxhQUFhLFNBQVMsUUFBUSxNQUFNO0FBQ3RELFFBQUksVUFBVSxTQUFTLEVBQUcsUUFBTztBQUNqQyxRQUFJLE1BQU0sY0FBYyxXQUFXLE1BQU0sRUFBRyxRQUFPLFNBQVMsTUFBTTtBQUNsRSxXQUFPLE9BQU8scUJBQXFCLFFBQVEsVUFBVSxNQUFNLDJCQUEyQjtBQUFBLEVBQ3hGLENBQUM7QUFDSDs7O0FDdEJBLGVBQXNCLGdCQUNwQixTQUNBLFNBQ0EsV0FDQSxVQUNxRDtBQUNyRCxRQUFNLGFBQWEsV0FBVyxRQUFRLFFBQVEsSUFBSSxRQUFRLEdBQUcsS0FBSyxJQUFJO0FBQ3RFLFFBQU0sWUFBWSxRQUFRLFNBQVMsTUFBTSxRQUFRLE9BQU8sVUFBVSxXQUFXLFdBQVcsSUFBSTtBQUM1RixTQUFPLEVBQUUsR0FBSSxhQUFhLEVBQUUsV0FBVyxJQUFJLENBQUMsR0FBSSxHQUFJLFlBQVksRUFBRSxVQUFVLElBQUksQ0FBQyxFQUFHO0FBQ3RGOzs7QUNaQSxJQUFNLGVBQXdELEVBQUUsTUFBTSxJQUFJLFFBQVEsSUFBSSxRQUFRLEdBQUc7QUFFMUYsSUFBTSxrQkFBa0IsT0FBTyxLQUFLLFlBQVk7QUFFdkQsSUFBTSxXQUF3RDtBQUFBLEVBQzVELEtBQUs7QUFBQSxFQUNMLFFBQVE7QUFBQSxFQUNSLFdBQVc7QUFDYjtBQUdBLFNBQVMsY0FBYyxXQUEwQixVQUFxQztBQUNwRixRQUFNLFFBQVEsYUFBYSxTQUFTO0FBQ3BDLE1BQUksYUFBYSxNQUFPLFFBQU8sUUFBUTtBQUN2QyxTQUFPLGFBQWEsV0FBVyxLQUFLLEtBQUssUUFBUSxDQUFDLElBQUksSUFBSSxLQUFLLEtBQU0sUUFBUSxJQUFLLENBQUM7QUFDckY7QUFHTyxTQUFTLGdCQUFnQixNQUFjLFdBQTBCLFVBQXNDO0FBQzVHLFNBQU8sS0FBSyxXQUFXLGNBQWMsV0FBVyxRQUFRLEtBQUssU0FBUyxRQUFRLEVBQUUsS0FBSyxJQUFJO0FBQzNGO0FBU0EsZUFBc0IsWUFDcEIsV0FDQSxNQUNBLFNBQ0EsV0FDQSxVQUNrQjtBQUNsQixhQUFXLE9BQU8sTUFBTTtBQUN0QixVQUFNLFNBQVMsUUFBUSxLQUFLLFdBQVcsS0FBSyxTQUFTLFFBQVE7QUFFN0QsVUFBTSxXQUFXLE9BQU8sV0FBVyxXQUFXLFNBQVMsTUFBTTtBQUM3RCxRQUFJLE9BQU8sY0FBYyxXQUFXLGdCQUFnQixVQUFVLFNBQVMsSUFBSSxVQUFVLEtBQUssQ0FBQyxTQUFTLGdCQUFnQixVQUFVLElBQUksQ0FBQyxHQUFHO0FBQ3BJLGFBQU87QUFBQSxJQUNUO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLGVBQXNCLGNBQ3BCLFdBQ0EsU0FDQSxXQUNBLFVBQ2tCO0FBQ2xCLFNBQU8sZ0JBQWdCLE1BQU0sUUFBUSxPQUFPLFdBQVcsU0FBUyxRQUFRLEdBQUcsU0FBUztBQUN0Rjs7O0FDckRBLElBQU0sWUFBWTtBQU9sQixTQUFTLGVBQWUsS0FBYSxVQUEyQjtBQUM5RCxRQUFNLFFBQVEsVUFBVSxLQUFLLEdBQUc7QUFDaEMsTUFBSSxDQUFDLE1BQU8sUUFBTztBQUNuQixRQUFNLENBQUMsUUFBUSxRQUFRLFNBQVMsSUFBSTtBQUNwQyxRQUFNLFdBQVcsVUFBVSxNQUFNLEdBQUcsVUFBVSxZQUFZLEdBQUcsSUFBSSxDQUFDO0FBQ2xFLFFBQU0sY0FBYyxVQUFVLE1BQU0sU0FBUyxNQUFNO0FBRW5ELFFBQU0sUUFBUSxZQUFZLFFBQVEsS0FBSyxZQUFZLFlBQVksR0FBRyxJQUFJLENBQUM7QUFDdkUsUUFBTSxPQUFPLFFBQVEsSUFBSSxjQUFjLFlBQVksTUFBTSxHQUFHLEtBQUs7QUFDakUsUUFBTSxPQUFPLFFBQVEsSUFBSSxLQUFLLFlBQVksTUFBTSxLQUFLO0FBQ3JELFFBQU0sY0FBYyxPQUFPLFlBQVksTUFBTSxhQUFhLFNBQVM7QUFDbkUsTUFBSSxTQUFTLE1BQU0sU0FBUyxZQUFhLFFBQU87QUFDaEQsU0FBTyxTQUFTLFdBQVcsUUFBUSxXQUFXLGNBQWMsTUFBTSxJQUFJLE1BQU0sT0FBTyxNQUFNO0FBQzNGO0FBR0EsU0FBUyxlQUFlLE1BQXNCO0FBQzVDLFFBQU0sT0FBTyxLQUFLLFFBQVEsT0FBTyxHQUFHO0FBQ3BDLE1BQUk7QUFDRixXQUFPLG1CQUFtQixJQUFJO0FBQUEsRUFDaEMsUUFBUTtBQUNOLFVBQU0sUUFBa0IsQ0FBQztBQUN6QixhQUFTLElBQUksR0FBRyxJQUFJLEtBQUssUUFBUSxLQUFLO0FBQ3BDLFlBQU0sTUFBTSxLQUFLLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQztBQUNuQyxVQUFJLEtBQUssQ0FBQyxNQUFNLE9BQU8sbUJBQW1CLEtBQUssR0FBRyxHQUFHO0FBQ25ELGNBQU0sS0FBSyxTQUFTLEtBQUssRUFBRSxDQUFDO0FBQzVCLGFBQUs7QUFBQSxNQUNQLE9BQU87QUFDTCxjQUFNLEtBQUssR0FBRyxJQUFJLFlBQVksRUFBRSxPQUFPLEtBQUssQ0FBQyxDQUFDLENBQUM7QUFBQSxNQUNqRDtBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUksWUFBWSxFQUFFLE9BQU8sSUFBSSxXQUFXLEtBQUssQ0FBQztBQUFBLEVBQ3ZEO0FBQ0Y7QUFHQSxTQUFTLFlBQVksS0FBcUI7QUFDeEMsUUFBTSxRQUFRLElBQUksUUFBUSxHQUFHO0FBQzdCLE1BQUksUUFBUSxLQUFLLFVBQVUsSUFBSSxTQUFTLEVBQUcsUUFBTztBQUNsRCxRQUFNLFNBQVMsb0JBQUksSUFBc0I7QUFDekMsYUFBVyxRQUFRLElBQUksTUFBTSxRQUFRLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBRztBQUNsRCxRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sS0FBSyxLQUFLLFFBQVEsR0FBRztBQUMzQixVQUFNLE1BQU0sZUFBZSxLQUFLLElBQUksT0FBTyxLQUFLLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFDNUQsVUFBTSxRQUFRLEtBQUssSUFBSSxLQUFLLGVBQWUsS0FBSyxNQUFNLEtBQUssQ0FBQyxDQUFDO0FBQzdELFdBQU8sSUFBSSxLQUFLLENBQUMsR0FBSSxPQUFPLElBQUksR0FBRyxLQUFLLENBQUMsR0FBSSxLQUFLLENBQUM7QUFBQSxFQUNyRDtBQUNBLFFBQU0sUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFO0FBQUEsSUFBUSxDQUFDLENBQUMsS0FBSyxNQUFNLE1BQzdDLE9BQU8sSUFBSSxDQUFDLFVBQVUsR0FBRyxtQkFBbUIsR0FBRyxDQUFDLElBQUksbUJBQW1CLEtBQUssQ0FBQyxFQUFFO0FBQUEsRUFDakY7QUFDQSxTQUFPLEdBQUcsSUFBSSxNQUFNLEdBQUcsS0FBSyxDQUFDLElBQUksTUFBTSxLQUFLLEdBQUcsQ0FBQztBQUNsRDtBQUdPLFVBQVUsb0JBQW9CLEtBQWdDO0FBQ25FLFFBQU0sUUFBUSxvQkFBSSxJQUFZO0FBQzlCLFFBQU0sUUFBUSxDQUFDLGNBQXNCLENBQUMsTUFBTSxJQUFJLFNBQVMsS0FBSyxNQUFNLElBQUksU0FBUztBQUNqRixhQUFXLGFBQWEsQ0FBQyxlQUFlLEtBQUssS0FBSyxHQUFHLGVBQWUsS0FBSyxJQUFJLENBQUMsR0FBRztBQUMvRSxRQUFJLE1BQU0sU0FBUyxFQUFHLE9BQU07QUFBQSxFQUM5QjtBQUNBLFFBQU0sYUFBYSxJQUFJLElBQUksR0FBRyxFQUFFO0FBQ2hDLFFBQU0sY0FBYyxlQUFlLFlBQVksS0FBSztBQUNwRCxRQUFNLFdBQVcsZUFBZSxZQUFZLElBQUk7QUFDaEQsYUFBVyxhQUFhLENBQUMsYUFBYSxVQUFVLFlBQVksV0FBVyxHQUFHLFlBQVksUUFBUSxDQUFDLEdBQUc7QUFDaEcsUUFBSSxNQUFNLFNBQVMsRUFBRyxPQUFNO0FBQUEsRUFDOUI7QUFDRjs7O0FDM0RBLElBQU0sU0FBUztBQVFSLFNBQVMsT0FBTyxTQUFrQztBQUN2RCxRQUFNLFNBQVM7QUFDZixTQUFPLGVBQWUsUUFBUSxFQUFFLFdBQVcsUUFBUSxVQUFVLEdBQUcsT0FBTyxTQUFTLFNBQVMsRUFBRSxVQUFVLE1BQU07QUFDekcsVUFBTSxTQUFTLGFBQWEsU0FBUyxRQUFRLE1BQU07QUFDbkQsUUFBSSxVQUFVLE1BQU0sRUFBRyxRQUFPO0FBQzlCLFFBQUksQ0FBQyxnQkFBZ0IsUUFBUSxRQUFRLFFBQVEsR0FBRztBQUM5QyxhQUFPLE9BQU8sYUFBYSxRQUFRLFVBQVUsTUFBTSw0QkFBNEI7QUFBQSxJQUNqRjtBQUNBLFVBQU0sTUFBTSxZQUFZLFNBQVMsTUFBTTtBQUN2QyxRQUFJLFVBQVUsR0FBRyxFQUFHLFFBQU87QUFDM0IsVUFBTSxTQUFTLE1BQU0sYUFBYSxTQUFTLEdBQUc7QUFDOUMsUUFBSSxVQUFVLE1BQU0sRUFBRyxRQUFPO0FBQzlCLGVBQVcsYUFBYSxvQkFBb0IsUUFBUSxHQUFHLEdBQUc7QUFDeEQsVUFBSSxNQUFNLFlBQVksUUFBUSxXQUFXLFlBQVksUUFBUSxRQUFRLFFBQVEsR0FBRztBQUM5RSxlQUFPLFNBQVMsUUFBUSxNQUFNLGdCQUFnQixTQUFTLFNBQVMsUUFBUSw0QkFBNEIsQ0FBQztBQUFBLE1BQ3ZHO0FBQUEsSUFDRjtBQUNBLFdBQU8sT0FBTyxxQkFBcUIsUUFBUSxVQUFVLE1BQU0sd0NBQXdDO0FBQUEsRUFDckcsQ0FBQztBQUNIO0FBT0EsZUFBZSxhQUFhLFNBQTRCLEtBQXFDO0FBQzNGLFFBQU0sV0FBVyxJQUFJLGFBQWEsSUFBSSxZQUFZO0FBQ2xELE1BQUksYUFBYSxNQUFNO0FBQ3JCLFFBQUksTUFBTSxjQUFjLFVBQVUsUUFBUSxNQUFNLFVBQVUsS0FBSyxFQUFHLFFBQU87QUFDekUsV0FBTyxPQUFPLHFCQUFxQixVQUFVLHNDQUFzQztBQUFBLEVBQ3JGO0FBQ0EsTUFBSSxRQUFRLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDdEMsTUFBSSxDQUFDLGNBQWMsUUFBUSxRQUFRLElBQUksY0FBYyxDQUFDLEdBQUc7QUFDdkQsV0FBTyxPQUFPLGFBQWEsVUFBVSw0REFBNEQ7QUFBQSxFQUNuRztBQUNBLFNBQU8saUJBQWlCLFNBQVMsUUFBUSxJQUFJLENBQUM7QUFDaEQ7QUFFQSxTQUFTLGNBQWMsYUFBMEM7QUFDL0QsU0FBTyxhQUFhLE1BQU0sR0FBRyxFQUFFLENBQUMsR0FBRyxLQUFLLEVBQUUsWUFBWSxNQUFNO0FBQzlEO0FBR0EsU0FBUyxpQkFBaUIsTUFBc0I7QUFDOUMsUUFBTSxPQUFPLG9CQUFJLElBQXlCO0FBQzFDLGFBQVcsQ0FBQyxNQUFNLEtBQUssS0FBSyxVQUFVLElBQUksR0FBRztBQUMzQyxVQUFNLFNBQVMsS0FBSyxJQUFJLElBQUk7QUFDNUIsUUFBSSxPQUFRLFFBQU8sSUFBSSxLQUFLO0FBQUEsUUFDdkIsTUFBSyxJQUFJLE1BQU0sb0JBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDdEM7QUFDQSxNQUFJLE9BQU87QUFDWCxhQUFXLFFBQVEsQ0FBQyxHQUFHLEtBQUssS0FBSyxDQUFDLEVBQUUsS0FBSyxHQUFHO0FBQzFDLGVBQVcsU0FBUyxDQUFDLEdBQUcsS0FBSyxJQUFJLElBQUksQ0FBRSxFQUFFLEtBQUssRUFBRyxTQUFRLE9BQU87QUFBQSxFQUNsRTtBQUNBLFNBQU87QUFDVDtBQU9BLFNBQVMsVUFBVSxNQUFrQztBQUNuRCxRQUFNLFFBQTRCLENBQUM7QUFDbkMsYUFBVyxRQUFRLEtBQUssTUFBTSxHQUFHLEdBQUc7QUFDbEMsUUFBSSxDQUFDLEtBQU07QUFDWCxVQUFNLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDM0IsVUFBTSxPQUFPLEtBQUssSUFBSSxPQUFPLEtBQUssTUFBTSxHQUFHLEVBQUU7QUFDN0MsVUFBTSxRQUFRLEtBQUssSUFBSSxLQUFLLEtBQUssTUFBTSxLQUFLLENBQUM7QUFDN0MsUUFBSTtBQUNGLFlBQU0sS0FBSyxDQUFDLGVBQWUsSUFBSSxHQUFHLGVBQWUsS0FBSyxDQUFDLENBQUM7QUFBQSxJQUMxRCxRQUFRO0FBRU4sWUFBTSxLQUFLLEdBQUcsSUFBSSxnQkFBZ0IsSUFBSSxDQUFDO0FBQUEsSUFDekM7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRUEsSUFBTSxpQkFBaUIsQ0FBQyxTQUFrQixPQUFPLEtBQUssSUFBSSxJQUFJLG1CQUFtQixLQUFLLFFBQVEsT0FBTyxHQUFHLENBQUMsSUFBSTs7O0FDeEd0RyxTQUFTLGFBQWEsS0FBcUI7QUFDaEQsU0FBTyxJQUFJLFFBQVEsbUNBQW1DLEVBQUUsS0FBSztBQUMvRDs7O0FDdUNPLFNBQVMsZ0JBQWdCLE9BQTJDO0FBQ3pFLFNBQU8sRUFBRSxRQUFRLE1BQU0sUUFBUSxTQUFTLEVBQUUsZ0JBQWdCLG1CQUFtQixHQUFHLE1BQU0sS0FBSyxVQUFVLEVBQUUsT0FBTyxNQUFNLEtBQUssQ0FBQyxFQUFFO0FBQzlIO0FBRUEsSUFBTSxnQkFBZ0Isb0JBQUksUUFBOEI7QUFlakQsU0FBUyxZQUFZLFVBQXdCLENBQUMsR0FBRztBQUN0RCxRQUFNLFdBQVcsUUFBUSxZQUFZLGFBQWEsRUFBRSxRQUFRLEVBQUUsS0FBSyxtQkFBbUIsRUFBRSxDQUFDO0FBQ3pGLFFBQU0sTUFBTSxRQUFRLFFBQVEsQ0FBQyxTQUFpQixRQUFRLE1BQU0sSUFBSTtBQUNoRSxNQUFJLFdBQVc7QUFDZixRQUFNLFNBQVMsQ0FBQyxVQUE2QjtBQUMzQyxRQUFJLFNBQVU7QUFDZCxlQUFXO0FBQ1gsUUFBSSxlQUFlLE1BQU0sT0FBTywwREFBMEQ7QUFBQSxFQUM1RjtBQUNBLFFBQU0saUJBQWlCLFNBQVMsbUJBQW1CO0FBQ25ELE1BQUksZUFBZ0IsUUFBTyxjQUFjO0FBRXpDLFNBQU87QUFBQTtBQUFBLElBRUwsVUFBVSxZQUE0QjtBQUNwQyxZQUFNLEVBQUUsVUFBVSxJQUFJO0FBQ3RCLFVBQUksT0FBTyxjQUFjLFdBQVksUUFBTyxVQUFVLFVBQVU7QUFDaEUsVUFBSSxDQUFDLFVBQVcsUUFBTztBQUN2QixhQUFPLFVBQVUsUUFBUSxRQUFRLEVBQUUsSUFBSSxhQUFhLFVBQVU7QUFBQSxJQUNoRTtBQUFBO0FBQUEsSUFHQSxPQUFPLE9BQXdDO0FBQzdDLFVBQUksTUFBTSxTQUFTLGdCQUFpQixRQUFPLEtBQUs7QUFDaEQsYUFBTyxFQUFFLElBQUksT0FBTyxPQUFPLFVBQVUsZ0JBQWdCLEtBQUssRUFBRTtBQUFBLElBQzlEO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxJQU1BLE1BQU0sT0FBTyxPQUFvQyxLQUFhLEtBQXFDO0FBQ2pHLFlBQU0sYUFBYSxNQUFNLGlCQUFpQixPQUFPLFFBQVEsWUFBWTtBQUNyRSxZQUFNLFVBQVUsT0FBTyxDQUFDLFVBQVUsVUFBVSxJQUFJLElBQUksa0JBQWtCLFdBQVcsUUFBUSxLQUFLLFdBQVcsU0FBUyxXQUFXLElBQUksSUFBSTtBQUNySSxZQUFNLFNBQVMsVUFBVSxPQUFPLElBQUksVUFBVSxNQUFNLGNBQWMsU0FBUyxVQUFVLGNBQWMsT0FBTyxDQUFDO0FBQzNHLFVBQUksQ0FBQyxPQUFPLEdBQUksUUFBTyxLQUFLLE9BQU8sT0FBTyxLQUFLO0FBQy9DLFlBQU0sZUFBNkIsRUFBRSxHQUFHLFFBQVEsTUFBTyxRQUE4QixLQUFLO0FBQzFGLG9CQUFjLElBQUksS0FBSyxZQUFZO0FBQ25DLGFBQU8sRUFBRSxJQUFJLE1BQU0sYUFBYTtBQUFBLElBQ2xDO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjLEVBQUUsUUFBUSxhQUFhLEdBQWlCO0FBQzdELFNBQU8sRUFBRSxHQUFJLFdBQVcsU0FBWSxDQUFDLElBQUksRUFBRSxPQUFPLEdBQUksR0FBSSxpQkFBaUIsU0FBWSxDQUFDLElBQUksRUFBRSxhQUFhLEVBQUc7QUFDaEg7OztBQ3ZGTyxTQUFTLHdCQUNkLFNBQ0EsVUFBa0MsQ0FBQyxHQUNuQyxFQUFFLFFBQVEsWUFBWSxPQUFPLEdBQUcsYUFBYSxDQUFDLFlBQVksUUFBUSxJQUFJLElBQWlCLENBQUMsR0FDekM7QUFDL0MsU0FBTyxVQUFVLFNBQVM7QUFDeEIsVUFBTSxVQUFVLEtBQUssQ0FBQztBQUN0QixVQUFNLFVBQVUsTUFBTSxNQUFNLE9BQU8sU0FBUyxTQUFTLE1BQU0sVUFBVSxXQUFXLE9BQU8sQ0FBQyxDQUFDO0FBQ3pGLFFBQUksUUFBUSxHQUFJLFFBQVEsUUFBa0UsR0FBRyxJQUFJO0FBQ2pHLFFBQUksUUFBUSxVQUFXLFFBQU8sUUFBUSxVQUFVLFFBQVEsT0FBTyxPQUFPO0FBQ3RFLFdBQU8sSUFBSSxTQUFTLFFBQVEsU0FBUyxNQUFNLEVBQUUsUUFBUSxRQUFRLFNBQVMsUUFBUSxTQUFTLFFBQVEsU0FBUyxRQUFRLENBQUM7QUFBQSxFQUNuSDtBQUNGOzs7QUM3Qk8sU0FBUyxnQkFBZ0IsTUFBaUMsa0JBQWtCLE9BQW1CO0FBQ3BHLE1BQUksQ0FBQyxLQUFNLFFBQU8sSUFBSSxXQUFXLENBQUM7QUFDbEMsTUFBSSxDQUFDLGdCQUFpQixRQUFPLEtBQUssSUFBSTtBQUV0QyxRQUFNLFNBQVUsV0FBbUY7QUFDbkcsTUFBSSxPQUFRLFFBQU8sT0FBTyxLQUFLLE1BQU0sUUFBUTtBQUM3QyxTQUFPLFdBQVcsS0FBSyxLQUFLLElBQUksR0FBRyxDQUFDLFNBQVMsS0FBSyxXQUFXLENBQUMsQ0FBQztBQUNqRTtBQUdPLFNBQVMsZUFBZSxTQUFpRztBQUM5SCxTQUFPLEVBQUUsWUFBWSxRQUFRLFFBQVEsU0FBUyxRQUFRLFNBQVMsTUFBTSxRQUFRLEtBQUs7QUFDcEY7OztBQ09PLFNBQVMsaUJBQXlDLFNBQVksU0FBbUMsUUFBZSxZQUFZLE9BQU8sR0FBTTtBQUM5SSxRQUFNLFVBQVUsT0FBTyxVQUF3QixTQUFvQjtBQUNqRSxVQUFNLFVBQVUsTUFBTSxNQUFNO0FBQUEsTUFDMUI7QUFBQSxRQUNFLFFBQVEsTUFBTTtBQUFBLFFBQ2QsS0FBSyxNQUFNLFVBQVUsTUFBTSxNQUFNO0FBQUEsUUFDakMsU0FBUyxNQUFNLHFCQUFxQixPQUFPLEtBQUssTUFBTSxpQkFBaUIsRUFBRSxTQUFTLElBQUksTUFBTSxvQkFBb0IsTUFBTTtBQUFBLFFBQ3RILE1BQU0sZ0JBQWdCLE1BQU0sTUFBTSxNQUFNLGVBQWU7QUFBQSxNQUN6RDtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQ0EsUUFBSSxRQUFRLEdBQUksUUFBUSxRQUF1RCxPQUFPLEdBQUcsSUFBSTtBQUM3RixXQUFPLFFBQVEsWUFBWSxRQUFRLFVBQVUsUUFBUSxPQUFPLEtBQUssSUFBSSxlQUFlLFFBQVEsUUFBUTtBQUFBLEVBQ3RHO0FBQ0EsU0FBTztBQUNUOzs7QUNwQk8sU0FBUyxpQkFBaUIsU0FBc0MsVUFBa0IsQ0FBQyxHQUFHO0FBQzNGLFFBQU0sUUFBUSxZQUFZLE9BQU87QUFDakMsUUFBTSxLQUFLLHdCQUF3QixTQUF1QixTQUFTLEVBQUUsTUFBTSxDQUFDO0FBQzVFLFFBQU0sS0FBSyxpQkFBaUIsU0FBeUIsU0FBUyxLQUFLO0FBQ25FLFNBQU8sQ0FBQyxVQUFtQixTQUFxQixVQUFVLEtBQUssSUFBSSxHQUFHLE9BQU8sR0FBRyxJQUFJLElBQUksR0FBRyxPQUFnQixHQUFJLElBQWdCO0FBQ2pJO0FBRUEsU0FBUyxVQUFVLE9BQXVDO0FBQ3hELFNBQU8sT0FBUSxNQUF1QixlQUFlLFlBQVksT0FBUSxNQUF1QixXQUFXO0FBQzdHOzs7QUN0QkEsSUFBTyxvQkFBUTtBQUFBLEVBQ2IsT0FBTyxVQUFtQixZQUFxQixJQUFJLFNBQVMsa0JBQWtCLFFBQVEsWUFBWSxPQUFPLEVBQUUsaUJBQWlCO0FBQUEsRUFDNUgsRUFBRSxVQUFVLE9BQU8sRUFBRSxXQUFXLEVBQUUsS0FBSyxvQkFBb0IsRUFBRSxDQUFDLEVBQUU7QUFDbEU7QUFFTyxJQUFNLFNBQWlCLEVBQUUsTUFBTSxjQUFjOyIsCiAgIm5hbWVzIjogWyJ2YWx1ZSIsICJjcnlwdG8iXQp9Cg==
