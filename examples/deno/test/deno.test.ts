// server.ts on the real Deno (Deno.serve) binary, on a free loopback port: signed
// requests reach the handlers, forged, unsigned and misdirected ones never do (the shared host suite).
import { join } from 'node:path';
import { denoBinary } from '../../support/deno.js';
import { hostSuite } from '../../support/host-suite.js';
import { startProcess } from '../../support/processes.js';

const root = join(__dirname, '..');
const deno = denoBinary(root);
// No network beyond loopback, and only these variables: the same command as in the README.
const allowEnv = '--allow-env=PORT,HOST,VERIFICATION_KEY,GITHUB_WEBHOOK_SECRET,TWILIO_AUTH_TOKEN';

hostSuite({
  secrets: { VERIFICATION_KEY: 'hasura-example-key', GITHUB_WEBHOOK_SECRET: 'github-example-secret', TWILIO_AUTH_TOKEN: 'twilio-example-token' },
  start: (port, env) =>
    startProcess(deno, ['run', '--allow-net=127.0.0.1', allowEnv, 'server.ts'], {
      cwd: root,
      // Only what the server needs: no proxy or registry settings reach it.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ...env },
      ready: () => fetch(`http://127.0.0.1:${port}`).then(() => true, () => false),
      timeoutMs: 8_000,
    }),
  answers: { hasura: (body) => ({ hello: 'hasura', body }), github: { event: 'pull_request', action: 'opened' } },
  githubReads: 'still parses the body',
});
