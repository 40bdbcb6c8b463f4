// The tests every host example shares: its server started as its own process
// on a loopback port, then the Hasura default, a GitHub HMAC and a Twilio URL
// signature, each genuine and forged, over HTTP by fetch and by the built CLI.
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { runCli } from './cli.js';
import { freePort, type LocalRuntime } from './processes.js';

export interface HostSecrets {
  VERIFICATION_KEY: string;
  GITHUB_WEBHOOK_SECRET: string;
  TWILIO_AUTH_TOKEN: string;
}

export interface HostExample {
  secrets: HostSecrets;
  /** Starts the example's server on `port` with `env` (the secrets, PORT and HOST) added. */
  start(port: number, env: Record<string, string>): Promise<LocalRuntime>;
  /** What the routes answer once verified: /hasura for `body`, /github for an opened pull request. */
  answers: { hasura(body: string): unknown; github: unknown };
  /** How the /github route reads the body it is handed, for the test's title. */
  githubReads: string;
}

export function hostSuite({ secrets, start, answers, githubReads }: HostExample): void {
  let server: LocalRuntime | undefined;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await start(port, { ...secrets, PORT: String(port), HOST: '127.0.0.1' });
  }, 10_000);

  afterAll(async () => {
    await server?.stop();
    expect(server?.running()).toBe(false);
  });

  const post = (path: string, headers: Record<string, string>, body: string) => fetch(base + path, { method: 'POST', headers, body });

  it('/hasura: the right verification_key gets 200; a wrong one 403, none 401', async () => {
    const json = { 'content-type': 'application/json' };
    const body = '{"input":{"name":"ü"}}';
    const ok = await post('/hasura', { ...json, verification_key: secrets.VERIFICATION_KEY }, body);
    expect([ok.status, await ok.json()]).toEqual([200, answers.hasura(body)]);
    const wrong = await post('/hasura', { ...json, verification_key: 'guess' }, body);
    expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
    const missing = await post('/hasura', json, body);
    expect([missing.status, await missing.json()]).toEqual([401, { error: 'missing_credentials' }]);
  });

  it(`/github: a signed delivery reaches the route, which ${githubReads}; a tampered body gets 403`, async () => {
    const body = '{"action":  "opened",\n"number":7}';
    const signed = await signGithub({ secret: secrets.GITHUB_WEBHOOK_SECRET, body });
    const headers = { ...signed.headers, 'content-type': 'application/json', 'x-github-event': 'pull_request' };
    const ok = await post('/github', headers, body);
    expect([ok.status, await ok.json()]).toEqual([200, answers.github]);
    const tampered = await post('/github', headers, body.replace('opened', 'closed'));
    expect(tampered.status).toBe(403);
  });

  it('/twilio: signed for the exact URL it is sent to gets <Response/>; signed for another URL 403', async () => {
    const path = '/twilio?call=42&lang=en%20US';
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: secrets.TWILIO_AUTH_TOKEN, url: base + path, body });
    const ok = await post(path, signed.headers, body);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
    const elsewhere = await signTwilio({ authToken: secrets.TWILIO_AUTH_TOKEN, url: `${base}/twilio?call=43&lang=en%20US`, body });
    expect((await post(path, elsewhere.headers, body)).status).toBe(403);
  });

  it('the hookguard CLI: `send` gets 200 for a signed GitHub delivery and 403 for a tampered one (exit 0 both)', async () => {
    const args = ['send', `${base}/github`, '--scheme', 'github', '--secret', secrets.GITHUB_WEBHOOK_SECRET, '--data', '{"a":1}'];
    const [sent, tampered] = await Promise.all([runCli(args), runCli([...args, '--tamper', 'body'])]);
    expect(sent).toEqual({ code: 0, output: expect.stringContaining('HTTP 200') });
    expect(tampered).toEqual({ code: 0, output: expect.stringContaining('HTTP 403') });
  });
}
