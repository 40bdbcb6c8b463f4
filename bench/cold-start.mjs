// Cold start: a fresh Node process imports a bundled handler and verifies one
// delivery; the median time from the script's first line to the verdict, for
// each scheme's hookguard Lambda bundle and each peer's (the bundles sizes.mjs
// measures), against a handler that verifies nothing (the floor of a cold start).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECRET, signedHeaders, WHSEC } from './fixtures.mjs';
import { bundle, HANDLERS } from './sizes.mjs';

const RUNS = 19;
const LAMBDA = 'hookguard via @hookguard/aws-lambda';
const directory = mkdtempSync(join(tmpdir(), 'hookguard-cold-'));

// What an ESM Lambda bundle of CommonJS code (twilio's, stripe's) needs to reach Node's built-ins.
const REQUIRE = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

const BARE = ['none', 'bare handler', 'export const handler = async () => ({ statusCode: 204 });'];
// hookguard through its Lambda adapter, and every peer: all of them Lambda handlers taking the same event.
const COLD = [BARE, ...HANDLERS.filter(([, library]) => library === LAMBDA || !library.startsWith('hookguard'))];

// The secrets the handlers read: `S` (for Standard Webhooks, a whsec_ key), and QStash's two keys under both libraries' names.
const environment = (scheme) => ({
  ...process.env,
  S: scheme === 'standard webhooks' ? WHSEC : SECRET,
  C: SECRET,
  N: 'next-key',
  QSTASH_CURRENT_SIGNING_KEY: SECRET,
  QSTASH_NEXT_SIGNING_KEY: 'next-key',
});

/**
 * A Function URL event, signed as the scheme's sender signs it, and signed now:
 * the cold starts run minutes after the bench started, and a timestamp from
 * then would be past the five minutes Stripe, Slack, Standard Webhooks and
 * QStash accept. Twilio's peer handler signs over the URL without its query and
 * no parameters, so Twilio's event has neither, for both libraries to accept it.
 */
async function signedEvent(scheme) {
  const twilio = scheme === 'twilio';
  const body = twilio ? '' : '{"zen":"Keep it logically awesome."}';
  const query = twilio ? '' : 'x=1';
  const url = `https://bench.example.com/api/hook${query ? `?${query}` : ''}`;
  const headers = scheme === 'none' ? {} : await signedHeaders(scheme, body, url, Math.floor(Date.now() / 1000));
  return {
    version: '2.0',
    rawPath: '/api/hook',
    rawQueryString: query,
    headers: { host: 'bench.example.com', 'content-type': twilio ? 'application/x-www-form-urlencoded' : 'application/json', ...headers },
    requestContext: { domainName: 'bench.example.com', http: { method: 'POST' } },
    body,
    isBase64Encoded: false,
  };
}

export async function measureColdStarts() {
  const rows = [];
  for (const [scheme, library, source] of COLD) {
    const file = join(directory, `handler-${rows.length}.mjs`);
    writeFileSync(file, (await bundle(source, REQUIRE)).code);
    // The event is a literal made before the clock starts; timed: importing the handler, and its first answer.
    const probe = `const event = ${JSON.stringify(await signedEvent(scheme))};
      const started = performance.now();
      const { handler } = await import(${JSON.stringify(file)});
      const result = await handler(event);
      if (result.statusCode !== 204) throw new Error('refused: ' + JSON.stringify(result));
      process.stdout.write(String(performance.now() - started));`;
    const run = () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: environment(scheme), stdio: 'pipe' }));
    const times = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
    rows.push({ scheme, library, medianMs: Number(times[Math.floor(RUNS / 2)].toFixed(2)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await measureColdStarts());
