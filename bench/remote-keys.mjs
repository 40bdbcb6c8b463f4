// What fetched keys cost: the first request of a cold process (one fetch of the
// key set or certificate, from a local key host standing in for the sender's),
// then warm requests (none). Each verifier runs in a fresh worker thread, so its
// module-scope cache starts empty as after a cold start.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { verifyRequest } from '@hookguard/core';
import { jwks, sns } from '@hookguard/remote-keys';
import { exportJWK, importPKCS8, SignJWT } from 'jose';

const here = new URL('.', import.meta.url).pathname;
const CERT = readFileSync(`${here}../packages/remote-keys/test/fixtures/sns-cert.pem`, 'utf8');
const KEY = readFileSync(`${here}../packages/remote-keys/test/fixtures/sns-key.pem`, 'utf8');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const NOW = Math.floor(Date.now() / 1000);
const WARM_RUNS = 2000;

/** A local server answering every path with `body`; `fetch` sends the sender's https URLs to it. */
async function keyHost(body) {
  const server = createServer((_req, res) => res.end(body));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const fetchLocal = (url, init) => fetch(`http://127.0.0.1:${port}${new URL(url).pathname}`, init);
  return { fetch: fetchLocal, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function snsCase() {
  const host = await keyHost(CERT);
  const fields = { Message: 'hello', MessageId: 'm1', Timestamp: new Date().toISOString(), TopicArn: TOPIC, Type: 'Notification' };
  const canonical = Object.entries(fields).map(([k, v]) => `${k}\n${v}\n`).join('');
  const body = JSON.stringify({ ...fields, SignatureVersion: '2', Signature: createSign('RSA-SHA256').update(canonical).sign(KEY, 'base64'), SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-1.pem' });
  return { host, verifier: sns({ topicArns: [TOPIC], fetch: host.fetch }), request: () => ({ method: 'POST', url: 'https://h/sns', headers: {}, body }) };
}

async function jwksCase() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
  const host = await keyHost(JSON.stringify({ keys: [jwk] }));
  const signingKey = await importPKCS8(privateKey.export({ type: 'pkcs8', format: 'pem' }), 'RS256');
  const token = await new SignJWT({ iss: 'https://issuer.example', aud: 'hooks' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuedAt(NOW).setExpirationTime(NOW + 3600).sign(signingKey);
  const verifier = jwks({ url: 'https://issuer.example/jwks.json', issuer: 'https://issuer.example', audience: 'hooks', fetch: host.fetch });
  return { host, verifier, request: () => ({ method: 'POST', url: 'https://h/hook', headers: { authorization: `Bearer ${token}` }, body: '{}' }) };
}

async function measure(name) {
  const { host, verifier, request } = await (name === 'sns' ? snsCase() : jwksCase());
  const started = performance.now();
  const first = await verifyRequest(request(), verifier);
  const firstMs = performance.now() - started;
  if (!first.ok) throw new Error(`${name}: the first request was refused (${first.error.code})`);
  const times = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const t = performance.now();
    await verifyRequest(request(), verifier);
    times.push(performance.now() - t);
  }
  await host.close();
  times.sort((a, b) => a - b);
  return { scheme: name, firstRequestMs: Number(firstMs.toFixed(2)), warmMedianUs: Number((times[times.length >> 1] * 1000).toFixed(1)) };
}

export async function measureRemoteKeys() {
  const rows = [];
  for (const name of ['sns', 'jwks']) {
    rows.push(await new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { name } });
      worker.once('message', resolve);
      worker.once('error', reject);
    }));
  }
  return rows;
}

if (!isMainThread) parentPort.postMessage(await measure(workerData.name));
if (isMainThread && import.meta.url === `file://${process.argv[1]}`) console.table(await measureRemoteKeys());
