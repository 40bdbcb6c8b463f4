// Median cost of verifying one delivery, per scheme and body size, for
// hookguard (verifyRequest, and each adapter's withVerification around a no-op
// handler) beside the providers' own libraries and the floor: the same HMAC of
// the same body with node:crypto. One process, one run, so ratios compare. Each
// scheme is measured in its own worker thread (a fresh V8 isolate), floor and
// peers included: a deployed function verifies one scheme, and in one shared
// isolate hookguard's code, common to all nine, would be measured as the JIT
// compiles it for all of them at once, while each peer only ever sees its own.
import { Readable } from 'node:stream';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { verify as octokitVerify } from '@octokit/webhooks-methods';
import { Receiver } from '@upstash/qstash';
import * as core from '@hookguard/core';
import { withVerification as awsVerification } from '@hookguard/aws-lambda';
import { withVerification as netlifyVerification } from '@hookguard/netlify';
import { withVerification as vercelVerification } from '@hookguard/vercel';
import { bench, do_not_optimize, run } from 'mitata';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { Webhook as SvixWebhook } from 'svix';
import twilioSdk from 'twilio';
import { floor, forge, formBody, jsonBody, NOW, restApiEvent, SECRET, SIGNATURE_HEADER, signedHeaders, smsBody, URL_, WHSEC } from './fixtures.mjs';

const SIZES = { '1 KiB': 1024, '16 KiB': 16 * 1024, '1 MiB': 1024 * 1024 };
const PASSES = ['', ' (pass 2)'];
const stripeSdk = new Stripe('sk_test_bench');
const receiver = new Receiver({ currentSigningKey: SECRET, nextSigningKey: 'next-key' });
const throwsNot = (fn) => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};

/** Per scheme: its algorithm, hookguard's verifier, its body, and the peers that verify it. */
const SCHEMES = {
  'shared secret': { algorithm: 'sha256', verifier: core.sharedSecret({ secret: SECRET }), peers: {} },
  autify: { algorithm: 'sha1', verifier: core.autify({ secret: SECRET }), peers: {} },
  github: {
    algorithm: 'sha256',
    verifier: core.github({ secret: SECRET }),
    peers: { '@octokit/webhooks-methods': (body, headers) => octokitVerify(SECRET, body, headers['x-hub-signature-256']) },
  },
  stripe: {
    algorithm: 'sha256',
    verifier: core.stripe({ secret: SECRET, toleranceSeconds: 1e9 }),
    peers: { stripe: (body, headers) => throwsNot(() => stripeSdk.webhooks.constructEvent(body, headers['stripe-signature'], SECRET, 1e9)) },
  },
  slack: { algorithm: 'sha256', verifier: core.slack({ signingSecret: SECRET, toleranceSeconds: 1e9 }), peers: {} },
  'standard webhooks': {
    algorithm: 'sha256',
    verifier: core.standardWebhooks({ secret: WHSEC, toleranceSeconds: 1e9 }),
    peers: {
      standardwebhooks: (body, headers) => throwsNot(() => new StandardWebhook(WHSEC).verify(body, headers)),
      svix: (body, headers) => throwsNot(() => new SvixWebhook(WHSEC).verify(body, headers)),
    },
  },
  shopify: { algorithm: 'sha256', verifier: core.shopify({ secret: SECRET }), peers: {} },
  twilio: {
    algorithm: 'sha1',
    form: true,
    // The sizes' single long field flatters a form parser; this is what Twilio sends for an SMS.
    extraBodies: { 'SMS, 19 fields': smsBody() },
    verifier: core.twilio({ authToken: SECRET }),
    // twilio-node is measured twice: handed the parameters already parsed, as Express gives them, and
    // parsing the raw body as a function without Express must; hookguard always parses the body itself.
    peers: {
      twilio: (body, headers, params) => twilioSdk.validateRequest(SECRET, headers['x-twilio-signature'], URL_, params),
      'twilio, parsing the body': (body, headers) =>
        twilioSdk.validateRequest(SECRET, headers['x-twilio-signature'], URL_, Object.fromEntries(new URLSearchParams(body))),
    },
  },
  qstash: {
    algorithm: 'sha256',
    verifier: core.qstash({ currentSigningKey: SECRET, nextSigningKey: 'next-key', clockToleranceSeconds: 1e9 }),
    peers: { '@upstash/qstash': (body, headers) => receiver.verify({ signature: headers['upstash-signature'], body, url: URL_ }).then(() => true, () => false) },
  },
};

/**
 * What a benchmark's answer says: a peer's boolean, hookguard's result (`ok`), an
 * adapter's response (204 from the no-op handler). Benchmarks return the answer
 * as their library gives it, so none pays for an extra async layer around it.
 */
const verdict = (answer) =>
  typeof answer !== 'object' ? answer : answer instanceof Response ? answer.status === 204 : 'ok' in answer ? answer.ok : answer.statusCode === 204;

/** One scheme's benchmarks: [scheme, size, valid, library, fn, expected verdict]. */
async function cases(scheme) {
  const spec = SCHEMES[scheme];
  const list = [];
  const bodies = Object.entries(SIZES).map(([size, bytes]) => [size, spec.form ? formBody(bytes) : jsonBody(bytes)]);
  for (const [size, text] of [...bodies, ...Object.entries(spec.extraBodies ?? {})]) {
    const body = Buffer.from(text);
    const params = spec.form ? Object.fromEntries(new URLSearchParams(text)) : undefined;
    const valid = await signedHeaders(scheme, text);
    list.push([scheme, size, true, 'floor', floor(spec.algorithm, body), true]);
    for (const [validity, headers] of [[true, valid], [false, forge(valid, SIGNATURE_HEADER[scheme])]]) {
      if (!validity && size !== '1 KiB') continue; // forged deliveries: 1 KiB is enough to compare refusal costs
      const request = { method: 'POST', url: URL_, headers, body };
      list.push([scheme, size, validity, 'hookguard', () => core.verifyRequest(request, spec.verifier, { now: NOW }), validity]);
      for (const [peer, verify] of Object.entries(spec.peers)) list.push([scheme, size, validity, peer, () => verify(text, headers, params), validity]);
      if (validity && size === '1 KiB') list.push(...adapterCases(scheme, spec.verifier, headers, body));
    }
  }
  return list;
}

const REST_ROW = 'hookguard via @hookguard/aws-lambda (REST API event, 20 headers as sent)';

/** The same delivery through each adapter around a no-op handler, beside verifyRequest on the same input. */
function adapterCases(scheme, verifier, headers, body) {
  const options = { verifier, log: () => undefined };
  const text = body.toString();
  // The headers as the platform's proxy passes them on: the host and scheme the sender called.
  const proxied = { ...headers, host: 'bench.example.com', 'x-forwarded-proto': 'https' };
  const lambdaEvent = {
    version: '2.0',
    rawPath: '/api/hook',
    rawQueryString: 'x=1',
    headers: proxied,
    requestContext: { domainName: 'bench.example.com', http: { method: 'POST' } },
    body: text,
    isBase64Encoded: false,
  };
  const restEvent = restApiEvent(headers, text);
  const netlifyEvent = { rawUrl: URL_, httpMethod: 'POST', headers, multiValueHeaders: {}, body: text, isBase64Encoded: false };
  const aws = awsVerification(async () => ({ statusCode: 204 }), options);
  const netlify = netlifyVerification(async () => ({ statusCode: 204 }), options);
  const vercel = vercelVerification(async () => new Response(null, { status: 204 }), options);
  const webRequest = () => new Request(URL_, { method: 'POST', headers: proxied, body });
  // The adapters' own baseline: the body as text, as Lambda and Netlify events carry it, and no `now` given.
  const textRequest = { method: 'POST', url: URL_, headers, body: text };
  return [
    [scheme, '1 KiB', true, 'hookguard verifyRequest (text body, as events carry it)', () => core.verifyRequest(textRequest, verifier), true],
    [scheme, '1 KiB', true, 'hookguard via @hookguard/aws-lambda', () => aws(lambdaEvent), true],
    [scheme, '1 KiB', true, 'hookguard via @hookguard/netlify', () => netlify(netlifyEvent), true],
    // The events above carry only the signed headers; a real one has twenty, spelled as sent. This and the
    // Node (req, res) rows run for one scheme only, so that the whole bench stays under five minutes.
    ...(scheme === 'github' ? [[scheme, '1 KiB', true, REST_ROW, () => aws(restEvent), true], ...nodeCases(scheme, options, proxied, body)] : []),
    // What building the Request alone costs, so the two rows below can be read net of it.
    [scheme, '1 KiB', true, 'new Request() alone, no verification', () => webRequest().method === 'POST', true],
    [scheme, '1 KiB', true, 'hookguard verifyRequest(Request)', () => core.verifyRequest(webRequest(), verifier, { now: NOW }), true],
    [scheme, '1 KiB', true, 'hookguard via @hookguard/vercel (Request)', () => vercel(webRequest()), true],
  ];
}

/**
 * A Node `(req, res)` function (@vercel/node, Next.js pages/api), its request a
 * stream that Node's HTTP parser has pushed the body into, beside reading the
 * same stream by hand without verifying anything.
 */
function nodeCases(scheme, options, proxied, body) {
  const vercel = vercelVerification((req, res) => {
    res.statusCode = 204;
    res.end();
  }, options);
  const nodeRequest = () => {
    const req = new Readable({ read() {} });
    req.push(body);
    req.push(null);
    return Object.assign(req, { method: 'POST', url: '/api/hook?x=1', headers: { ...proxied } }); // a fresh object per request, as Node makes
  };
  const response = () => ({ statusCode: 200, setHeader() {}, end() {} });
  const readByHand = (req) =>
    new Promise((resolve) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks).length === body.length));
    });
  return [
    // What any function reading the raw body pays: the stream's 'data' and 'end' events arrive over a few ticks.
    [scheme, '1 KiB', true, 'Node request stream, body read by hand, no verification', () => readByHand(nodeRequest()), true],
    [scheme, '1 KiB', true, 'hookguard via @hookguard/vercel (Node req, res)', async () => {
      const res = response();
      await vercel(nodeRequest(), res);
      return res.statusCode === 204;
    }, true],
  ];
}

/** Every scheme, one after another, each in its own worker thread. */
export async function measureVerification() {
  const rows = [];
  for (const scheme of Object.keys(SCHEMES)) rows.push(...(await inWorker(scheme)));
  return rows;
}

function inWorker(scheme) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { scheme } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker for ${scheme} exited (${code}) without results`)));
  });
}

if (!isMainThread) parentPort.postMessage(await measureScheme(workerData.scheme));

async function measureScheme(scheme) {
  const list = await cases(scheme);
  // A benchmark that gives the wrong verdict measures nothing: check each once first.
  for (const [scheme, size, valid, library, fn, expected] of list) {
    if (verdict(await fn()) !== expected) throw new Error(`${library} gave the wrong verdict for ${scheme} ${size} ${valid ? 'valid' : 'forged'}`);
  }
  const names = list.map(([scheme, size, valid, library]) => `${scheme} | ${size} | ${valid ? 'valid' : 'forged'} | ${library}`);
  // Two passes over the list, each benchmark's median the lower of its two: on a shared machine
  // noise only ever adds time, and a slow spell then spoils one pass, not the ratio. The 16 KiB
  // and 1 MiB rows, bound by the hash and steady, get one: the bench stays well under five minutes.
  const passes = (size) => (size === '16 KiB' || size === '1 MiB' ? PASSES.slice(0, 1) : PASSES);
  for (const pass of PASSES) {
    list.forEach(([, size, , , fn], i) => passes(size).includes(pass) && bench(`${names[i]}${pass}`, async () => do_not_optimize(await fn())));
  }
  const results = await run({ format: 'json', print: () => {} });
  const p50 = (alias) => results.benchmarks.find((b) => b.alias === alias).runs[0].stats.p50;
  const median = (name, size) => Math.min(...passes(size).map((pass) => p50(`${name}${pass}`)));
  return list.map(([scheme, size, valid, library], i) => {
    const nsPerOp = median(names[i], size);
    const floorNs = median(`${scheme} | ${size} | valid | floor`, size);
    return { name: names[i], scheme, size, valid, library, nsPerOp: Math.round(nsPerOp), ratioToFloor: Number((nsPerOp / floorNs).toFixed(2)) };
  });
}
