// Cold start: a fresh Node process imports a bundled handler and verifies one
// delivery; the median time from the script's first line to the verdict, against
// the same handler without verification (the bare floor of a cold start).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from './sizes.mjs';

const RUNS = 25;
const directory = mkdtempSync(join(tmpdir(), 'hookguard-cold-'));

const handlers = {
  'bare handler': `export const handler = async () => ({ statusCode: 204 });`,
  'hookguard github (aws-lambda)': `import { github } from '@hookguard/core';
    import { withVerification } from '@hookguard/aws-lambda';
    export const handler = withVerification(async () => ({ statusCode: 204 }), { verifier: github({ secret: 'bench-secret' }) });`,
  '@octokit/webhooks-methods': `import { verify } from '@octokit/webhooks-methods';
    export const handler = async (e) => (await verify('bench-secret', e.body, e.headers['x-hub-signature-256']) ? { statusCode: 204 } : { statusCode: 401 });`,
};

// The delivery each cold process verifies, signed as GitHub signs it.
const event = `(() => { const { createHmac } = process.getBuiltinModule('node:crypto'); const body = '{"zen":"Keep it logically awesome."}';
  return { version: '2.0', rawPath: '/hook', rawQueryString: '', body, isBase64Encoded: false,
    requestContext: { domainName: 'x.lambda-url.us-east-1.on.aws', http: { method: 'POST' } },
    headers: { host: 'x.lambda-url.us-east-1.on.aws', 'x-hub-signature-256': 'sha256=' + createHmac('sha256', 'bench-secret').update(body).digest('hex') } }; })()`;

export async function measureColdStarts() {
  const rows = [];
  for (const [name, source] of Object.entries(handlers)) {
    const file = join(directory, `handler-${rows.length}.mjs`);
    writeFileSync(file, (await bundle(source)).code);
    // Timed from the first line a fresh process runs, through importing the handler, to its first answer.
    const probe = `const started = performance.now();
      const { handler } = await import(${JSON.stringify(file)});
      const result = await handler(${event});
      if (result.statusCode !== 204) throw new Error('refused');
      process.stdout.write(String(performance.now() - started));`;
    const times = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })));
    times.sort((a, b) => a - b);
    rows.push({ name, medianMs: Number(times[Math.floor(RUNS / 2)].toFixed(2)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await measureColdStarts());
