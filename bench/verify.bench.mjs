// Median cost of one verifyRequest of a valid 1 KiB body, per scheme, beside the
// floor: the same HMAC computed and compared with node:crypto directly, in the
// same run. The full benchmark (sizes, peers, adapters, bundles) is bench's job
// to grow into; this is the per-scheme ratio the core issue asks for.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  autify, basicAuth, bearerToken, github, hmac, qstash, querySecret, sharedSecret, shopify, slack, standardWebhooks, stripe, twilio,
  verifyRequest,
} from '@hookguard/core';
import { bench, do_not_optimize, run, summary } from 'mitata';

const SECRET = 'bench-secret-0123456789';
const body = Buffer.from(JSON.stringify({ data: 'x'.repeat(1024 - 11) })).subarray(0, 1024);
const url = 'https://bench.example.com/api/hook?x=1';
const now = Math.floor(Date.now() / 1000);
const hmacOf = (algorithm, data) => createHmac(algorithm, SECRET).update(data).digest();

const sha1 = hmacOf('sha1', body);
const sha256 = hmacOf('sha256', body);
const form = `Body=${'x'.repeat(1019)}`.slice(0, 1024);
const twilioSignature = hmacOf('sha1', url + [...new URLSearchParams(form)].map(([k, v]) => k + v).join('')).toString('base64');
const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
const claims = { iss: 'Upstash', sub: url, iat: now, nbf: now, exp: now + 300, jti: 'm', body: createHash('sha256').update(body).digest('base64url') };
const signingInput = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}`;
const qstashToken = `${signingInput}.${hmacOf('sha256', signingInput).toString('base64url')}`;

const whsec = `whsec_${Buffer.from(SECRET).toString('base64')}`;
const svixSignature = createHmac('sha256', Buffer.from(SECRET)).update(`msg_1.${now}.`).update(body).digest('base64');

const request = (headers, payload = body, target = url) => ({ method: 'POST', url: target, headers: { 'content-type': 'application/json', ...headers }, body: payload });
const cases = [
  ['shared secret', sharedSecret({ secret: SECRET }), request({ verification_key: SECRET }), 'sha256'],
  ['query secret', querySecret({ secret: SECRET }), request({}, body, `${url}&secret=${SECRET}`), 'sha256'],
  ['bearer', bearerToken({ token: SECRET }), request({ authorization: `Bearer ${SECRET}` }), 'sha256'],
  ['basic', basicAuth({ username: 'u', password: SECRET }), request({ authorization: `Basic ${Buffer.from(`u:${SECRET}`).toString('base64')}` }), 'sha256'],
  ['hmac sha256', hmac({ header: 'x-sig', algorithm: 'sha256', encoding: 'hex', prefix: 'sha256=', secret: SECRET }), request({ 'x-sig': `sha256=${sha256.toString('hex')}` }), 'sha256'],
  ['autify (sha1)', autify({ secret: SECRET }), request({ 'x-autify-signature': `sha1=${sha1.toString('hex')}` }), 'sha1'],
  ['twilio', twilio({ authToken: SECRET }), { ...request({ 'x-twilio-signature': twilioSignature }, form), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature } }, 'sha1'],
  ['qstash', qstash({ currentSigningKey: SECRET, nextSigningKey: 'next' }), request({ 'upstash-signature': qstashToken }), 'sha256'],
  ['github', github({ secret: SECRET }), request({ 'x-hub-signature-256': `sha256=${sha256.toString('hex')}` }), 'sha256'],
  ['shopify', shopify({ secret: SECRET }), request({ 'x-shopify-hmac-sha256': sha256.toString('base64') }), 'sha256'],
  ['stripe', stripe({ secret: SECRET }), request({ 'stripe-signature': `t=${now},v1=${hmacOf('sha256', Buffer.concat([Buffer.from(`${now}.`), body])).toString('hex')}` }), 'sha256'],
  ['slack', slack({ signingSecret: SECRET }), request({ 'x-slack-request-timestamp': String(now), 'x-slack-signature': `v0=${hmacOf('sha256', Buffer.concat([Buffer.from(`v0:${now}:`), body])).toString('hex')}` }), 'sha256'],
  ['std webhooks', standardWebhooks({ secret: whsec }), request({ 'webhook-id': 'msg_1', 'webhook-timestamp': String(now), 'webhook-signature': `v1,${svixSignature}` }), 'sha256'],
];

for (const [name, verifier, req] of cases) {
  const result = await verifyRequest(req, verifier, { now });
  if (!result.ok) throw new Error(`${name} did not verify: ${result.error.message}`);
}

const floors = {
  sha1: () => do_not_optimize(timingSafeEqual(hmacOf('sha1', body), sha1)),
  sha256: () => do_not_optimize(timingSafeEqual(hmacOf('sha256', body), sha256)),
};
summary(() => {
  bench('floor: node:crypto HMAC-SHA256 + timingSafeEqual', floors.sha256);
  bench('floor: node:crypto HMAC-SHA1 + timingSafeEqual', floors.sha1);
  for (const [name, verifier, req] of cases) bench(`hookguard ${name}`, async () => do_not_optimize(await verifyRequest(req, verifier, { now })));
});

const json = process.argv.includes('--json');
const results = await run({ format: json ? 'json' : 'mitata', print: json ? () => {} : console.log });
const median = (name) => results.benchmarks.find((b) => b.alias === name).runs[0].stats.p50;
console.log('\nRatio of median verify time to the floor of the same algorithm, 1 KiB body:');
for (const [name, , , algorithm] of cases) {
  const floor = median(`floor: node:crypto HMAC-${algorithm.toUpperCase()} + timingSafeEqual`);
  const ns = median(`hookguard ${name}`);
  console.log(`  ${name.padEnd(14)} ${ns.toFixed(0).padStart(6)} ns  ${(ns / floor).toFixed(2)}x`);
}
