// Bundle size of a minimal handler that verifies one scheme: hookguard through
// each adapter, and core alone (one verifyRequest call, as the peers' handlers
// make one call), beside each provider's own library in a Lambda handler.
// esbuild, minified, for Node, as a function would be deployed. `--check` fails
// when a hookguard bundle exceeds its budget in size-budget.json, so size cannot creep.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
// A no-op handler through each adapter, as a user of its platform writes it (Netlify's and
// Vercel's adapters serve both of their platform's shapes); `options` is the options' source.
const respond204 = 'async () => new Response(null, { status: 204 })';
const wrapped = (exported, handler) => (options) => `import { withVerification } from '@hookguard/${exported}';\n${handler(options)}`;
const middleware = (framework) => (options) =>
  `import { verification } from '@hookguard/${framework}';\nexport const middleware = verification(${options});`;
const ADAPTED = {
  'aws-lambda': (o) => `export const handler = withVerification(async () => ({ statusCode: 204 }), ${o});`,
  netlify: (o) => `export const handler = withVerification(async () => ({ statusCode: 204 }), ${o});`,
  vercel: (o) => `export default withVerification(${respond204}, ${o});`,
  web: (o) => `export default withVerification(${respond204}, ${o});`,
  cloudflare: (o) => `export default { fetch: withVerification(${respond204}, ${o}) };`,
  'google-cloud': (o) => `export const hook = withVerification((req, res) => res.status(204).end(), ${o});`,
  azure: (o) => `export const hook = withVerification(async () => ({ status: 204 }), ${o});`,
};
const FRAMEWORKS = ['hono', 'express', 'fastify'];
const adapterSource = (adapter) => (ADAPTED[adapter] ? wrapped(adapter, ADAPTED[adapter]) : middleware(adapter));
const adapted = (adapter, imports, verifier) =>
  `import { ${imports} } from '@hookguard/core';\n${adapterSource(adapter)(`{ verifier: ${verifier} }`)}`;

// Core alone, shaped like the peers' handlers: one verifyRequest call, no adapter.
const coreOnly = (imports, verifier) =>
  `import { verifyRequest, ${imports} } from '@hookguard/core';
   const verifier = ${verifier};
   const request = (e) => ({ method: 'POST', url: 'https://' + e.headers.host + e.rawPath, headers: e.headers, body: e.body });
   export const handler = async (e) => ((await verifyRequest(request(e), verifier)).ok ? { statusCode: 204 } : { statusCode: 401 });`;

/** Names of hookguard's rows, as verify.mjs names the same code paths. */
const CORE = 'hookguard';
const viaAdapter = (adapter) => `hookguard via @hookguard/${adapter}`;

const hookguard = (scheme, imports, verifier) => [
  [scheme, CORE, coreOnly(imports, verifier)],
  ...[...Object.keys(ADAPTED), ...FRAMEWORKS].map((adapter) => [scheme, viaAdapter(adapter), adapted(adapter, imports, verifier)]),
];

/** [scheme, library, handler source] */
export const HANDLERS = [
  ...hookguard('shared secret', 'sharedSecret', "sharedSecret({ secret: { env: 'S' } })"),
  ...hookguard('autify', 'autify', "autify({ secret: { env: 'S' } })"),
  ...hookguard('github', 'github', "github({ secret: { env: 'S' } })"),
  ['github', '@octokit/webhooks-methods', `import { verify } from '@octokit/webhooks-methods';
   export const handler = async (e) => (await verify(process.env.S, e.body, e.headers['x-hub-signature-256']) ? { statusCode: 204 } : { statusCode: 401 });`],
  ...hookguard('stripe', 'stripe', "stripe({ secret: { env: 'S' } })"),
  ['stripe', 'stripe', `import Stripe from 'stripe';
   const stripe = new Stripe('sk');
   export const handler = async (e) => { try { stripe.webhooks.constructEvent(e.body, e.headers['stripe-signature'], process.env.S); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ...hookguard('standard webhooks', 'standardWebhooks', "standardWebhooks({ secret: { env: 'S' } })"),
  ['standard webhooks', 'standardwebhooks', `import { Webhook } from 'standardwebhooks';
   export const handler = async (e) => { try { new Webhook(process.env.S).verify(e.body, e.headers); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ['standard webhooks', 'svix', `import { Webhook } from 'svix';
   export const handler = async (e) => { try { new Webhook(process.env.S).verify(e.body, e.headers); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ...hookguard('twilio', 'twilio', "twilio({ authToken: { env: 'S' } })"),
  ['twilio', 'twilio', `import twilio from 'twilio';
   export const handler = async (e) => (twilio.validateRequest(process.env.S, e.headers['x-twilio-signature'], 'https://' + e.headers.host + e.rawPath, {}) ? { statusCode: 204 } : { statusCode: 401 });`],
  ...hookguard('qstash', 'qstash', 'qstash()'),
  ['qstash', '@upstash/qstash', `import { Receiver } from '@upstash/qstash';
   const receiver = new Receiver({ currentSigningKey: process.env.C, nextSigningKey: process.env.N });
   export const handler = async (e) => { try { await receiver.verify({ signature: e.headers['upstash-signature'], body: e.body }); return { statusCode: 204 }; } catch { return { statusCode: 401 }; } };`],
  ...hookguard('slack', 'slack', "slack({ signingSecret: { env: 'S' } })"),
  ...hookguard('shopify', 'shopify', "shopify({ secret: { env: 'S' } })"),
  // Presets on the preset layer: a signature list and a time (Paddle), two versions and the URL
  // (HubSpot), Ed25519 with a handshake (Discord), ECDSA (SendGrid).
  ...hookguard('paddle', 'paddle', "paddle({ secret: { env: 'S' } })"),
  ['paddle', '@paddle/paddle-node-sdk', `import { Paddle } from '@paddle/paddle-node-sdk';
   const webhooks = new Paddle('key').webhooks;
   export const handler = async (e) => ((await webhooks.isSignatureValid(e.body, process.env.S, e.headers['paddle-signature'])) ? { statusCode: 204 } : { statusCode: 401 });`],
  ...hookguard('hubspot', 'hubspot', "hubspot({ clientSecret: { env: 'S' } })"),
  ...hookguard('discord', 'discord', "discord({ publicKey: { env: 'S' } })"),
  ['discord', 'discord-interactions', `import { verifyKey } from 'discord-interactions';
   export const handler = async (e) => ((await verifyKey(e.body, e.headers['x-signature-ed25519'], e.headers['x-signature-timestamp'], process.env.S)) ? { statusCode: 204 } : { statusCode: 401 });`],
  ...hookguard('sendgrid', 'sendgrid', "sendgrid({ publicKey: { env: 'S' } })"),
  ['sendgrid', '@sendgrid/eventwebhook', `import { EventWebhook } from '@sendgrid/eventwebhook';
   const events = new EventWebhook();
   export const handler = async (e) => (events.verifySignature(events.convertPublicKeyToECDSA(process.env.S), e.body, e.headers['x-twilio-email-event-webhook-signature'], e.headers['x-twilio-email-event-webhook-timestamp']) ? { statusCode: 204 } : { statusCode: 401 });`],
];

/** `banner`: code put before the bundle, e.g. the `require` that CommonJS dependencies need to run as ESM. */
export async function bundle(source, banner = '') {
  const result = await build({
    banner: { js: banner },
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
    const budgets = JSON.parse(readFileSync(`${here}size-budget.json`, 'utf8')).gzipBytesPerSchemeBundle;
    const over = rows.filter((row) => row.gzipBytes > (budgets[row.library] ?? Infinity));
    for (const row of over) console.error(`over budget: ${row.scheme} ${row.library} is ${row.gzipBytes} B gzip, budget ${budgets[row.library]} B`);
    process.exitCode = over.length ? 1 : 0;
  }
}
