// The functions under `netlify functions:serve --offline` (netlify-cli), v1 and
// v2, sent signed, forged, unsigned and misdirected requests on a loopback port.
import { join } from 'node:path';
import { signTwilio } from '@hookguard/core/sign';
import { COMMAND, discordApp, PING } from '../../support/discord.js';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const KEY = 'netlify-example-key';
const TOKEN = 'netlify-twilio-token';
const DISCORD = discordApp();
let server: LocalRuntime;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const cli = join(root, 'node_modules/netlify-cli/bin/run.js');
  server = await startRuntime(cli, ['functions:serve', '--offline', '-f', 'netlify/functions', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, VERIFICATION_KEY: KEY, TWILIO_AUTH_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: DISCORD.publicKey, NETLIFY_TELEMETRY_DISABLED: '1' },
    // Functions are found once the server answers something other than "Function not found" (404).
    ready: () => fetch(`${base}/.netlify/functions/hasura-v1`, { method: 'POST' }).then((r) => r.status !== 404, () => false),
  });
}, 120_000);

afterAll(() => server?.stop());

const post = (path: string, headers: Record<string, string>, body: string | Uint8Array<ArrayBuffer>) => fetch(base + path, { method: 'POST', headers, body });

describe('Netlify v1 functions', () => {
  it('verify a binary body that arrives base64-encoded, byte for byte', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 253, 254, 255, 10, 13]);
    const ok = await post('/.netlify/functions/hasura-v1', { verification_key: KEY, 'content-type': 'application/octet-stream' }, bytes);
    expect(ok.status).toBe(200);
    expect(Buffer.from((await ok.json()).rawBody, 'base64')).toEqual(Buffer.from(bytes));
    const wrong = await post('/.netlify/functions/hasura-v1', { verification_key: 'guess' }, bytes);
    const none = await post('/.netlify/functions/hasura-v1', {}, bytes);
    expect([wrong.status, await wrong.json(), none.status]).toEqual([403, { error: 'invalid_signature' }, 401]);
  });

  it('verify Twilio against rawUrl, query included', async () => {
    const path = '/.netlify/functions/twilio-v1?b=2&a=%20x&a=1';
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: TOKEN, url: base + path, body });
    const ok = await post(path, signed.headers, body);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response/>']);
    expect((await post(path.replace('b=2', 'b=3'), signed.headers, body)).status).toBe(403);
    expect((await post(path, {}, body)).status).toBe(401);
  });
});

describe('Netlify v2 functions', () => {
  it('verify the shared secret and hand the handler a readable request', async () => {
    const ok = await post('/api/hasura', { verification_key: KEY }, 'v2 body');
    expect([ok.status, await ok.json()]).toEqual([200, { hello: 'v2', body: 'v2 body', scheme: 'shared-secret' }]);
    expect((await post('/api/hasura', { verification_key: 'guess' }, 'v2 body')).status).toBe(403);
  });

  it('verify Twilio against req.url, query included', async () => {
    const path = '/api/twilio?lang=en%20US&event=42';
    const body = 'Body=Hi';
    const signed = await signTwilio({ authToken: TOKEN, url: base + path, body });
    expect((await post(path, signed.headers, body)).status).toBe(200);
    expect((await post('/api/twilio?lang=en%20US&event=43', signed.headers, body)).status).toBe(403);
  });

  it("answer Discord's PING {\"type\":1} before the handler, forgeries 401, and run the handler for a command", async () => {
    const send = ({ headers, body }: { headers: Record<string, string>; body: string }) => post('/api/discord', headers, body);
    const pong = await send(DISCORD.interaction(PING));
    expect([pong.status, pong.headers.get('content-type'), await pong.text()]).toEqual([200, 'application/json', '{"type":1}']);
    expect((await send(DISCORD.interaction(PING, { forged: true }))).status).toBe(401);
    const command = await send(DISCORD.interaction(COMMAND));
    expect([command.status, await command.json()]).toEqual([418, { handled: 'discord', type: 2 }]);
  });

  it('answer 500 when the secret is not configured, and name it in the log', async () => {
    const response = await post('/api/unconfigured', { verification_key: '' }, 'x');
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
    expect(server.logs()).toContain('EXAMPLE_SECRET_NEVER_SET');
  });
});
