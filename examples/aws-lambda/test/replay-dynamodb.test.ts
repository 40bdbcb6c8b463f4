// Two instances of the GitHub function, each its own serverless-offline, sharing
// one DynamoDB table (dynalite, a local DynamoDB): a delivery accepted by one is
// refused by the other, as two Lambda instances behind one API would.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signGithub } from '@hookguard/core/sign';
import { freePort, startRuntime, type LocalRuntime } from '../../support/processes.js';

const root = join(__dirname, '..');
const SECRET = 'lambda-replay-secret';
const TABLE = 'hookguard-replay';
const runtimes: LocalRuntime[] = [];
const bases: string[] = [];

async function startInstance(endpoint: string): Promise<string> {
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'offline',
    AWS_SECRET_ACCESS_KEY: 'offline',
    AWS_REGION: 'us-east-1',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    OFFLINE_HTTP_PORT: String(httpPort),
    OFFLINE_LAMBDA_PORT: String(lambdaPort),
    GITHUB_WEBHOOK_SECRET: SECRET,
    REPLAY_TABLE: TABLE,
    DYNAMODB_ENDPOINT: endpoint,
  };
  runtimes.push(await startRuntime(join(root, 'node_modules/serverless/bin/serverless.js'), ['offline', 'start'], { cwd: root, env, ready: (logs) => logs.includes('Server ready') }));
  return `http://127.0.0.1:${httpPort}`;
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(root, 'bundle.mjs')]);
  const dynamodb = await startRuntime(join(root, 'local-dynamodb.mjs'), [], { cwd: root, env: { ...process.env, REPLAY_TABLE: TABLE }, ready: (logs) => logs.includes('ready ') });
  runtimes.push(dynamodb);
  const endpoint = /ready (\S+)/.exec(dynamodb.logs())![1]!;
  bases.push(...(await Promise.all([startInstance(endpoint), startInstance(endpoint)])));
}, 180_000);

afterAll(() => Promise.all(runtimes.map((runtime) => runtime.stop())));

const deliver = async (base: string, body: string, headers: Record<string, string>) =>
  (await fetch(`${base}/github`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body })).status;

describe('the GitHub function on two instances sharing a DynamoDB replay table', () => {
  it('accepts a delivery once: the same delivery at the other instance is refused 409', async () => {
    const body = '{"zen":"Keep it logically awesome."}';
    const { headers } = await signGithub({ secret: SECRET, body });
    expect(await deliver(bases[0]!, body, headers)).toBe(200);
    expect(await deliver(bases[1]!, body, headers)).toBe(409);
    expect(await deliver(bases[0]!, body, headers)).toBe(409);
  });

  it('accepts every other delivery, at either instance', async () => {
    for (const [index, base] of bases.entries()) {
      const body = `{"zen":"delivery ${index}"}`;
      expect(await deliver(base, body, (await signGithub({ secret: SECRET, body })).headers)).toBe(200);
    }
  });
});
