// The example functions on their real local runtimes, each on a loopback port:
// @vercel/node's dev server, netlify-cli, serverless-offline and next start.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, startRuntime, type LocalRuntime } from '../support/processes.js';

export interface Secrets {
  VERIFICATION_KEY: string;
  TWILIO_AUTH_TOKEN: string;
  STRIPE_WEBHOOK_SECRET: string;
  QSTASH_CURRENT_SIGNING_KEY: string;
  QSTASH_NEXT_SIGNING_KEY: string;
  GITHUB_WEBHOOK_SECRET: string;
  WEBHOOK_SECRET: string;
}

export interface RunningPlatform {
  name: string;
  /** Where requests go: the function's loopback address. */
  base(path: string): string;
  /** The URL the function believes it was called at, which URL-signing senders sign. */
  publicUrl(path: string): string;
  runtime: LocalRuntime;
}

// run.mjs bundles the demo into examples/demo/dist, two levels below the examples.
const examples = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** The origin the functions are told they are served at, as a custom domain in front of them would be. */
export const PUBLIC_ORIGIN = 'https://hooks.example.com';

const quiet = { NETLIFY_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1', SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' };
const environment = (secrets: Secrets, extra: Record<string, string> = {}) => ({ ...process.env, ...quiet, ...secrets, ...extra });
const answers = (url: string) => () => fetch(url, { method: 'POST' }).then((response) => response.status !== 404, () => false);

export async function vercel(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'vercel-node');
  const runtime = await startRuntime(join(cwd, 'dev.mjs'), ['api/hasura.ts', 'api/twilio.ts', 'api/stripe.ts'], {
    cwd,
    env: environment(secrets, { PUBLIC_URL: PUBLIC_ORIGIN }),
    ready: (logs) => logs.includes('ready {'),
  });
  // One dev server per function, as `vercel dev` runs them.
  const ports = JSON.parse(/ready (\{.*\})/.exec(runtime.logs())?.[1] ?? '{}') as Record<string, number>;
  const portOf = (path: string) => ports[`${path.split('?')[0]?.slice(1)}.ts`];
  return { name: 'Vercel (@vercel/node)', base: (path) => `http://127.0.0.1:${portOf(path)}${path}`, publicUrl: (path) => PUBLIC_ORIGIN + path, runtime };
}

export async function netlify(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'netlify');
  const port = await freePort();
  const base = (path: string) => `http://127.0.0.1:${port}${path}`;
  const runtime = await startRuntime(join(cwd, 'node_modules/netlify-cli/bin/run.js'), ['functions:serve', '--offline', '-f', 'netlify/functions', '-p', String(port)], {
    cwd,
    env: environment(secrets),
    ready: answers(base('/.netlify/functions/hasura-v1')),
  });
  return { name: 'Netlify (netlify-cli)', base, publicUrl: base, runtime };
}

export async function awsLambda(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'aws-lambda');
  await run(process.execPath, [join(cwd, 'bundle.mjs')]);
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  const runtime = await startRuntime(join(cwd, 'node_modules/serverless/bin/serverless.js'), ['offline', 'start'], {
    cwd,
    env: environment(secrets, {
      AWS_ACCESS_KEY_ID: 'offline',
      AWS_SECRET_ACCESS_KEY: 'offline',
      OFFLINE_HTTP_PORT: String(httpPort),
      OFFLINE_LAMBDA_PORT: String(lambdaPort),
      PUBLIC_URL: PUBLIC_ORIGIN,
    }),
    ready: (logs) => logs.includes('Server ready'),
  });
  return { name: 'AWS Lambda (serverless-offline)', base: (path) => `http://127.0.0.1:${httpPort}${path}`, publicUrl: (path) => PUBLIC_ORIGIN + path, runtime };
}

export async function nextjs(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'nextjs');
  const next = join(cwd, 'node_modules/next/dist/bin/next');
  const env = environment(secrets);
  await run(process.execPath, [next, 'build'], { cwd, env, maxBuffer: 16 * 1024 * 1024 });
  const port = await freePort();
  const base = (path: string) => `http://127.0.0.1:${port}${path}`;
  const runtime = await startRuntime(next, ['start', '-H', '127.0.0.1', '-p', String(port)], { cwd, env, ready: () => fetch(base('/')).then(() => true, () => false) });
  return { name: 'Next.js (next start)', base, publicUrl: base, runtime };
}
