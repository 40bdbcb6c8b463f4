// The real functions-framework CLI, one process per function as Cloud Functions
// deploys them (`functions-framework --target=<name> --port=<port>`), sent signed,
// forged, unsigned and misdirected requests over HTTP, by fetch and by the built
// hookguard CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { runCli } from '../../support/cli.js';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
// What node_modules/.bin/functions-framework runs: the package's `bin`, started with this Node.
const framework = join(root, 'node_modules/@google-cloud/functions-framework');
const cli = join(framework, JSON.parse(readFileSync(join(framework, 'package.json'), 'utf8')).bin['functions-framework']);
const SECRETS = { VERIFICATION_KEY: 'hasura-gcf-key', GITHUB_WEBHOOK_SECRET: 'github-gcf-secret', TWILIO_AUTH_TOKEN: 'twilio-gcf-token' };
const TARGETS = ['hasura', 'github', 'twilio'] as const;

const functions: LocalRuntime[] = [];
const url: Record<(typeof TARGETS)[number], string> = { hasura: '', github: '', twilio: '' };

beforeAll(async () => {
  await Promise.all(
    TARGETS.map(async (target) => {
      const port = await freePort();
      url[target] = `http://127.0.0.1:${port}/`;
      // The framework prints this once it listens (unless NODE_ENV is production).
      const ready = (logs: string) => logs.includes('Serving function...');
      const env = { ...process.env, ...SECRETS, NODE_ENV: 'test' };
      functions.push(await startRuntime(cli, [`--target=${target}`, `--port=${port}`], { cwd: root, env, ready, timeoutMs: 8_000 }));
    }),
  );
});

afterAll(async () => {
  await Promise.all(functions.map((fn) => fn.stop()));
  expect(functions.map((fn) => fn.running())).toEqual([false, false, false]);
});

const post = (target: string, headers: Record<string, string>, body: string) => fetch(target, { method: 'POST', headers, body });

it('hasura: the right key gets 200, a wrong one 403, none 401', async () => {
  const json = { 'content-type': 'application/json' };
  const body = '{"input":{"name":"ada"}}';
  const ok = await post(url.hasura, { ...json, verification_key: SECRETS.VERIFICATION_KEY }, body);
  expect([ok.status, await ok.json()]).toEqual([200, { hello: 'ada' }]);
  const wrong = await post(url.hasura, { ...json, verification_key: 'guess' }, body);
  expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
  const missing = await post(url.hasura, json, body);
  expect([missing.status, await missing.json()]).toEqual([401, { error: 'missing_credentials' }]);
});

it('github: a signed delivery reaches the function with req.body parsed by the framework; a tampered one gets 403', async () => {
  const body = '{"action":"opened","number":7}';
  const { headers } = await signGithub({ secret: SECRETS.GITHUB_WEBHOOK_SECRET, body });
  const ok = await post(url.github, { ...headers, 'content-type': 'application/json' }, body);
  expect([ok.status, await ok.json()]).toEqual([200, { action: 'opened' }]);
  const tampered = await post(url.github, { ...headers, 'content-type': 'application/json' }, body.replace('opened', 'closed'));
  expect(tampered.status).toBe(403);
});

it('twilio: signed for the URL it is sent to gets <Response/>; signed for another URL gets 403', async () => {
  const target = `${url.twilio}?call=42&lang=en%20US`;
  const body = 'Body=Rated+5&From=%2B15550001111';
  const signed = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url: target, body });
  const ok = await post(target, signed.headers, body);
  expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
  const elsewhere = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url: target.replace('call=42', 'call=43'), body });
  expect((await post(target, elsewhere.headers, body)).status).toBe(403);
});

it('the hookguard CLI: `send` gets 200 for a signed GitHub delivery and a refusal for a tampered one (exit 0 both)', async () => {
  const args = ['send', url.github, '--scheme', 'github', '--secret', SECRETS.GITHUB_WEBHOOK_SECRET, '--data', '{"a":1}'];
  const [sent, tampered] = await Promise.all([runCli(args), runCli([...args, '--tamper', 'body'])]);
  expect(sent).toEqual({ code: 0, output: expect.stringContaining('HTTP 200') });
  expect(tampered).toEqual({ code: 0, output: expect.stringContaining('HTTP 403') });
});
