// Workers and Pages Functions on workerd (through Miniflare), bundled as they
// are deployed: secrets come from the env binding of the request, the request
// reaches the handler with its body readable, refusals and handshakes answered.
import { generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { signGithub, signTwilio } from '@hookguard/core/sign';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';

const SECRET = 'worker-secret';
const BODY = '{"action":"opened","number":7}';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const DISCORD_KEY = publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('hex');

const WORKER = `
import { discord, github, twilio } from '@hookguard/core';
import { getVerification, withPagesVerification, withVerification } from '@hookguard/cloudflare';

// Options made from the env, once per isolate: \`made\` counts the calls.
let made = 0;
const fromEnv = (env) => (made++, { verifier: github({ secret: env.GITHUB_SECRET }) });

const routes = {
  '/options-from-env': withVerification(async () => Response.json({ made }), fromEnv),
  '/pages-options-from-env': withPagesVerification(async ({ params }) => Response.json({ id: params.id }), ({ GITHUB_SECRET }) => ({ verifier: github({ secret: GITHUB_SECRET }) })),
  '/github': withVerification(async (request, env) => Response.json({ number: (await request.json()).number, scheme: getVerification(request)?.scheme, hasEnv: typeof env.GITHUB_SECRET }), {
    verifier: github({ secret: { env: 'GITHUB_SECRET' } }),
  }),
  '/twilio': withVerification(async () => new Response('<Response/>'), { verifier: twilio({ authToken: { env: 'TWILIO_AUTH_TOKEN' } }) }),
  '/hasura': withVerification(async () => Response.json({ ok: true })),
  '/discord': withVerification(async () => Response.json({ type: 4 }), { verifier: discord({ publicKey: { env: 'DISCORD_PUBLIC_KEY' } }) }),
  '/pages': withPagesVerification(async ({ request, params }) => Response.json({ text: await request.text(), id: params.id }), { verifier: github({ secret: { env: 'GITHUB_SECRET' } }) }),
};

export default {
  fetch(request, env, ctx) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/pages')) return routes[path]({ request, env, params: { id: '42' }, waitUntil: ctx.waitUntil.bind(ctx) });
    return (routes[path] ?? (() => new Response('no route', { status: 404 })))(request, env, ctx);
  },
};
`;

async function worker(bindings: Record<string, string>): Promise<Miniflare> {
  const bundled = await build({ stdin: { contents: WORKER, resolveDir: join(__dirname, '..'), loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return new Miniflare({ modules: true, script: bundled.outputFiles[0]!.text, bindings, compatibilityDate: '2025-01-01' });
}

let mf: Miniflare;
beforeAll(async () => {
  mf = await worker({ GITHUB_SECRET: SECRET, TWILIO_AUTH_TOKEN: SECRET, VERIFICATION_KEY: 'hasura-key', DISCORD_PUBLIC_KEY: DISCORD_KEY });
}, 30_000);
afterAll(() => mf.dispose());

const send = async (path: string, headers: Record<string, string>, body?: string) => {
  const response = await mf.dispatchFetch(`https://hooks.example.com${path}`, { method: 'POST', headers, ...(body === undefined ? {} : { body }) });
  return [response.status, await response.text()] as const;
};

describe('@hookguard/cloudflare on workerd', () => {
  it("reads { env } secrets from the Worker's bindings, and the handler still reads the body", async () => {
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await send('/github', headers, BODY)).toEqual([200, '{"number":7,"scheme":"github","hasEnv":"string"}']);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await send('/github', forged.headers, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await send('/github', {}, BODY)).toEqual([401, '{"error":"missing_credentials"}']);
  });

  it('takes the default VERIFICATION_KEY from the bindings too', async () => {
    expect(await send('/hasura', { verification_key: 'hasura-key' })).toEqual([200, '{"ok":true}']);
    expect(await send('/hasura', { verification_key: 'guess' })).toEqual([403, '{"error":"invalid_signature"}']);
  });

  it('checks Twilio against request.url as the Worker received it', async () => {
    const form = 'Body=Hi&From=%2B15550001111';
    const { headers } = await signTwilio({ authToken: SECRET, url: 'https://hooks.example.com/twilio', body: form });
    expect(await send('/twilio', { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, form)).toEqual([200, '<Response/>']);
    expect(await send('/twilio', { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, `${form}&x=1`)).toEqual([403, '{"error":"invalid_signature"}']);
  });

  it("answers Discord's signed PING in the Worker", async () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const ping = '{"type":1}';
    const headers = { 'x-signature-ed25519': sign(null, Buffer.from(timestamp + ping), privateKey).toString('hex'), 'x-signature-timestamp': timestamp };
    expect(await send('/discord', headers, ping)).toEqual([200, '{"type":1}']);
  });

  it('verifies a Pages Function, handing it its own context', async () => {
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await send('/pages', headers, BODY)).toEqual([200, JSON.stringify({ text: BODY, id: '42' })]);
  });

  it('takes options made from the env, made once per isolate, in Workers and Pages Functions', async () => {
    const { headers } = await signGithub({ secret: SECRET, body: BODY });
    expect(await send('/options-from-env', headers, BODY)).toEqual([200, '{"made":1}']);
    expect(await send('/options-from-env', headers, BODY)).toEqual([200, '{"made":1}']);
    const forged = await signGithub({ secret: 'wrong', body: BODY });
    expect(await send('/options-from-env', forged.headers, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
    expect(await send('/pages-options-from-env', headers, BODY)).toEqual([200, '{"id":"42"}']);
    expect(await send('/pages-options-from-env', forged.headers, BODY)).toEqual([403, '{"error":"invalid_signature"}']);
  });

  it('refuses every request with 500 when a binding is missing, never accepting', async () => {
    const bare = await worker({});
    try {
      const { headers } = await signGithub({ secret: SECRET, body: BODY });
      const response = await bare.dispatchFetch('https://hooks.example.com/github', { method: 'POST', headers, body: BODY });
      expect([response.status, await response.text()]).toEqual([500, '{"error":"misconfigured"}']);
    } finally {
      await bare.dispose();
    }
  }, 30_000);
});
