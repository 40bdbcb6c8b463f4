// `pnpm demo`: the example functions on their real local runtimes, sent valid
// deliveries and forged ones (wrong secret, tampered body, other URL, stale
// timestamp, replay...) built by the hookguard CLI's own code. One table;
// exit 1 if any answer is not the expected one. Loopback only; every runtime
// is stopped at the end, on Ctrl-C, or on failure.
import { randomBytes } from 'node:crypto';
import { createDelivery, deliver, findScheme, sendDelivery, type Tampering } from 'hookguard';
import { awsLambda, awsLambdaTwice, azure, bun, cloudflare, deno, express, fastify, googleCloud, hono, netlify, nextjs, vercel, type RunningPlatform, type Secrets } from './platforms.js';

const secrets: Secrets = {
  VERIFICATION_KEY: 'demo-verification-key',
  TWILIO_AUTH_TOKEN: 'demo-twilio-auth-token',
  STRIPE_WEBHOOK_SECRET: 'whsec_demo_stripe',
  QSTASH_CURRENT_SIGNING_KEY: 'sig_demo_current',
  QSTASH_NEXT_SIGNING_KEY: 'sig_demo_next',
  GITHUB_WEBHOOK_SECRET: 'demo-github-secret',
  WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
};

interface Variant {
  request: string;
  expected: number;
  tamper?: Tampering;
  /** Sign with this instead of the function's secret (QStash's next key). */
  secret?: string;
  /** Send no credentials at all. */
  bare?: true;
  /** Deliver it, accepted, to this instance, then the same delivery to the platform's other instance. */
  elsewhere?: true;
}

const valid: Variant = { request: 'signed correctly', expected: 200 };
const forged = (tamper: Tampering, request: string, expected = 403): Variant => ({ request, expected, tamper });
const wrongSecret = forged('secret', 'wrong secret');
const noCredentials: Variant = { request: 'no credentials', expected: 401, bare: true };
const tamperedBody = forged('body', 'body changed by one byte');
const otherUrl = forged('url', 'signed for another URL');
const otherHost = forged('host', 'signed for another host, claimed in X-Forwarded-Host');
const stale = forged('timestamp', 'signed an hour ago');
const replayed = forged('replay', 'same delivery again (replay)', 409);
const replayedElsewhere: Variant = { request: 'accepted by instance 1, then sent to instance 2', expected: 409, elsewhere: true };

type Case = [path: string, scheme: string, secret: keyof Secrets, variants: Variant[]];

/** The same three senders on every host added with its adapter. */
const HOST_CASES: Case[] = [
  ['/hasura', 'shared-secret', 'VERIFICATION_KEY', [valid, wrongSecret, noCredentials]],
  ['/github', 'github', 'GITHUB_WEBHOOK_SECRET', [valid, tamperedBody]],
  ['/twilio?event=42', 'twilio', 'TWILIO_AUTH_TOKEN', [valid, otherUrl]],
];

const CASES: [start: (secrets: Secrets) => Promise<RunningPlatform>, cases: Case[]][] = [
  [vercel, [
    ['/api/hasura', 'shared-secret', 'VERIFICATION_KEY', [valid, wrongSecret, noCredentials]],
    ['/api/twilio?event=42', 'twilio', 'TWILIO_AUTH_TOKEN', [valid, otherUrl, otherHost, tamperedBody]],
    ['/api/stripe', 'stripe', 'STRIPE_WEBHOOK_SECRET', [valid, replayed, stale, wrongSecret]],
  ]],
  [netlify, [
    ['/api/hasura', 'shared-secret', 'VERIFICATION_KEY', [valid, wrongSecret]],
    ['/.netlify/functions/twilio-v1?lang=en%20US', 'twilio', 'TWILIO_AUTH_TOKEN', [valid, otherUrl, otherHost]],
    ['/api/qstash', 'qstash', 'QSTASH_CURRENT_SIGNING_KEY', [
      { ...valid, request: 'signed with the current key' },
      { ...valid, request: 'signed with the next key', secret: secrets.QSTASH_NEXT_SIGNING_KEY },
      { ...wrongSecret, request: 'signed with neither key' }, stale, otherUrl, tamperedBody,
    ]],
  ]],
  [awsLambdaTwice, [
    ['/github', 'github', 'GITHUB_WEBHOOK_SECRET', [{ ...valid, request: 'signed correctly (instance 1)' }, replayedElsewhere]],
  ]],
  [awsLambda, [
    ['/dev/rest', 'shared-secret', 'VERIFICATION_KEY', [valid, wrongSecret, noCredentials]],
    ['/twilio?event=42', 'twilio', 'TWILIO_AUTH_TOKEN', [valid, otherUrl, otherHost]],
    ['/github', 'github', 'GITHUB_WEBHOOK_SECRET', [valid, tamperedBody, forged('signature', 'signature changed'), wrongSecret]],
    ['/unconfigured', 'shared-secret', 'VERIFICATION_KEY', [{ request: 'function without its secret', expected: 500 }]],
  ]],
  [nextjs, [
    ['/api/items/7', 'shared-secret', 'VERIFICATION_KEY', [valid, wrongSecret, noCredentials]],
    ['/api/edge', 'shared-secret', 'VERIFICATION_KEY', [{ ...valid, request: 'signed correctly (Edge runtime)' }, wrongSecret]],
    ['/api/twilio?lang=en%20US&event=42', 'twilio', 'TWILIO_AUTH_TOKEN', [valid, otherUrl, otherHost]],
    ['/api/standard-webhooks', 'standard-webhooks', 'WEBHOOK_SECRET', [valid, replayed, stale, forged('signature', 'signature changed')]],
    ['/api/unconfigured', 'shared-secret', 'VERIFICATION_KEY', [{ request: 'function without its secret', expected: 500 }]],
  ]],
  [deno, HOST_CASES],
  [bun, HOST_CASES],
  [cloudflare, HOST_CASES],
  [express, HOST_CASES],
  [hono, HOST_CASES],
  [fastify, HOST_CASES],
  [googleCloud, HOST_CASES],
  [azure, HOST_CASES],
];

// Each delivery is a new event, as a sender's would be: two identical deliveries
// signed in the same second would be one delivery sent twice, a replay.
let sequence = 0;
const body = (form: boolean) => Buffer.from(form ? `Body=Rated+5&From=%2B15550001111&MessageSid=SM${++sequence}` : `{"event":"demo.delivery","id":${++sequence}}`);

interface Row {
  platform: string;
  scheme: string;
  request: string;
  expected: string;
  actual: string;
  verdict: string;
}

async function send(platform: RunningPlatform, [path, schemeName, secretName]: Case, variant: Variant): Promise<Row> {
  const scheme = findScheme(schemeName);
  const row = { platform: platform.name, scheme: schemeName, request: variant.request, expected: String(variant.expected) };
  try {
    const delivery = await createDelivery({
      scheme,
      secret: variant.secret ?? secrets[secretName],
      url: platform.publicUrl(path),
      body: body(scheme.contentType.includes('form')),
      ...(variant.tamper ? { tamper: variant.tamper } : {}),
    });
    delivery.url = platform.base(path);
    if (variant.bare) delivery.headers = { 'content-type': scheme.contentType };
    if (variant.elsewhere) {
      const first = await sendDelivery(delivery);
      if (first.status !== 200) throw new Error(`instance 1 answered ${first.status}`);
      delivery.url = platform.elsewhere!(path);
    }
    const { status } = await deliver(delivery, variant.tamper);
    return { ...row, actual: String(status), verdict: status === variant.expected ? 'ok' : 'WRONG' };
  } catch (error) {
    return { ...row, actual: (error as Error).message, verdict: 'WRONG' };
  }
}

function printTable(rows: Row[]): void {
  const columns = Object.keys(rows[0]!) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  rows.forEach((row) => console.log(line(columns.map((column) => row[column]))));
}

async function main(): Promise<number> {
  const started: RunningPlatform[] = [];
  const stopAll = () => Promise.all(started.map((platform) => platform.runtime.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  console.log('Starting the example functions on their local runtimes (127.0.0.1 only)...');
  const startedAt = Date.now();
  const outcomes = await Promise.allSettled(CASES.map(([start]) => start(secrets).then((platform) => (started.push(platform), platform))));
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await stopAll();
    console.error(`A runtime did not start: ${(failed as PromiseRejectedResult).reason}`);
    return 1;
  }
  console.log(`All ${started.length} runtimes ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.\n`);
  const rows: Row[] = [];
  for (const [index, [, cases]] of CASES.entries()) {
    const platform = (outcomes[index] as PromiseFulfilledResult<RunningPlatform>).value;
    for (const testCase of cases) for (const variant of testCase[3]) rows.push(await send(platform, testCase, variant));
  }
  await stopAll();
  printTable(rows);
  const wrong = rows.filter((row) => row.verdict !== 'ok').length;
  console.log(`\n${wrong === 0 ? `All ${rows.length} answers as expected.` : `${wrong} of ${rows.length} answers were wrong.`}`);
  const left = started.filter((platform) => platform.runtime.running());
  const groups = started.map((platform) => platform.runtime.group).join(', ');
  console.log(left.length ? `Still running: ${left.map((platform) => platform.name).join(', ')}` : `Stopped ${started.length} runtimes (process groups ${groups}); none left running.`);
  return wrong === 0 && left.length === 0 ? 0 : 1;
}

main().then((code) => {
  process.exitCode = code;
});
