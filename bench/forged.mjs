// What refusing the worst forged request costs, per scheme, beside accepting a
// valid delivery of the same size, through verifyRequest: (a) a 1 MiB body,
// (b) a 16 KiB credential header or URL, whichever the scheme parses. The
// forged inputs are an attacker's best effort: many signatures in one header,
// malformed escapes, URLs that make Twilio try every URL form, tokens whose
// header defeats the parse cache. Each scheme runs in its own worker thread, as
// in verify.mjs. `node bench/forged.mjs` runs this part alone.
import { generateKeyPairSync, randomBytes, sign as ed25519Sign } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as core from '@hookguard/core';
import * as sign from '@hookguard/core/sign';
import { do_not_optimize, measure } from 'mitata';
import { forge, formBody, jsonBody, NOW, SECRET, signedHeaders, URL_, WHSEC } from './fixtures.mjs';

const KiB = 1024;
const BODY = 1024 * KiB; // size (a)
const FIELD = 16 * KiB; // size (b): Node's default limit for all headers together
const BIG = '1 MiB';
const FIELD_SIZE = '16 KiB header or URL';
const TINY = '{}';

// Fast rows in batches of 256 calls (mitata's 4096, twelve times over, would take seconds a row).
const FAST = { min_cpu_time: 100e6, batch_samples: 256 };
const SLOW = { min_cpu_time: 250e6, min_samples: 3 };
// A collection before each row with --expose-gc (as `pnpm bench` runs); without it, none, rather
// than mitata's stand-in of a 1 GiB allocation.
const COLLECT = typeof globalThis.gc === 'function' ? {} : { gc: false };

const request = (headers, body, url = URL_) => ({ method: 'POST', url, headers, body: Buffer.from(body) });
/** `piece` repeated to `length` characters at most, whole pieces only. */
const fill = (piece, length) => piece.repeat(Math.floor(length / piece.length));
/** Entries made by `entry` (a function, or text repeated), joined by `separator`, to `length` characters at most. */
const listOf = (entry, separator, length) => {
  const make = typeof entry === 'function' ? entry : () => entry;
  return Array.from({ length: Math.floor((length + separator.length) / (make().length + separator.length)) }, make).join(separator);
};
/** How many entries of a list start with `prefix`. */
const count = (list, separator, prefix) => list.split(separator).filter((entry) => entry.startsWith(prefix)).length;
const HEX64 = 'a'.repeat(64);
const base64Of = (bytes) => Buffer.alloc(bytes, 0x5a).toString('base64');

/**
 * Per scheme: the valid baseline for each size, and the forged inputs. Each
 * case: [size, input, verifier, request or [request, request] (used in turn),
 * expected verdict]. The baseline of a case is the first valid case of its size
 * through the same verifier: a valid delivery with a body of that size.
 */
const SCHEMES = {
  'shared secret': async () => {
    const verifier = core.sharedSecret({ secret: SECRET });
    const valid = await signedHeaders('shared secret', ''); // { verification_key }
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(valid, jsonBody(BODY)), true],
      [BIG, 'wrong secret, 1 MiB body', verifier, request(forge(valid, 'verification_key'), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(valid, jsonBody(FIELD)), true],
      [FIELD_SIZE, '16 KiB wrong secret header', verifier, request({ verification_key: fill('x', FIELD) }, TINY), false],
    ];
  },

  'query secret': async () => {
    const verifier = core.querySecret({ secret: SECRET });
    const { url } = await sign.signQuerySecret({ secret: SECRET, url: URL_ });
    const junk = (length) => `${URL_}&${fill('a=%zz&', length)}`;
    const junkUrl = junk(FIELD - URL_.length - 40);
    return [
      [BIG, 'valid, 1 MiB body', verifier, request({}, jsonBody(BODY), url), true],
      [BIG, 'wrong secret, 1 MiB body', verifier, request({}, jsonBody(BODY), `${URL_}&secret=wrong`), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request({}, jsonBody(FIELD), url), true],
      [FIELD_SIZE, 'valid, 16 KiB URL (a=%zz& pairs)', verifier, request({}, TINY, `${junkUrl}secret=${SECRET}`), true],
      [FIELD_SIZE, '16 KiB URL: a=%zz& pairs, wrong secret', verifier, request({}, TINY, `${junkUrl}secret=wrong-secret-0123456789`), false],
      [FIELD_SIZE, '16 KiB URL: secret of %41 escapes', verifier, request({}, TINY, `${URL_}&secret=${fill('%41', FIELD - URL_.length - 8)}`), false],
    ];
  },

  'bearer token': async () => {
    const verifier = core.bearerToken({ token: SECRET });
    const { headers: valid } = await sign.signBearerToken({ token: SECRET });
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(valid, jsonBody(BODY)), true],
      [BIG, 'wrong token, 1 MiB body', verifier, request(forge(valid, 'authorization'), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(valid, jsonBody(FIELD)), true],
      [FIELD_SIZE, '16 KiB wrong Bearer token', verifier, request({ authorization: `Bearer ${fill('x', FIELD - 7)}` }, TINY), false],
    ];
  },

  'basic auth': async () => {
    const verifier = core.basicAuth({ username: 'bench', password: SECRET });
    const { headers: valid } = await sign.signBasicAuth({ username: 'bench', password: SECRET });
    const basic = (text) => ({ authorization: `Basic ${text}` });
    const longPassword = Buffer.from(`bench:${fill('x', ((FIELD - 8) / 4) * 3 - 6)}`).toString('base64');
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(valid, jsonBody(BODY)), true],
      [BIG, 'wrong password, 1 MiB body', verifier, request(basic(Buffer.from(`bench:${SECRET.slice(1)}`).toString('base64')), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(valid, jsonBody(FIELD)), true],
      [FIELD_SIZE, '16 KiB Basic, 12 KiB wrong password', verifier, request(basic(longPassword), TINY), false],
      [FIELD_SIZE, '16 KiB Basic, no colon', verifier, request(basic(fill('A', FIELD - 6)), TINY), false],
    ];
  },

  github: async () => hmacScheme('github', core.github({ secret: SECRET }), 'x-hub-signature-256', `sha256=${fill('a', FIELD - 7)}`),
  autify: async () => hmacScheme('autify', core.autify({ secret: SECRET }), 'x-autify-signature', `sha1=${fill('a', FIELD - 5)}`),
  shopify: async () => hmacScheme('shopify', core.shopify({ secret: SECRET }), 'x-shopify-hmac-sha256', fill('A', FIELD)),

  stripe: async () => {
    const verifier = core.stripe({ secret: SECRET, toleranceSeconds: 1e9 });
    const valid = (body) => signedHeaders('stripe', body);
    const header = (value) => ({ 'stripe-signature': value });
    const wrongList = (length) => `t=${NOW},${listOf(`v1=${HEX64}`, ',', length - 13)}`;
    const validTiny = (await valid(TINY))['stripe-signature'];
    const wrongs = wrongList(FIELD);
    const empties = `t=${NOW},${listOf('v1=', ',', FIELD - 13)}`;
    const v1 = (list) => count(list, ',', 'v1=');
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(await valid(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, 'wrong v1, 1 MiB body', verifier, request(forge(await valid(jsonBody(BODY)), 'stripe-signature'), jsonBody(BODY)), false],
      [BIG, `${v1(wrongs)} wrong v1 (16 KiB), 1 MiB body`, verifier, request(header(wrongs), jsonBody(BODY)), false],
      // The longest list accepted for parsing (core refuses more than MAX_LISTED_ENTRIES entries unread).
      [BIG, '31 wrong v1 (the most listed), 1 MiB body', verifier, request(header(`t=${NOW},${Array(31).fill(`v1=${HEX64}`).join(',')}`), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(await valid(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, `16 KiB header: ${v1(wrongs)} wrong 64-hex v1`, verifier, request(header(wrongs), TINY), false],
      [FIELD_SIZE, `16 KiB header: ${v1(empties)} empty v1`, verifier, request(header(empties), TINY), false],
      [FIELD_SIZE, '16 KiB header: a 16 KiB t=', verifier, request(header(`t=${fill('1', FIELD - 72)},v1=${HEX64}`), TINY), false],
    ];
  },

  slack: async () => {
    const verifier = core.slack({ signingSecret: SECRET, toleranceSeconds: 1e9 });
    const valid = (body) => signedHeaders('slack', body);
    const tiny = await valid(TINY);
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(await valid(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, 'wrong signature, 1 MiB body', verifier, request(forge(await valid(jsonBody(BODY)), 'x-slack-signature'), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(await valid(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, '16 KiB signature header', verifier, request({ ...tiny, 'x-slack-signature': `v0=${fill('a', FIELD - 3)}` }, TINY), false],
      [FIELD_SIZE, '16 KiB timestamp header', verifier, request({ ...forge(tiny, 'x-slack-signature'), 'x-slack-request-timestamp': fill('1', FIELD) }, TINY), false],
    ];
  },

  'standard webhooks': async () => {
    const verifier = core.standardWebhooks({ secret: WHSEC, toleranceSeconds: 1e9 });
    // Ed25519 (`whpk_` public keys, `v1a` signatures): each listed v1a costs a signature verification.
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const whpk = `whpk_${Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url').toString('base64')}`;
    const ed25519 = core.standardWebhooks({ secret: whpk, toleranceSeconds: 1e9 });
    // During a rotation: two public keys, the delivery signed by the first.
    const next = generateKeyPairSync('ed25519').publicKey;
    const rotation = core.standardWebhooks({ secret: [whpk, `whpk_${Buffer.from(next.export({ format: 'jwk' }).x, 'base64url').toString('base64')}`], toleranceSeconds: 1e9 });
    const valid = (body) => signedHeaders('standard webhooks', body);
    const validV1a = (body) => ({
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(NOW),
      'webhook-signature': `v1a,${ed25519Sign(null, Buffer.concat([Buffer.from(`msg_1.${NOW}.`), Buffer.from(body)]), privateKey).toString('base64')}`,
    });
    const list = (headers, value) => ({ ...headers, 'webhook-signature': value });
    const v1List = (length) => listOf(`v1,${base64Of(32)}`, ' ', length);
    // Random signatures with S below the group order: OpenSSL refuses S >= L at once, but for these
    // it hashes the whole signed content before the comparison fails, as for a real signature.
    const v1a = () => {
      const signature = randomBytes(64);
      signature[63] = 0;
      return `v1a,${signature.toString('base64')}`;
    };
    const tiny = await valid(TINY);
    const tinyV1a = validV1a(TINY);
    const v1s = v1List(FIELD);
    const empties = listOf('v1,', ' ', FIELD);
    const v1as = listOf(v1a, ' ', FIELD);
    const n = (list, prefix) => count(list, ' ', prefix);
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(await valid(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, 'wrong v1, 1 MiB body', verifier, request(forge(await valid(jsonBody(BODY)), 'webhook-signature'), jsonBody(BODY)), false],
      [BIG, `${n(v1s, 'v1,')} wrong v1 (16 KiB), 1 MiB body`, verifier, request(list(tiny, v1s), jsonBody(BODY)), false],
      [BIG, 'whpk_ key: valid v1a, 1 MiB body', ed25519, request(validV1a(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, 'whpk_ key: one wrong v1a, 1 MiB body', ed25519, request(list(tinyV1a, v1a()), jsonBody(BODY)), false],
      [BIG, `whpk_ key: ${n(v1as, 'v1a,')} wrong v1a (16 KiB), 1 MiB body`, ed25519, request(list(tinyV1a, v1as), jsonBody(BODY)), false],
      [BIG, 'two whpk_ keys: valid v1a, 1 MiB body', rotation, request(validV1a(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, `two whpk_ keys: ${n(v1as, 'v1a,')} wrong v1a (16 KiB), 1 MiB body`, rotation, request(list(tinyV1a, v1as), jsonBody(BODY)), false],
      // The longest lists parsed (core refuses more than MAX_LISTED_ENTRIES entries unread).
      [BIG, '32 wrong v1 (the most listed), 1 MiB body', verifier, request(list(tiny, Array(32).fill(`v1,${base64Of(32)}`).join(' ')), jsonBody(BODY)), false],
      [BIG, 'whpk_ key: 32 wrong v1a (the most listed), 1 MiB body', ed25519, request(list(tinyV1a, Array.from({ length: 32 }, v1a).join(' ')), jsonBody(BODY)), false],
      [BIG, 'two whpk_ keys: 32 wrong v1a (the most listed), 1 MiB body', rotation, request(list(tinyV1a, Array.from({ length: 32 }, v1a).join(' ')), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(await valid(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, `16 KiB header: ${n(v1s, 'v1,')} wrong v1`, verifier, request(list(tiny, v1s), TINY), false],
      [FIELD_SIZE, `16 KiB header: ${n(empties, 'v1,')} empty v1`, verifier, request(list(tiny, empties), TINY), false],
      [FIELD_SIZE, 'whpk_ key: valid v1a, 16 KiB body', ed25519, request(validV1a(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, `whpk_ key: ${n(v1as, 'v1a,')} wrong v1a`, ed25519, request(list(tinyV1a, v1as), TINY), false],
      [FIELD_SIZE, 'two whpk_ keys: valid v1a, 16 KiB body', rotation, request(validV1a(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, `two whpk_ keys: ${n(v1as, 'v1a,')} wrong v1a`, rotation, request(list(tinyV1a, v1as), TINY), false],
    ];
  },

  twilio: async () => {
    const verifier = core.twilio({ authToken: SECRET });
    const signed = async (body, url = URL_) => (await sign.signTwilio({ authToken: SECRET, url, body })).headers;
    // Well-formed (28 base64 characters) and wrong: Twilio's own signature of another request.
    const wrong = forge(await signed('Body=hi'), 'x-twilio-signature');
    // A query that makes each of the six URL forms distinct: new URL() escapes `'`, the legacy
    // querystring form decodes `%7e`; the received URL has no port, and each form is tried with one.
    const sixForms = `${URL_}&q='&e=%7e`;
    const form = async (body, url, validity) => request(validity ? await signed(body, url) : wrong, body, url);
    const big = formBody(BODY);
    const manyEscapes = Array.from({ length: 999 }, (_, i) => `f${i}=${fill('%41', Math.floor(BODY / 999) - 8)}`).join('&');
    const longUrl = (piece, url = URL_) => `${url}&${fill(piece, FIELD - url.length - 1)}`;
    const SMS = 'Body=hi';
    return [
      [BIG, 'valid, 1 MiB form', verifier, await form(big, URL_, true), true],
      [BIG, 'wrong signature, 1 MiB form', verifier, await form(big, URL_, false), false],
      [BIG, 'wrong signature, 1 MiB form, URL with 6 forms', verifier, await form(big, sixForms, false), false],
      [BIG, '1 MiB of %& (parameter cap)', verifier, await form(fill('%&', BODY), URL_, false), false],
      [BIG, '1 MiB of a=%zz& (parameter cap)', verifier, await form(fill('a=%zz&', BODY), URL_, false), false],
      [BIG, 'one 1 MiB field of %41 escapes', verifier, await form(`Body=${fill('%41', BODY - 5)}`, URL_, false), false],
      [BIG, '999 fields of %41 escapes', verifier, await form(manyEscapes, URL_, false), false],
      [BIG, '999 fields of %41 escapes, URL with 6 forms', verifier, await form(manyEscapes, sixForms, false), false],
      [FIELD_SIZE, 'valid, 16 KiB form', verifier, await form(formBody(FIELD), URL_, true), true],
      [FIELD_SIZE, 'valid, 16 KiB URL (a=%zz& pairs)', verifier, await form(SMS, longUrl('a=%zz&'), true), true],
      [FIELD_SIZE, '16 KiB URL: a=%zz& pairs', verifier, await form(SMS, longUrl('a=%zz&'), false), false],
      [FIELD_SIZE, '16 KiB URL: a& keys', verifier, await form(SMS, longUrl('a&'), false), false],
      [FIELD_SIZE, "16 KiB URL: a='& pairs, 6 forms", verifier, await form(SMS, longUrl("a='&", sixForms), false), false],
    ];
  },

  qstash: async () => {
    const verifier = core.qstash({ currentSigningKey: SECRET, nextSigningKey: 'next-key', clockToleranceSeconds: 1e9 });
    const valid = (body, url = URL_) => signedHeaders('qstash', body, url);
    const jwt = (header, claims) => `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${'A'.repeat(43)}`;
    const claims = { iss: 'Upstash', sub: URL_, exp: NOW + 300, nbf: NOW, iat: NOW, jti: 'msg_1', body: 'x' };
    const longUrl = `${URL_}&${fill('a', ((FIELD - 400) / 4) * 3 - URL_.length)}`;
    // Two tokens in turn, so that the header parse cache (the last header seen) never hits.
    const headerHeavy = (n) => jwt({ alg: 'HS256', typ: 'JWT', pad: fill(String(n), ((FIELD - 300) / 4) * 3) }, claims);
    const manyKeys = (keys) => (n) => jwt(Object.fromEntries([['alg', 'HS256'], ...Array.from({ length: keys }, (_, i) => [`${n}${i}`, 0])]), claims);
    let keys = 2000;
    while (manyKeys(keys)(2).length > FIELD) keys -= 10;
    const inTurn = (make) => [request({ 'upstash-signature': make(1) }, TINY), request({ 'upstash-signature': make(2) }, TINY)];
    return [
      [BIG, 'valid, 1 MiB body', verifier, request(await valid(jsonBody(BODY)), jsonBody(BODY)), true],
      [BIG, 'wrong signature, 1 MiB body', verifier, request(forge(await valid(jsonBody(BODY)), 'upstash-signature'), jsonBody(BODY)), false],
      [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(await valid(jsonBody(FIELD)), jsonBody(FIELD)), true],
      [FIELD_SIZE, 'valid, 16 KiB JWT (long URL)', verifier, request(await valid(TINY, longUrl), TINY, longUrl), true],
      [FIELD_SIZE, '16 KiB JWT (long URL), wrong signature', verifier, request(forge(await valid(TINY, longUrl), 'upstash-signature'), TINY, longUrl), false],
      [FIELD_SIZE, '16 KiB JWT, 12 KiB header, wrong signature', verifier, inTurn(headerHeavy), false],
      [FIELD_SIZE, `16 KiB JWT, header of ${keys + 1} keys, wrong signature`, verifier, inTurn(manyKeys(keys)), false],
    ];
  },
};

/** GitHub, Autify, Shopify: one signature of a fixed length in one header. */
async function hmacScheme(scheme, verifier, header, longValue) {
  const valid = (body) => signedHeaders(scheme, body);
  return [
    [BIG, 'valid, 1 MiB body', verifier, request(await valid(jsonBody(BODY)), jsonBody(BODY)), true],
    [BIG, 'wrong signature, 1 MiB body', verifier, request(forge(await valid(jsonBody(BODY)), header), jsonBody(BODY)), false],
    [FIELD_SIZE, 'valid, 16 KiB body', verifier, request(await valid(jsonBody(FIELD)), jsonBody(FIELD)), true],
    [FIELD_SIZE, '16 KiB signature header', verifier, request({ ...(await valid(TINY)), [header]: longValue }, TINY), false],
  ];
}

/** Every scheme, one after another, each in its own worker thread. */
export async function measureForged() {
  const rows = [];
  for (const scheme of Object.keys(SCHEMES)) rows.push(...(await inWorker(scheme)));
  return rows;
}

function inWorker(scheme) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { forged: scheme } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker for ${scheme} exited (${code}) without results`)));
  });
}

if (!isMainThread && workerData?.forged) parentPort.postMessage(await measureScheme(workerData.forged));

async function measureScheme(scheme) {
  const list = await SCHEMES[scheme]();
  const cases = [];
  for (const [size, input, verifier, requests, expected] of list) {
    const inTurn = Array.isArray(requests) ? requests : [requests];
    // A benchmark that gives the wrong verdict measures nothing: check each once first.
    const results = await Promise.all(inTurn.map((r) => core.verifyRequest(r, verifier, { now: NOW })));
    for (const result of results) {
      if (result.ok !== expected) throw new Error(`${scheme} ${size} ${input}: expected ${expected ? 'an accept' : 'a refusal'}, got ${JSON.stringify(result.ok ? result : result.error.message)}`);
    }
    let i = 0;
    const fn = () => core.verifyRequest(inTurn[i++ % inTurn.length], verifier, { now: NOW });
    const started = performance.now();
    await fn();
    const slow = performance.now() - started > 1;
    const code = results[0].ok ? undefined : results[0].error.code;
    cases.push({ row: { scheme, size, input, valid: expected, code }, verifier, fn, slow, medians: [] });
  }
  // Two passes, each row keeping the lower median, as in verify.mjs: noise only adds time, and a
  // slow spell then spoils one pass, not the ratio. Rows of a millisecond or more get few samples.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of cases) {
      const stats = await measure(async () => do_not_optimize(await c.fn()), { ...(c.slow ? SLOW : FAST), ...COLLECT });
      c.medians.push(stats.p50);
    }
  }
  // Each row against a valid delivery of the same size through the same verifier: its first valid row.
  const nsPerOp = (c) => Math.round(Math.min(...c.medians));
  const name = ({ row }) => `${scheme} | ${row.size} | ${row.valid ? 'valid' : 'forged'} | ${row.input}`;
  return cases.map((c) => {
    const baseline = cases.find((b) => b.row.size === c.row.size && b.row.valid && b.verifier === c.verifier);
    return { name: name(c), ...c.row, nsPerOp: nsPerOp(c), baseline: name(baseline), ratioToValid: Number((nsPerOp(c) / nsPerOp(baseline)).toFixed(2)) };
  });
}

const micro = (ns) => Number((ns / 1000).toPrecision(ns < 1e5 ? 2 : 3));

/**
 * The printed tables: each forged input beside its valid delivery of the same
 * size; then valid deliveries that carry the same large field, for reference.
 */
export function printForged(rows) {
  const baseline = (row) => rows.find((r) => r.name === row.baseline);
  console.table(
    rows.filter((row) => !row.valid).map((row) => ({
      scheme: row.scheme,
      input: row.input,
      'valid µs': micro(baseline(row).nsPerOp),
      'forged µs': micro(row.nsPerOp),
      ratio: row.ratioToValid,
      'refused as': row.code,
    })),
  );
  console.log('Valid deliveries whose header or URL is as large (the ratio is to the same size in the body):');
  console.table(rows.filter((row) => row.valid && row.name !== row.baseline).map((row) => ({ scheme: row.scheme, input: row.input, 'µs': micro(row.nsPerOp), ratio: row.ratioToValid })));
}

if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  const rows = await measureForged();
  console.log('Median cost of refusing a forged request beside accepting a valid one of the same size (µs):');
  printForged(rows);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s on Node ${process.version}.`);
}
