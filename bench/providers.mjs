// Provider presets beside each provider's own SDK: the median cost of checking
// one 1 KiB delivery, valid and forged, with the floor (node:crypto computing
// the same signature check directly). Each provider runs in its own worker
// thread, as in verify.mjs. The clock is pinned, in that worker only, to the
// time the deliveries were signed: some SDKs read Date.now() and allow seconds.
import { createHmac, generateKeyPairSync, sign as signAsymmetric, timingSafeEqual, verify as verifyAsymmetric } from 'node:crypto';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as core from '@hookguard/core';
import { findProvider } from '@hookguard/core/catalog';
import { signRequest } from '@hookguard/core/sign';
import { bench, do_not_optimize, run } from 'mitata';
import { forge, jsonBody, NOW, SECRET, URL_ } from './fixtures.mjs';

const BODY = jsonBody(1024);
const PASSES = ['', ' (pass 2)'];

/** The floor of an HMAC preset: the same HMAC over the same signed bytes, computed and compared with node:crypto. */
const hmacFloor = (algorithm, message, encoding) => {
  const expected = Buffer.from(createHmac(algorithm, SECRET).update(message).digest(encoding));
  return () => timingSafeEqual(Buffer.from(createHmac(algorithm, SECRET).update(message).digest(encoding)), expected);
};

/** Per provider: the delivery, hookguard's verifier, the floor and the SDK's check. Built in the provider's worker. */
async function setup(name) {
  const hmacDelivery = async () => {
    const signed = await signRequest(name, { secret: SECRET, url: URL_, body: BODY, timestamp: NOW });
    return { headers: signed.headers, body: String(signed.body) };
  };
  const verifier = (keys = [SECRET]) => findProvider(name).verifier(keys, URL_);
  switch (name) {
    case 'paddle': {
      const { Paddle } = await import('@paddle/paddle-node-sdk');
      const webhooks = new Paddle('bench-api-key').webhooks; // sets up the SDK's crypto provider
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', `${NOW}:${BODY}`, 'hex'), sdkName: '@paddle/paddle-node-sdk', sdk: (body, h) => webhooks.isSignatureValid(body, SECRET, h['paddle-signature']) };
    }
    case 'sanity': {
      const { isValidSignature } = await import('@sanity/webhook');
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', `${NOW * 1000}.${BODY}`, 'base64url'), sdkName: '@sanity/webhook', sdk: (body, h) => isValidSignature(body, h['sanity-webhook-signature'], SECRET) };
    }
    case 'razorpay': {
      const { default: Razorpay } = await import('razorpay');
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', BODY, 'hex'), sdkName: 'razorpay', sdk: (body, h) => Razorpay.validateWebhookSignature(body, h['x-razorpay-signature'], SECRET) };
    }
    case 'line': {
      const { validateSignature } = await import('@line/bot-sdk');
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', BODY, 'base64'), sdkName: '@line/bot-sdk', sdk: (body, h) => validateSignature(body, SECRET, h['x-line-signature']) };
    }
    case 'coinbase-commerce': {
      const { default: coinbase } = await import('coinbase-commerce-node');
      const d = await hmacDelivery();
      const throwsNot = (fn) => { try { fn(); return true; } catch { return false; } };
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', BODY, 'hex'), sdkName: 'coinbase-commerce-node', sdk: (body, h) => throwsNot(() => coinbase.Webhook.verifySigHeader(body, h['x-cc-webhook-signature'], SECRET)) };
    }
    case 'mux': {
      const { default: Mux } = await import('@mux/mux-node');
      const mux = new Mux({ tokenId: 'bench', tokenSecret: 'bench' });
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', `${NOW}.${BODY}`, 'hex'), sdkName: '@mux/mux-node', sdk: (body, h) => mux.webhooks.verifySignature(body, h, SECRET).then(() => true, () => false) };
    }
    case 'webflow': {
      const { WebflowClient } = await import('webflow-api');
      const client = new WebflowClient({ accessToken: 'bench' });
      const d = await hmacDelivery();
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', `${NOW * 1000}:${BODY}`, 'hex'), sdkName: 'webflow-api', sdk: (body, h) => client.webhooks.verifySignature({ headers: h, body, secret: SECRET }) };
    }
    case 'linear': {
      const { LinearWebhookClient } = await import('@linear/sdk/webhooks');
      const client = new LinearWebhookClient(SECRET);
      const d = await hmacDelivery(); // the body gains its signed webhookTimestamp
      const throwsNot = (fn) => { try { return fn() !== false; } catch { return false; } };
      return { ...d, verifier: verifier(), floor: hmacFloor('sha256', d.body, 'hex'), sdkName: '@linear/sdk', sdk: (body, h) => throwsNot(() => client.verify(Buffer.from(body), h['linear-signature'])) };
    }
    case 'hubspot': {
      const { Signature } = await import('@hubspot/api-client');
      const d = await hmacDelivery();
      const floor = hmacFloor('sha256', `POST${URL_}${BODY}${NOW * 1000}`, 'base64');
      const sdk = (body, h) => Signature.isValid({ signature: h['x-hubspot-signature-v3'], clientSecret: SECRET, requestBody: body, signatureVersion: 'v3', url: URL_, method: 'POST', timestamp: Number(h['x-hubspot-request-timestamp']) });
      return { ...d, verifier: verifier(), floor, sdkName: '@hubspot/api-client', sdk };
    }
    case 'discord': {
      const { verifyKey } = await import('discord-interactions');
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const hexKey = publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex');
      const message = Buffer.from(`${NOW}${BODY}`);
      const signature = signAsymmetric(null, message, privateKey);
      const headers = { 'x-signature-ed25519': signature.toString('hex'), 'x-signature-timestamp': String(NOW) };
      const floor = () => verifyAsymmetric(null, Buffer.from(`${NOW}${BODY}`), publicKey, signature);
      return { headers, body: BODY, verifier: verifier([hexKey]), floor, sdkName: 'discord-interactions', sdk: (body, h) => verifyKey(body, h['x-signature-ed25519'], h['x-signature-timestamp'], hexKey) };
    }
    case 'sendgrid': {
      const { EventWebhook } = await import('@sendgrid/eventwebhook');
      const events = new EventWebhook();
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const base64Key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
      const signature = signAsymmetric('sha256', Buffer.from(`${NOW}${BODY}`), privateKey);
      const headers = { 'x-twilio-email-event-webhook-signature': signature.toString('base64'), 'x-twilio-email-event-webhook-timestamp': String(NOW) };
      const floor = () => verifyAsymmetric('sha256', Buffer.from(`${NOW}${BODY}`), publicKey, signature);
      // The SDK's key object made once, as its docs advise; hookguard caches its own.
      const sdkKey = events.convertPublicKeyToECDSA(base64Key);
      return { headers, body: BODY, verifier: verifier([base64Key]), floor, sdkName: '@sendgrid/eventwebhook', sdk: (body, h) => events.verifySignature(sdkKey, body, h['x-twilio-email-event-webhook-signature'], h['x-twilio-email-event-webhook-timestamp']) };
    }
  }
  throw new Error(`no benchmark for ${name}`);
}

export const BENCHED_PROVIDERS = ['paddle', 'sanity', 'razorpay', 'line', 'coinbase-commerce', 'mux', 'webflow', 'linear', 'hubspot', 'discord', 'sendgrid'];

/** This worker's clock, for the SDKs that read it (`Date.now()` or `new Date()`); mitata times with performance.now(). */
function pinClock(milliseconds) {
  const RealDate = Date;
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [milliseconds]));
    }
    static now = () => milliseconds;
  };
}

/** The signature header of a delivery, to forge: the one the preset reads. */
const signatureHeader = (name) => findProvider(name).preset.signature.header;

async function measureProvider(name) {
  pinClock(NOW * 1000);
  const { headers, body, verifier, floor, sdkName, sdk } = await setup(name);
  const forged = forge(headers, signatureHeader(name));
  const request = (h) => ({ method: 'POST', url: URL_, headers: h, body: Buffer.from(body) });
  const rows = [
    ['floor', true, floor, true],
    ['hookguard', true, () => core.verifyRequest(request(headers), verifier, { now: NOW }), true],
    [sdkName, true, () => sdk(body, headers), true],
    ['hookguard', false, () => core.verifyRequest(request(forged), verifier, { now: NOW }), false],
    [sdkName, false, () => sdk(body, forged), false],
  ];
  const verdictOf = (answer) => (typeof answer === 'object' && answer !== null ? answer.ok : answer);
  for (const [library, valid, fn, expected] of rows) {
    if (verdictOf(await fn()) !== expected) throw new Error(`${library} gave the wrong verdict for ${name} ${valid ? 'valid' : 'forged'}`);
  }
  const label = (library, valid) => `${name} | ${valid ? 'valid' : 'forged'} | ${library}`;
  for (const pass of PASSES) for (const [library, valid, fn] of rows) bench(`${label(library, valid)}${pass}`, async () => do_not_optimize(await fn()));
  const results = await run({ format: 'json', print: () => {} });
  const median = (alias) => Math.min(...PASSES.map((pass) => results.benchmarks.find((b) => b.alias === `${alias}${pass}`).runs[0].stats.p50));
  const floorNs = median(label('floor', true));
  return rows.map(([library, valid]) => {
    const nsPerOp = median(label(library, valid));
    return { provider: name, size: '1 KiB', valid, library, nsPerOp: Math.round(nsPerOp), ratioToFloor: Number((nsPerOp / floorNs).toFixed(2)) };
  });
}

/** Every benched provider, each in its own worker thread. */
export async function measureProviders(names = BENCHED_PROVIDERS) {
  const rows = [];
  for (const name of names) rows.push(...(await inWorker(name)));
  return rows;
}

function inWorker(name) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { name } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker for ${name} exited (${code}) without results`)));
  });
}

if (!isMainThread) parentPort.postMessage(await measureProvider(workerData.name));

if (isMainThread && import.meta.url === `file://${process.argv[1]}`) console.table(await measureProviders(process.argv.slice(2).length ? process.argv.slice(2) : undefined));
