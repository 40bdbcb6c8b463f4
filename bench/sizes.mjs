// Bundle size of a minimal Lambda handler that verifies one scheme: hookguard
// (through @hookguard/aws-lambda) beside each provider's own library. esbuild,
// minified, for Node, as a function would be deployed. `--check` fails when a
// hookguard bundle exceeds its budget in size-budget.json, so size cannot creep.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const lambda = (imports, verifier) =>
  `import { ${imports} } from '@hookguard/core';
   import { withVerification } from '@hookguard/aws-lambda';
   export const handler = withVerification(async () => ({ statusCode: 204 }), { verifier: ${verifier} });`;

/** [scheme, library, handler source] */
export const HANDLERS = [
  ['shared secret', 'hookguard', lambda('sharedSecret', "sharedSecret({ secret: { env: 'S' } })")],
  ['autify', 'hookguard', lambda('autify', "autify({ secret: { env: 'S' } })")],
  ['github', 'hookguard', lambda('github', "github({ secret: { env: 'S' } })")],
  ['github', '@octokit/webhooks-methods', `import { verify } from '@octokit/webhooks-methods';
   export const handler = async (e) => (await verify(process.env.S, e.body, e.headers['x-hub-signature-256']) ? { statusCode: 204 } : { statusCode: 401 });`],
  ['stripe', 'hookguard', lambda('stripe', "stripe({ secret: { env: 'S' } })")],
  ['stripe', 'stripe', `import Stripe from 'stripe';
   const stripe = new Stripe('sk');
   export const handler = async (e) => { try { stripe.webhooks.constructEvent(e.body, e.headers['stripe-signature'], process.env.S); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ['standard webhooks', 'hookguard', lambda('standardWebhooks', "standardWebhooks({ secret: { env: 'S' } })")],
  ['standard webhooks', 'standardwebhooks', `import { Webhook } from 'standardwebhooks';
   export const handler = async (e) => { try { new Webhook(process.env.S).verify(e.body, e.headers); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ['standard webhooks', 'svix', `import { Webhook } from 'svix';
   export const handler = async (e) => { try { new Webhook(process.env.S).verify(e.body, e.headers); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ['twilio', 'hookguard', lambda('twilio', "twilio({ authToken: { env: 'S' } })")],
  ['twilio', 'twilio', `import twilio from 'twilio';
   export const handler = async (e) => (twilio.validateRequest(process.env.S, e.headers['x-twilio-signature'], 'https://' + e.headers.host + e.rawPath, {}) ? { statusCode: 204 } : { statusCode: 401 });`],
  ['qstash', 'hookguard', lambda('qstash', 'qstash()')],
  ['qstash', '@upstash/qstash', `import { Receiver } from '@upstash/qstash';
   const receiver = new Receiver({ currentSigningKey: process.env.C, nextSigningKey: process.env.N });
   export const handler = async (e) => { try { await receiver.verify({ signature: e.headers['upstash-signature'], body: e.body }); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ['slack', 'hookguard', lambda('slack', "slack({ signingSecret: { env: 'S' } })")],
  ['shopify', 'hookguard', lambda('shopify', "shopify({ secret: { env: 'S' } })")],
];

export async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'silent',
    // The packages as published (dist), not the monorepo's TypeScript paths to their sources.
    tsconfigRaw: '{}',
  });
  const code = result.outputFiles[0].contents;
  return { code, bundleBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

export async function measureSizes() {
  const rows = [];
  for (const [scheme, library, source] of HANDLERS) {
    const { bundleBytes, gzipBytes } = await bundle(source);
    rows.push({ scheme, library, bundleBytes, gzipBytes });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureSizes();
  console.table(rows.map((row) => ({ ...row, kb: (row.gzipBytes / 1024).toFixed(1) + ' KB gzip' })));
  if (process.argv.includes('--check')) {
    const budget = JSON.parse(readFileSync(`${here}size-budget.json`, 'utf8'));
    const over = rows.filter((row) => row.library === 'hookguard' && row.gzipBytes > budget.gzipBytesPerSchemeLambdaBundle);
    for (const row of over) console.error(`over budget: ${row.scheme} is ${row.gzipBytes} B gzip, budget ${budget.gzipBytesPerSchemeLambdaBundle} B`);
    process.exitCode = over.length ? 1 : 0;
  }
}
