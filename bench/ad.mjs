import { createHmac } from 'node:crypto';
import { github, verifyRequest } from '@hookguard/core';
import { withVerification } from '@hookguard/aws-lambda';
const SECRET = 's';
const body = 'x'.repeat(1024);
const sig = 'sha256=' + createHmac('sha256', SECRET).update(body).digest('hex');
const headers = { 'x-hub-signature-256': sig, 'content-type': 'application/json', 'user-agent': 'GitHub-Hookshot/1', 'x-github-delivery': 'd', 'x-github-event': 'push', accept: '*/*', host: 'a.lambda-url.us-east-1.on.aws', 'x-forwarded-proto': 'https', 'x-forwarded-for': '1.2.3.4', 'x-amzn-trace-id': 't' };
const event = { version: '2.0', rawPath: '/hook', rawQueryString: '', headers, requestContext: { domainName: 'a.lambda-url.us-east-1.on.aws', http: { method: 'POST' } }, body, isBase64Encoded: false };
const v = github({ secret: SECRET });
const h = withVerification(async () => ({ statusCode: 204 }), { verifier: v });
const plain = { method: 'POST', url: 'https://a.lambda-url.us-east-1.on.aws/hook', headers, body: Buffer.from(body) };
const N = 200000;
async function t(name, fn) { for (let r = 0; r < 3; r++) { const s = process.hrtime.bigint(); for (let i = 0; i < N; i++) await fn(); if (r == 2) console.log(name.padEnd(30), (Number(process.hrtime.bigint() - s) / N).toFixed(0)); } }
await t('verifyRequest(plain)', () => verifyRequest(plain, v));
await t('aws adapter', () => h(event));
if (process.env.ONLY) for (let i = 0; i < 600000; i++) await h(event);
