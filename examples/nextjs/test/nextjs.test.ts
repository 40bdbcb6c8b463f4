// `next build` then `next start` on a loopback port: an App Router route with
// typed params, an Edge route, a Twilio route, and pages/api routes with and
// without `bodyParser: false`, sent signed, forged and misdirected requests.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signTwilio } from '@hookguard/core/sign';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const next = join(root, 'node_modules/next/dist/bin/next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VERIFICATION_KEY: 'next-example-key', TWILIO_AUTH_TOKEN: 'twilio-next-token' };

let server: LocalRuntime;
let base: string;

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [next, 'build'], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startRuntime(next, ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env,
    ready: () => fetch(base).then(() => true, () => false),
  });
}, 240_000);

afterAll(() => server?.stop());

const post = (path: string, headers: Record<string, string>, body: string) => fetch(base + path, { method: 'POST', headers, body });
const KEY = { verification_key: 'next-example-key' };

describe('Next.js App Router', () => {
  it('runs a route with typed params only for the right secret, with the exact body', async () => {
    const body = '{"x":  1}\n';
    const ok = await post('/api/items/42', KEY, body);
    expect([ok.status, await ok.json()]).toEqual([200, { id: '42', body, scheme: 'shared-secret' }]);
    const wrong = await post('/api/items/42', { verification_key: 'guess' }, body);
    const none = await post('/api/items/42', {}, body);
    expect([wrong.status, await wrong.json(), none.status]).toEqual([403, { error: 'invalid_signature' }, 401]);
  });

  it('verifies on the Edge runtime too', async () => {
    const ok = await post('/api/edge', KEY, 'edge body');
    expect([ok.status, await ok.json()]).toEqual([200, { edge: true, body: 'edge body' }]);
    expect((await post('/api/edge', { verification_key: 'guess' }, 'edge body')).status).toBe(403);
  });

  it('answers 500 when the secret is not configured, and names it in the log', async () => {
    const response = await post('/api/unconfigured', { verification_key: '' }, '{}');
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
    expect(server.logs()).toContain('EXAMPLE_SECRET_NEVER_SET');
  });

  it('accepts a Twilio signature over a URL whose query next start re-serializes', async () => {
    const path = '/api/twilio?lang=en%20US&event=42';
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: 'twilio-next-token', url: base + path, body });
    const ok = await post(path, signed.headers, body);
    expect([ok.status, await ok.text()]).toEqual([200, '<Response><Message>Thanks!</Message></Response>']);
    expect((await post('/api/twilio?lang=en%20US&event=43', signed.headers, body)).status).toBe(403);
    expect((await post(path, signed.headers, `${body}&x=1`)).status).toBe(403);
  });
});

describe('Next.js pages/api', () => {
  it('verifies the raw body when the route exports bodyParser: false', async () => {
    const ok = await post('/api/hasura', { ...KEY, 'content-type': 'application/json' }, '{"input":{"a": 1}}');
    expect([ok.status, await ok.json()]).toEqual([200, { hello: 'pages', raw: '{"input":{"a": 1}}' }]);
    expect((await post('/api/hasura', {}, '{}')).status).toBe(401);
  });

  it('answers 500 and logs the fix when the default body parser ate the body', async () => {
    const response = await post('/api/parsed', { ...KEY, 'content-type': 'application/json' }, '{"a":1}');
    expect([response.status, await response.json()]).toEqual([500, { error: 'misconfigured' }]);
    expect(server.logs()).toContain('bodyParser: false');
  });
});
