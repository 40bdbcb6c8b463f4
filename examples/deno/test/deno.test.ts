// server.ts on the real Deno binary (Deno.serve), on a free loopback port: signed
// requests reach the handlers, forged, unsigned and misdirected ones never do.
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { denoBinary } from '../../support/deno.js';
import { freePort, startProcess, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const deno = denoBinary(root);
const cli = join(root, '../../packages/cli/dist/esm/bin.js');

const KEY = 'hasura-example-key';
const GITHUB_SECRET = 'github-example-secret';
const TWILIO_TOKEN = 'twilio-example-token';

let server: LocalRuntime;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // No network beyond loopback, and only these variables: the same command as in the README.
  const allowEnv = '--allow-env=PORT,HOST,VERIFICATION_KEY,GITHUB_WEBHOOK_SECRET,TWILIO_AUTH_TOKEN';
  server = await startProcess(deno, ['run', '--allow-net=127.0.0.1', allowEnv, 'server.ts'], {
    cwd: root,
    // Only what the server needs: no proxy or registry settings reach it.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', PORT: String(port), VERIFICATION_KEY: KEY, GITHUB_WEBHOOK_SECRET: GITHUB_SECRET, TWILIO_AUTH_TOKEN: TWILIO_TOKEN },
    ready: () => fetch(base).then(() => true, () => false),
    timeoutMs: 8_000,
  });
}, 10_000);

afterAll(async () => {
  await server?.stop();
  expect(server?.running()).toBe(false);
});

const post = (path: string, headers: Record<string, string>, body: string) => fetch(`${base}${path}`, { method: 'POST', headers, body });

it('/hasura: the right verification_key gets 200; a wrong one 403, none 401', async () => {
  const body = '{"input":{"name":"ü"}}';
  const ok = await post('/hasura', { verification_key: KEY, 'content-type': 'application/json' }, body);
  expect([ok.status, await ok.json()]).toEqual([200, { hello: 'hasura', body }]);
  const wrong = await post('/hasura', { verification_key: 'guess' }, body);
  expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
  const none = await post('/hasura', {}, body);
  expect([none.status, await none.json()]).toEqual([401, { error: 'missing_credentials' }]);
});

it('/github: a signed delivery reaches the handler, which still parses the body; a tampered body gets 403', async () => {
  const body = '{"action":  "opened",\n"number":1}';
  const signed = await signGithub({ secret: GITHUB_SECRET, body });
  const headers = { ...signed.headers, 'content-type': 'application/json', 'x-github-event': 'pull_request' };
  const ok = await post('/github', headers, body);
  expect([ok.status, await ok.json()]).toEqual([200, { event: 'pull_request', action: 'opened' }]);
  const tampered = await post('/github', { ...headers, 'x-github-delivery': 'another-id' }, body.replace('opened', 'closed'));
  expect(tampered.status).toBe(403);
});

it('/twilio: signed for the exact URL it is sent to gets <Response/>; signed for another URL 403', async () => {
  const url = `${base}/twilio?event=42&lang=en%20US`;
  const body = 'Body=Rated+5&From=%2B15550001111';
  const signed = await signTwilio({ authToken: TWILIO_TOKEN, url, body });
  const ok = await fetch(url, { method: 'POST', headers: signed.headers, body });
  expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
  const elsewhere = await signTwilio({ authToken: TWILIO_TOKEN, url: url.replace('event=42', 'event=43'), body });
  const misdirected = await fetch(url, { method: 'POST', headers: elsewhere.headers, body });
  expect(misdirected.status).toBe(403);
});

it('hookguard send (the built CLI): a signed delivery is accepted, a tampered one refused', async () => {
  const send = (...extra: string[]) =>
    promisify(execFile)(process.execPath, [cli, 'send', `${base}/github`, '--scheme', 'github', '--secret', GITHUB_SECRET, '--data', '{"a":1}', ...extra]);
  // execFile rejects on a non-zero exit, with the CLI's output in the error.
  await expect(send()).resolves.toMatchObject({ stdout: expect.stringContaining('200') });
  await expect(send('--tamper', 'body')).resolves.toMatchObject({ stdout: expect.stringContaining('403') });
});
