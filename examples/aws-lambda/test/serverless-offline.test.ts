// The bundled handlers under serverless-offline (serverless v3): API Gateway
// REST (v1) and HTTP API (v2) events, built by the emulator, not by us.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signTwilio } from '@hookguard/core/sign';
import { COMMAND, discordApp, PING } from '../../support/discord.js';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const KEY = 'lambda-example-key';
const TOKEN = 'lambda-twilio-token';
const DISCORD = discordApp();
// What a custom domain in front of API Gateway would be; the functions are told it in PUBLIC_URL.
const PUBLIC_ORIGIN = 'https://hooks.example.com';
let offline: LocalRuntime;
let base: string;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(root, 'bundle.mjs')]);
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${httpPort}`;
  offline = await startRuntime(join(root, 'node_modules/serverless/bin/serverless.js'), ['offline', 'start'], {
    cwd: root,
    ready: (logs) => logs.includes('Server ready'),
    env: {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'offline',
      AWS_SECRET_ACCESS_KEY: 'offline',
      SLS_TELEMETRY_DISABLED: '1',
      SLS_NOTIFICATIONS_MODE: 'off',
      OFFLINE_HTTP_PORT: String(httpPort),
      OFFLINE_LAMBDA_PORT: String(lambdaPort),
      VERIFICATION_KEY: KEY,
      TWILIO_AUTH_TOKEN: TOKEN,
      PUBLIC_URL: PUBLIC_ORIGIN,
      DISCORD_PUBLIC_KEY: DISCORD.publicKey,
    },
  });
}, 120_000);

afterAll(() => offline?.stop());

const post = (path: string, headers: Record<string, string>, body: string | Uint8Array<ArrayBuffer>) => fetch(base + path, { method: 'POST', headers, body });

describe('API Gateway REST (v1) under serverless-offline', () => {
  it('verifies the shared secret and hands the handler the exact bytes, binary included', async () => {
    const bytes = Uint8Array.from([0, 255, 1, 254, 10]);
    const ok = await post('/dev/rest', { verification_key: KEY, 'content-type': 'application/octet-stream' }, bytes);
    expect(ok.status).toBe(200);
    expect(Buffer.from((await ok.json()).rawBody, 'base64')).toEqual(Buffer.from(bytes));
    const wrong = await post('/dev/rest', { verification_key: 'guess' }, 'x');
    const none = await post('/dev/rest', {}, 'x');
    expect([wrong.status, await wrong.json(), none.status]).toEqual([403, { error: 'invalid_signature' }, 401]);
  });

  it('verifies Twilio against the public URL with its query, whose values REST events decode', async () => {
    // AWS puts the stage in requestContext.path (/dev/twilio); serverless-offline leaves it out, so the
    // public URL this emulator lets the function rebuild is /twilio. A real API keeps the stage.
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: TOKEN, url: `${PUBLIC_ORIGIN}/twilio?lang=en%20US&event=42`, body });
    const ok = await post('/dev/twilio?lang=en%20US&event=42', signed.headers, body);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response><Message>Thanks!</Message></Response>']);
    expect((await post('/dev/twilio?lang=en%20US&event=43', signed.headers, body)).status).toBe(403);
  });
});

describe('API Gateway HTTP API (v2) under serverless-offline', () => {
  it('verifies Twilio against the raw path and query', async () => {
    const body = 'Body=Hi';
    const signed = await signTwilio({ authToken: TOKEN, url: `${PUBLIC_ORIGIN}/twilio?lang=en%20US&event=42`, body });
    expect((await post('/twilio?lang=en%20US&event=42', signed.headers, body)).status).toBe(200);
    expect((await post('/twilio?lang=en%20US', signed.headers, body)).status).toBe(403);
    expect((await post('/twilio?lang=en%20US&event=42', signed.headers, `${body}!`)).status).toBe(403);
  });

  it('runs the middy middleware: refusals end the chain, verified events reach the handler', async () => {
    const ok = await post('/middy', { verification_key: KEY }, '{}');
    expect([ok.status, await ok.json()]).toEqual([200, { api: 'middy', scheme: 'shared-secret' }]);
    const refused = await post('/middy', {}, '{}');
    expect([refused.status, await refused.json()]).toEqual([401, { error: 'missing_credentials' }]);
  });

  it("answers Discord's PING {\"type\":1} before the handler, forgeries 401, and runs the handler for a command", async () => {
    const send = ({ headers, body }: { headers: Record<string, string>; body: string }) => post('/discord', headers, body);
    const pong = await send(DISCORD.interaction(PING));
    // The function answers `application/json`; serverless-offline's server (hapi) appends `; charset=utf-8`.
    expect([pong.status, pong.headers.get('content-type'), await pong.text()]).toEqual([200, 'application/json; charset=utf-8', '{"type":1}']);
    expect((await send(DISCORD.interaction(PING, { forged: true }))).status).toBe(401);
    const command = await send(DISCORD.interaction(COMMAND));
    expect([command.status, await command.json()]).toEqual([418, { handled: 'discord', type: 2 }]);
  });

  it('answers 500 when the secret is not configured, and names it in the log', async () => {
    const response = await post('/unconfigured', { verification_key: '' }, 'x');
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
    expect(offline.logs()).toContain('EXAMPLE_SECRET_NEVER_SET');
  });
});
