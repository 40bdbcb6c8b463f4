// server.ts on the real Bun (Bun.serve) binary, on a free loopback port: signed
// requests reach the handlers, forged, unsigned and misdirected ones never do (the shared host suite).
import { join } from 'node:path';
import { hostSuite } from '../../support/host-suite.js';
import { startProcess } from '../../support/processes.js';

const root = join(__dirname, '..');
const bun = join(root, 'node_modules/bun/bin/bun.exe'); // the native binary that node_modules/.bin/bun runs

hostSuite({
  secrets: { VERIFICATION_KEY: 'hasura-example-key', GITHUB_WEBHOOK_SECRET: 'github-example-secret', TWILIO_AUTH_TOKEN: 'twilio-example-token' },
  start: (port, env) =>
    startProcess(bun, ['run', 'server.ts'], {
      cwd: root,
      // Only what the server needs: no proxy or registry settings reach it.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
      ready: () => fetch(`http://127.0.0.1:${port}`).then(() => true, () => false),
      timeoutMs: 8_000,
    }),
  answers: { hasura: (body) => ({ hello: 'hasura', body }), github: { event: 'pull_request', action: 'opened' } },
  githubReads: 'still parses the body',
});
