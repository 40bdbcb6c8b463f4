// `node server.mjs` started as its own process on a loopback port, sent signed,
// forged, unsigned and misdirected deliveries over HTTP, by fetch and by the
// built hookguard CLI (the shared host suite).
import { join } from 'node:path';
import { hostSuite } from '../../support/host-suite.js';
import { startRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');

hostSuite({
  secrets: { VERIFICATION_KEY: 'hasura-fastify-key', GITHUB_WEBHOOK_SECRET: 'github-fastify-secret', TWILIO_AUTH_TOKEN: 'twilio-fastify-token' },
  start: (_port, env) =>
    startRuntime(join(root, 'server.mjs'), [], { cwd: root, env: { ...process.env, ...env }, ready: (logs) => logs.includes('listening on'), timeoutMs: 8_000 }),
  answers: { hasura: (body) => ({ hello: JSON.parse(body).input.name }), github: { action: 'opened' } },
  githubReads: "sees request.body parsed by Fastify's JSON parser",
});
