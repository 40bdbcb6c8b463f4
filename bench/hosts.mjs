// The adapters for the hosts beyond Vercel, Netlify and Lambda: one GitHub
// delivery of 1 KiB through each, around a no-op handler, beside verifyRequest
// on the same request and beside what the host costs without hookguard (building
// the Request, reading the Node stream, the framework's own routing). Read an
// adapter's row net of its baseline: the difference is what hookguard adds.
import { Readable } from 'node:stream';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import * as core from '@hookguard/core';
import { withVerification as azureVerification } from '@hookguard/azure';
import { withVerification as cloudflareVerification } from '@hookguard/cloudflare';
import { verification as expressVerification } from '@hookguard/express';
import { verification as fastifyVerification } from '@hookguard/fastify';
import { withVerification as googleCloudVerification } from '@hookguard/google-cloud';
import { verification as honoVerification } from '@hookguard/hono';
import { withVerification as webVerification } from '@hookguard/web';
import Fastify from 'fastify';
import { Hono } from 'hono';
import { bench, do_not_optimize, run } from 'mitata';
import { floor, jsonBody, NOW, SECRET, signedHeaders, URL_ } from './fixtures.mjs';

const text = jsonBody(1024);
const body = Buffer.from(text);
const headers = { ...(await signedHeaders('github', text)), 'content-type': 'application/json', host: 'bench.example.com', 'x-forwarded-proto': 'https' };
const verifier = core.github({ secret: SECRET });
const options = { verifier, log: () => undefined };
const noContent = () => new Response(null, { status: 204 });

const webRequest = () => new Request(URL_, { method: 'POST', headers, body });
/** A Node request whose body Node's HTTP parser has pushed into the stream; `rawBody` when the host kept the bytes. */
function nodeRequest(rawBody) {
  const req = new Readable({ read() {} });
  if (!rawBody) req.push(body);
  req.push(null);
  return Object.assign(req, { method: 'POST', url: '/api/hook?x=1', headers: { ...headers }, ...(rawBody && { rawBody }) });
}
const nodeResponse = () => ({ statusCode: 200, headersSent: false, setHeader() {}, end() {} });
const readByHand = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).length === body.length));
  });

function honoApp(middleware) {
  const app = new Hono();
  if (middleware) app.use(middleware);
  return app.post('/api/hook', (c) => c.body(null, 204));
}
async function fastifyApp(plugin) {
  const app = Fastify();
  if (plugin) await app.register(plugin);
  app.post('/api/hook', (_request, reply) => reply.code(204).send());
  await app.ready();
  return app;
}
const inject = (app) => app.inject({ method: 'POST', url: '/api/hook?x=1', headers, payload: body });

/** [name, fn, what it answers when verification passes] */
async function cases() {
  const web = webVerification(noContent, options);
  const worker = cloudflareVerification(noContent, options);
  const azure = azureVerification(async () => ({ status: 204 }), options);
  const googleCloud = googleCloudVerification((_req, res) => (res.statusCode = 204), options);
  const express = expressVerification(options);
  const [plainHono, verifiedHono] = [honoApp(), honoApp(honoVerification(options))];
  const [plainFastify, verifiedFastify] = [await fastifyApp(), await fastifyApp(fastifyVerification(options))];
  const expressNext = () =>
    new Promise((resolve) => {
      const res = nodeResponse();
      express(nodeRequest(), res, () => resolve(true));
    });
  return [
    ['floor (node:crypto HMAC of the body)', floor('sha256', body)],
    ['verifyRequest (Buffer body)', () => core.verifyRequest({ method: 'POST', url: URL_, headers, body }, verifier, { now: NOW })],
    ['new Request() alone, no verification', () => webRequest().method === 'POST'],
    ['verifyRequest(Request)', () => core.verifyRequest(webRequest(), verifier, { now: NOW })],
    ['@hookguard/web (Request)', () => web(webRequest())],
    ['@hookguard/cloudflare (Request, env, ctx)', () => worker(webRequest(), {}, {})],
    // Azure's HttpRequest keeps an undici Request inside; a Request has every member the adapter reads.
    ['@hookguard/azure (a Request as HttpRequest)', () => azure(webRequest(), {})],
    ['@hookguard/google-cloud (req.rawBody kept by the host)', async () => {
      const res = nodeResponse();
      await googleCloud(nodeRequest(body), res);
      return res.statusCode === 204;
    }],
    ['Node request stream, body read by hand, no verification', () => readByHand(nodeRequest())],
    ['@hookguard/express (stream read by the middleware, then next())', expressNext],
    ['Hono app.fetch, no middleware', () => plainHono.fetch(webRequest())],
    ['@hookguard/hono (app.fetch with the middleware)', () => verifiedHono.fetch(webRequest())],
    ['Fastify inject, no plugin', () => inject(plainFastify)],
    ['@hookguard/fastify (inject with the plugin)', () => inject(verifiedFastify)],
  ];
}

const passed = (answer) =>
  answer === true || answer?.ok === true || answer?.status === 204 || answer?.statusCode === 204;

async function measure() {
  const list = await cases();
  // A benchmark that gives the wrong verdict measures nothing: check each once first.
  for (const [name, fn] of list) if (!passed(await fn())) throw new Error(`${name} did not pass a valid delivery`);
  for (const [name, fn] of list) bench(name, async () => do_not_optimize(await fn()));
  const results = await run({ format: 'json', print: () => {} });
  const p50 = (name) => results.benchmarks.find((b) => b.alias === name).runs[0].stats.p50;
  return list.map(([name]) => ({ name, microseconds: Number((p50(name) / 1000).toFixed(2)) }));
}

/** In a worker thread of its own, as verify.mjs measures each scheme. */
export function measureHosts() {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url));
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

if (!isMainThread) parentPort.postMessage(await measure());
else if (import.meta.url === `file://${process.argv[1]}`) console.table(await measureHosts());
