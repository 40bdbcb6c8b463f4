// Each function under @vercel/node's startDevServer, the engine of `vercel dev`,
// with its request helpers on and off: signed requests reach the handler with
// their exact bytes; forged, unsigned and misdirected ones never do.
import { signTwilio } from '@hookguard/core/sign';
import * as vercelNode from '@vercel/node';
import { join } from 'node:path';
import { COMMAND, discordApp, PING } from '../../support/discord.js';

const root = join(__dirname, '..');

const KEY = 'hasura-example-key';
const TWILIO_TOKEN = 'twilio-example-token';
const DISCORD = discordApp();

interface Server {
  port: number;
  shutdown(): Promise<void>;
}

// The dev server behind `vercel dev`; exported at run time, absent from the package's types.
const { startDevServer } = vercelNode as unknown as { startDevServer(options: object): Promise<Server | undefined> };

async function start(entrypoint: string, env: Record<string, string>, helpers: boolean): Promise<Server> {
  const result = await startDevServer({
    entrypoint,
    workPath: root,
    repoRootPath: root,
    files: {},
    config: {},
    meta: { isDev: true, env, buildEnv: helpers ? {} : { NODEJS_HELPERS: '0' } },
  });
  if (!result) throw new Error(`startDevServer gave nothing for ${entrypoint}`);
  return result;
}

const post = (server: Server, path: string, headers: Record<string, string>, body: string) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { method: 'POST', headers, body });

describe.each([true, false])('@vercel/node with helpers %s', (helpers) => {
  const servers: Server[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.shutdown()));
  });
  const started = async (entrypoint: string, env: Record<string, string>) => {
    const server = await start(entrypoint, env, helpers);
    servers.push(server);
    return server;
  };

  it('api/hasura: the right secret reaches the handler with the exact body, others do not', async () => {
    const server = await started('api/hasura.ts', { VERIFICATION_KEY: KEY });
    const body = '{"input": {"name":  "ü"},\n"action":{"name":"hello"}}';
    const ok = await post(server, '/api/hasura', { verification_key: KEY, 'content-type': 'application/json' }, body);
    const reply = await ok.json();
    expect(ok.status).toBe(200);
    expect(Buffer.from(reply.rawBody, 'base64').toString()).toBe(body);
    expect(reply.parsed).toEqual(helpers ? JSON.parse(body) : null);
    const wrong = await post(server, '/api/hasura', { verification_key: 'guess', 'content-type': 'application/json' }, body);
    const none = await post(server, '/api/hasura', { 'content-type': 'application/json' }, body);
    expect([wrong.status, await wrong.json()]).toEqual([403, { error: 'invalid_signature' }]);
    expect([none.status, await none.json()]).toEqual([401, { error: 'missing_credentials' }]);
  }, 60_000);

  it('api/hasura: without VERIFICATION_KEY every request gets 500', async () => {
    const server = await started('api/hasura.ts', {});
    const response = await post(server, '/api/hasura', { verification_key: '' }, '{}');
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
  }, 60_000);

  it('api/twilio: a signature over the URL with its query passes; another URL or body does not', async () => {
    // The dev server proxies to an inner port, so the function is told its public origin, as behind a tunnel.
    const server = await started('api/twilio.ts', { TWILIO_AUTH_TOKEN: TWILIO_TOKEN, PUBLIC_URL: 'https://hooks.example.com' });
    const path = '/api/twilio?event=42&lang=en%20US';
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: TWILIO_TOKEN, url: `https://hooks.example.com${path}`, body });
    const send = (target: string, payload = body) =>
      fetch(`http://127.0.0.1:${server.port}${target}`, { method: 'POST', headers: signed.headers, body: payload });
    const ok = await send(path);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response><Message>Thanks for rating!</Message></Response>']);
    expect((await send(path.replace('event=42', 'event=43'))).status).toBe(403);
    expect((await send(path, body.replace('5', '1'))).status).toBe(403);
    const unsigned = await fetch(`http://127.0.0.1:${server.port}${path}`, { method: 'POST', body });
    expect(unsigned.status).toBe(401);
  }, 60_000);

  it('api/web: export function POST(request) is verified the same way', async () => {
    const server = await started('api/web.ts', { VERIFICATION_KEY: KEY });
    const ok = await post(server, '/api/web', { verification_key: KEY }, 'raw bytes');
    expect([ok.status, await ok.json()]).toEqual([200, { hello: 'web', body: 'raw bytes', scheme: 'shared-secret' }]);
    const refused = await post(server, '/api/web', { verification_key: 'no' }, 'raw bytes');
    expect(refused.status).toBe(403);
  }, 60_000);

  it("api/discord: Discord's PING is answered {\"type\":1} before the handler; forgeries get 401", async () => {
    const server = await started('api/discord.ts', { DISCORD_PUBLIC_KEY: DISCORD.publicKey });
    const send = ({ headers, body }: { headers: Record<string, string>; body: string }) => post(server, '/api/discord', headers, body);
    const pong = await send(DISCORD.interaction(PING));
    expect([pong.status, pong.headers.get('content-type'), await pong.text()]).toEqual([200, 'application/json', '{"type":1}']);
    const forged = await send(DISCORD.interaction(PING, { forged: true }));
    expect(forged.status).toBe(401);
    const command = await send(DISCORD.interaction(COMMAND));
    expect([command.status, await command.json()]).toEqual([418, { handled: 'discord', type: 2 }]);
  }, 60_000);

  it('api/fetch: export default { fetch } is verified the same way', async () => {
    const server = await started('api/fetch.ts', { VERIFICATION_KEY: KEY });
    const ok = await post(server, '/api/fetch', { verification_key: KEY }, 'payload');
    expect([ok.status, await ok.text()]).toEqual([200, 'fetch:payload']);
    expect((await post(server, '/api/fetch', {}, 'payload')).status).toBe(401);
  }, 60_000);
});
