// `node server.js` started as its own process on a loopback port, sent signed,
// forged, unsigned and misdirected deliveries over HTTP, by fetch and by the
// built hookguard CLI.
import { join } from 'node:path';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { runCli } from '../../support/cli.js';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const SECRETS = { VERIFICATION_KEY: 'hasura-express-key', GITHUB_WEBHOOK_SECRET: 'github-express-secret', TWILIO_AUTH_TOKEN: 'twilio-express-token' };

let server: LocalRuntime;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startRuntime(join(root, 'server.js'), [], {
    cwd: root,
    env: { ...process.env, ...SECRETS, PORT: String(port), HOST: '127.0.0.1' },
    ready: (logs) => logs.includes('listening on'),
    timeoutMs: 8_000,
  });
});

afterAll(async () => {
  await server?.stop();
  expect(server?.running()).toBe(false);
});

const post = (path: string, headers: Record<string, string>, body: string) => fetch(base + path, { method: 'POST', headers, body });

it('/hasura: the right key gets 200, a wrong one 403, none 401', async () => {
  const json = { 'content-type': 'application/json' };
  const body = '{"input":{"name":"ada"}}';
  const ok = await post('/hasura', { ...json, verification_key: SECRETS.VERIFICATION_KEY }, body);
  expect([ok.status, await ok.json()]).toEqual([200, { hello: 'ada' }]);
  const wrong = await post('/hasura', { ...json, verification_key: 'guess' }, body);
  expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
  const missing = await post('/hasura', json, body);
  expect([missing.status, await missing.json()]).toEqual([401, { error: 'missing_credentials' }]);
});

it('/github: a signed delivery reaches the route with req.body parsed by express.json(); a tampered one gets 403', async () => {
  const body = '{"action":"opened","number":7}';
  const { headers } = await signGithub({ secret: SECRETS.GITHUB_WEBHOOK_SECRET, body });
  const ok = await post('/github', { ...headers, 'content-type': 'application/json' }, body);
  expect([ok.status, await ok.json()]).toEqual([200, { action: 'opened' }]);
  const tampered = await post('/github', { ...headers, 'content-type': 'application/json' }, body.replace('opened', 'closed'));
  expect(tampered.status).toBe(403);
});

it('/twilio: signed for the URL it is sent to gets <Response/>; signed for another URL gets 403', async () => {
  const path = '/twilio?call=42&lang=en%20US';
  const body = 'Body=Rated+5&From=%2B15550001111';
  const signed = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url: base + path, body });
  const ok = await post(path, signed.headers, body);
  expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
  const elsewhere = await signTwilio({ authToken: SECRETS.TWILIO_AUTH_TOKEN, url: `${base}/twilio?call=43&lang=en%20US`, body });
  expect((await post(path, elsewhere.headers, body)).status).toBe(403);
});

it('the hookguard CLI: `send` gets 200 for a signed GitHub delivery and a refusal for a tampered one (exit 0 both)', async () => {
  const args = ['send', `${base}/github`, '--scheme', 'github', '--secret', SECRETS.GITHUB_WEBHOOK_SECRET, '--data', '{"a":1}'];
  const [sent, tampered] = await Promise.all([runCli(args), runCli([...args, '--tamper', 'body'])]);
  expect(sent).toEqual({ code: 0, output: expect.stringContaining('HTTP 200') });
  expect(tampered).toEqual({ code: 0, output: expect.stringContaining('HTTP 403') });
});
