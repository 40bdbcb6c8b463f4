// The Worker under the real `wrangler dev` (local mode: workerd on a loopback
// port, offline, no telemetry), its secrets given as bindings from a temporary
// env file, never committed: signed requests reach the handlers, forged,
// unsigned and misdirected ones never do, and a Worker without its bindings
// refuses everything with 500. Then the built `hookguard send` CLI against it.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const WRANGLER = join(root, 'node_modules/wrangler/bin/wrangler.js');
const CLI = join(root, '../../packages/cli/dist/esm/bin.js');

const KEY = 'cloudflare-example-key';
const GITHUB_SECRET = 'cloudflare-github-secret';
const TWILIO_TOKEN = 'cloudflare-twilio-token';

const temp = mkdtempSync(join(tmpdir(), 'hookguard-cloudflare-'));

interface Worker {
  runtime: LocalRuntime;
  base: string;
}

/**
 * `wrangler dev` with exactly these bindings: `--env-file` replaces `.dev.vars`
 * and `.env` (a developer's own files in the folder are not read), so an empty
 * file means no bindings at all.
 */
async function wranglerDev(name: string, bindings: Record<string, string>): Promise<Worker> {
  const [port, inspector] = [await freePort(), await freePort()];
  const base = `http://127.0.0.1:${port}`;
  const envFile = join(temp, `${name}.env`);
  writeFileSync(envFile, Object.entries(bindings).map(([key, value]) => `${key}=${value}\n`).join(''));
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-ip', '127.0.0.1', '--inspector-port', String(inspector), '--env-file', envFile, '--persist-to', join(temp, `${name}-state`), '--show-interactive-dev-session=false'];
  const runtime = await startRuntime(WRANGLER, args, {
    cwd: root,
    env: {
      ...process.env,
      CLOUDFLARE_CF_FETCH_ENABLED: 'false', // no request.cf lookup at workers.cloudflare.com
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_SEND_ERROR_REPORTS: 'false',
      WRANGLER_LOG_PATH: join(temp, `${name}-logs`),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    // Ready once the Worker itself answers: its own 404 for an unknown path.
    ready: (logs) =>
      logs.includes('Ready on') &&
      fetch(`${base}/ready`, { signal: AbortSignal.timeout(2000) }).then(
        async (r) => r.status === 404 && (await r.text()).includes('not_found'),
        () => false,
      ),
    timeoutMs: 30_000,
  });
  return { runtime, base };
}

let worker: Worker;
let bare: Worker;
beforeAll(async () => {
  // Both at once; if one fails to start, the other is stopped too, so nothing keeps jest waiting.
  const started = await Promise.allSettled([
    wranglerDev('configured', { VERIFICATION_KEY: KEY, GITHUB_WEBHOOK_SECRET: GITHUB_SECRET, TWILIO_AUTH_TOKEN: TWILIO_TOKEN }),
    wranglerDev('bare', {}),
  ]);
  const failed = started.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((outcome) => outcome.status === 'fulfilled' && outcome.value.runtime.stop()));
    throw failed.reason;
  }
  [worker, bare] = started.map((outcome) => (outcome as PromiseFulfilledResult<Worker>).value) as [Worker, Worker];
}, 40_000);

afterAll(async () => {
  await Promise.all([worker?.runtime.stop(), bare?.runtime.stop()]);
  rmSync(temp, { recursive: true, force: true });
});

const post = (url: string, headers: Record<string, string>, body: string) => fetch(url, { method: 'POST', headers, body });

describe('wrangler dev (local mode)', () => {
  it('/hasura: header verification_key must equal the VERIFICATION_KEY binding', async () => {
    const body = '{"input":{"name":"ü"},"action":{"name":"hello"}}';
    const ok = await post(`${worker.base}/hasura`, { verification_key: KEY, 'content-type': 'application/json' }, body);
    expect([ok.status, await ok.json()]).toEqual([200, { hello: 'hasura', body }]);
    const wrong = await post(`${worker.base}/hasura`, { verification_key: 'guess' }, body);
    expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
    const none = await post(`${worker.base}/hasura`, {}, body);
    expect([none.status, await none.json()]).toEqual([401, { error: 'missing_credentials' }]);
  });

  it('/github: a signed delivery reaches the handler, which parses the body; a tampered one does not', async () => {
    const body = '{"action":"opened","number":7}';
    const { headers } = await signGithub({ secret: GITHUB_SECRET, body });
    const ok = await post(`${worker.base}/github`, headers, body);
    expect([ok.status, await ok.json()]).toEqual([200, { received: 'opened' }]);
    const tampered = await post(`${worker.base}/github`, headers, body.replace('opened', 'closed'));
    expect([tampered.status, await tampered.json()]).toEqual([403, { error: 'invalid_signature' }]);
    const forged = await signGithub({ secret: 'not-the-secret', body });
    expect((await post(`${worker.base}/github`, forged.headers, body)).status).toBe(403);
  });

  it('/github-once: a delivery is accepted once, its replay refused 409 by the Durable Object store', async () => {
    const body = '{"action":"opened","once":true}';
    const { headers } = await signGithub({ secret: GITHUB_SECRET, body });
    expect((await post(`${worker.base}/github-once`, headers, body)).status).toBe(200);
    expect((await post(`${worker.base}/github-once`, headers, body)).status).toBe(409);
    const other = '{"action":"opened","once":"another"}';
    expect((await post(`${worker.base}/github-once`, (await signGithub({ secret: GITHUB_SECRET, body: other })).headers, other)).status).toBe(200);
  });

  it('/twilio: signed for the exact URL it is sent to (query included) passes; signed for another URL does not', async () => {
    const url = `${worker.base}/twilio?event=42&lang=en%20US`;
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: TWILIO_TOKEN, url, body });
    const ok = await post(url, signed.headers, body);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
    const elsewhere = await signTwilio({ authToken: TWILIO_TOKEN, url: url.replace('event=42', 'event=43'), body });
    expect((await post(url, elsewhere.headers, body)).status).toBe(403);
    expect((await post(url, signed.headers, body.replace('5', '1'))).status).toBe(403);
    expect((await post(url, {}, body)).status).toBe(401);
  });

  it('without its bindings, every route refuses with 500 misconfigured, even a correctly signed request', async () => {
    const body = '{"action":"opened"}';
    const { headers } = await signGithub({ secret: GITHUB_SECRET, body });
    for (const [path, sent] of [['/hasura', { verification_key: KEY }], ['/github', headers], ['/twilio', {}]] as const) {
      const response = await post(`${bare.base}${path}`, sent, body);
      expect([path, response.status, await response.json()]).toEqual([path, 500, { error: 'misconfigured' }]);
    }
    // The Worker's console reaches wrangler's output a moment after the response.
    for (let waited = 0; !bare.runtime.logs().includes('GITHUB_WEBHOOK_SECRET') && waited < 3000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(bare.runtime.logs()).toMatch(/\[hookguard\] github: environment variable GITHUB_WEBHOOK_SECRET is not set/);
  });
});

/** Runs the built CLI; resolves with its exit code and output. */
const hookguard = (args: string[]) =>
  new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 15_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    );
  });

describe('hookguard send (the built CLI) against the Worker', () => {
  it('a signed GitHub delivery is accepted: exit 0', async () => {
    const result = await hookguard(['send', `${worker.base}/github`, '--scheme', 'github', '--secret', GITHUB_SECRET, '--data', '{"a":1}']);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('HTTP 200') });
  });

  it('a tampered body is refused, as expected: exit 0', async () => {
    const result = await hookguard(['send', `${worker.base}/github`, '--scheme', 'github', '--secret', GITHUB_SECRET, '--data', '{"a":1}', '--tamper', 'body']);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('HTTP 403') });
  });

  it('Twilio: signed for the URL it is sent to is accepted, --tamper url refused: exit 0 both times', async () => {
    const url = `${worker.base}/twilio?lang=en%20US`;
    expect((await hookguard(['send', url, '--scheme', 'twilio', '--secret', TWILIO_TOKEN, '--data', 'Body=Hi'])).code).toBe(0);
    expect((await hookguard(['send', url, '--scheme', 'twilio', '--secret', TWILIO_TOKEN, '--data', 'Body=Hi', '--tamper', 'url'])).code).toBe(0);
  });
});

describe('stopping', () => {
  it('leaves no wrangler, workerd or esbuild process behind', async () => {
    await Promise.all([worker.runtime.stop(), bare.runtime.stop()]);
    expect([worker.runtime.running(), bare.runtime.running()]).toEqual([false, false]);
  });
});
