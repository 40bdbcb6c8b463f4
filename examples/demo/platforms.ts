// The example functions on their real local runtimes, each on a loopback port:
// @vercel/node's dev server, netlify-cli, serverless-offline, next start, and the
// hosts added with their adapters: Deno, Bun, wrangler dev, Express, Hono, Fastify,
// functions-framework, and a stand-in for Azure's host.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { denoBinary } from '../support/deno.js';
import { freePort, startProcess, startRuntime, type LocalRuntime } from '../support/processes.js';

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
  /** Another instance of the same function, where there is one (sharing its replay store). */
  elsewhere?(path: string): string;
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

// Bundled once for both Lambda platforms, which start at the same time.
let lambdaBundle: Promise<unknown> | undefined;
const bundleLambda = (cwd: string) => (lambdaBundle ??= run(process.execPath, [join(cwd, 'bundle.mjs')]));

export async function awsLambda(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'aws-lambda');
  await bundleLambda(cwd);
  const { runtime, base } = await serverlessOffline(cwd, environment(secrets, { PUBLIC_URL: PUBLIC_ORIGIN }));
  return { name: 'AWS Lambda (serverless-offline)', base, publicUrl: (path) => PUBLIC_ORIGIN + path, runtime };
}

/**
 * The GitHub function as two Lambda instances (two serverless-offline
 * processes) sharing one DynamoDB replay table, on dynalite: `base` is the
 * first instance, `elsewhere` the second.
 */
export async function awsLambdaTwice(secrets: Secrets): Promise<RunningPlatform> {
  const cwd = join(examples, 'aws-lambda');
  await bundleLambda(cwd);
  const table = 'hookguard-replay';
  const dynamodb = await startRuntime(join(cwd, 'local-dynamodb.mjs'), [], { cwd, env: environment(secrets, { REPLAY_TABLE: table }), ready: (logs) => logs.includes('ready ') });
  const env = environment(secrets, { PUBLIC_URL: PUBLIC_ORIGIN, REPLAY_TABLE: table, DYNAMODB_ENDPOINT: /ready (\S+)/.exec(dynamodb.logs())![1]!, AWS_REGION: 'us-east-1' });
  const instances = await Promise.all([serverlessOffline(cwd, env), serverlessOffline(cwd, env)]);
  const all = [dynamodb, ...instances.map((instance) => instance.runtime)];
  const runtime: LocalRuntime = {
    group: dynamodb.group,
    running: () => all.some((one) => one.running()),
    logs: () => all.map((one) => one.logs()).join('\n'),
    stop: () => Promise.all(all.map((one) => one.stop())).then(() => undefined),
  };
  return { name: 'AWS Lambda ×2, one DynamoDB table', base: instances[0]!.base, elsewhere: instances[1]!.base, publicUrl: (path) => PUBLIC_ORIGIN + path, runtime };
}

async function serverlessOffline(cwd: string, env: NodeJS.ProcessEnv) {
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  const runtime = await startRuntime(join(cwd, 'node_modules/serverless/bin/serverless.js'), ['offline', 'start'], {
    cwd,
    env: { ...env, AWS_ACCESS_KEY_ID: 'offline', AWS_SECRET_ACCESS_KEY: 'offline', OFFLINE_HTTP_PORT: String(httpPort), OFFLINE_LAMBDA_PORT: String(lambdaPort) },
    ready: (logs) => logs.includes('Server ready'),
  });
  return { runtime, base: (path: string) => `http://127.0.0.1:${httpPort}${path}` };
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

// The hosts added with their adapters: each example's own server, started as its test starts it.
type HostSecrets = Pick<Secrets, 'VERIFICATION_KEY' | 'GITHUB_WEBHOOK_SECRET' | 'TWILIO_AUTH_TOKEN'>;
const hostEnv = (secrets: Secrets, port: number) => ({
  PATH: process.env['PATH'] ?? '',
  HOME: process.env['HOME'] ?? '',
  NO_COLOR: '1',
  PORT: String(port),
  HOST: '127.0.0.1',
  ...({ VERIFICATION_KEY: secrets.VERIFICATION_KEY, GITHUB_WEBHOOK_SECRET: secrets.GITHUB_WEBHOOK_SECRET, TWILIO_AUTH_TOKEN: secrets.TWILIO_AUTH_TOKEN } satisfies HostSecrets),
});

/** A host whose example serves /hasura, /github and /twilio on one port: the URL signed is the loopback one. */
async function host(name: string, start: (port: number, ready: () => Promise<boolean>) => Promise<LocalRuntime>): Promise<RunningPlatform> {
  const port = await freePort();
  const base = (path: string) => `http://127.0.0.1:${port}${path}`;
  const runtime = await start(port, () => fetch(base('/hasura'), { method: 'POST' }).then(() => true, () => false));
  return { name, base, publicUrl: base, runtime };
}

const binary = (example: string, file: string) => join(examples, example, 'node_modules', file);

export const deno = (secrets: Secrets) =>
  host('Deno (Deno.serve)', (port, ready) =>
    startProcess(denoBinary(join(examples, 'deno')), ['run', '--allow-net=127.0.0.1', '--allow-env=PORT,HOST,VERIFICATION_KEY,GITHUB_WEBHOOK_SECRET,TWILIO_AUTH_TOKEN', 'server.ts'], {
      cwd: join(examples, 'deno'),
      env: hostEnv(secrets, port),
      ready,
    }));

export const bun = (secrets: Secrets) =>
  host('Bun (Bun.serve)', (port, ready) => startProcess(binary('bun', 'bun/bin/bun.exe'), ['run', 'server.ts'], { cwd: join(examples, 'bun'), env: hostEnv(secrets, port), ready }));

/** Express, Hono and Fastify: each example's server script on Node. */
const nodeServer = (example: string, script: string, name: string) => (secrets: Secrets) =>
  host(name, (port, ready) => startRuntime(join(examples, example, script), [], { cwd: join(examples, example), env: { ...process.env, ...hostEnv(secrets, port) }, ready }));

export const express = nodeServer('express', 'server.js', 'Express');
export const hono = nodeServer('hono', 'server.mjs', 'Hono (@hono/node-server)');
export const fastify = nodeServer('fastify', 'server.mjs', 'Fastify');

/** The Worker under the real `wrangler dev`, offline, its bindings from an env file written for this run. */
export const cloudflare = (secrets: Secrets) =>
  host('Cloudflare Workers (wrangler dev)', async (port, ready) => {
    const temp = mkdtempSync(join(tmpdir(), 'hookguard-demo-wrangler-'));
    const envFile = join(temp, 'demo.env');
    const { PATH: _path, HOME: _home, NO_COLOR: _color, PORT: _port, HOST: _host, ...bindings } = hostEnv(secrets, port);
    writeFileSync(envFile, Object.entries(bindings).map(([name, value]) => `${name}=${value}\n`).join(''));
    const args = ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-ip', '127.0.0.1', '--inspector-port', String(await freePort())];
    return startRuntime(binary('cloudflare', 'wrangler/bin/wrangler.js'), [...args, '--env-file', envFile, '--persist-to', join(temp, 'state'), '--show-interactive-dev-session=false'], {
      cwd: join(examples, 'cloudflare'),
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', WRANGLER_SEND_ERROR_REPORTS: 'false', WRANGLER_LOG_PATH: join(temp, 'logs'), NO_COLOR: '1' },
      ready: (logs) => logs.includes('Ready on') && ready(),
      timeoutMs: 30_000,
    });
  });

/** The three Google Cloud functions behind one routing function, under the real functions-framework CLI. */
export const googleCloud = (secrets: Secrets) =>
  host('Google Cloud Functions (functions-framework)', (port, ready) => {
    const framework = join(examples, 'google-cloud', 'node_modules/@google-cloud/functions-framework');
    const cli = join(framework, (JSON.parse(readFileSync(join(framework, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['functions-framework']!);
    return startRuntime(cli, ['--target=webhooks', `--port=${port}`], { cwd: join(examples, 'google-cloud'), env: { ...process.env, ...hostEnv(secrets, port) }, ready });
  });

/**
 * Azure Functions: its host cannot be installed offline, so the example's server.ts
 * stands in for its HTTP front (@azure/functions' own HttpRequest per request),
 * bundled here by esbuild next to the example, whose packages it imports.
 */
export const azure = (secrets: Secrets) =>
  host('Azure Functions (@azure/functions behind node:http)', async (port, ready) => {
    const cwd = join(examples, 'azure');
    // CommonJS, as @azure/functions is: its classes are not named exports to an ES module.
    const outfile = join(cwd, 'dist', 'server.cjs');
    await build({ entryPoints: [join(cwd, 'server.ts')], outfile, bundle: true, packages: 'external', platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    return startRuntime(outfile, [], { cwd, env: { ...process.env, ...hostEnv(secrets, port) }, ready });
  });
