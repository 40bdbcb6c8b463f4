// Two instances of api/stripe.ts, each under its own @vercel/node dev server
// (the engine of `vercel dev`), sharing replay claims in Upstash: the tests'
// stand-in for Upstash's REST API, in front of a real redis-server.
import { join } from 'node:path';
import { signStripe } from '@hookguard/core/sign';
import * as vercelNode from '@vercel/node';
import { startUpstashRestServer, type UpstashRestServer } from '../../../packages/upstash/test/upstash-rest-server.js';

const root = join(__dirname, '..');
const SECRET = 'whsec_vercel_upstash';

interface Server {
  port: number;
  shutdown(): Promise<void>;
}
// The dev server behind `vercel dev`; exported at run time, absent from the package's types.
const { startDevServer } = vercelNode as unknown as { startDevServer(options: object): Promise<Server | undefined> };

let upstash: UpstashRestServer;
const instances: Server[] = [];

beforeAll(async () => {
  upstash = await startUpstashRestServer();
  const env = { STRIPE_WEBHOOK_SECRET: SECRET, UPSTASH_REDIS_REST_URL: upstash.url, UPSTASH_REDIS_REST_TOKEN: upstash.token };
  for (let i = 0; i < 2; i++) {
    const server = await startDevServer({ entrypoint: 'api/stripe.ts', workPath: root, repoRootPath: root, files: {}, config: {}, meta: { isDev: true, env, buildEnv: {} } });
    if (!server) throw new Error('startDevServer gave nothing for api/stripe.ts');
    instances.push(server);
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((server) => server.shutdown()));
  await upstash?.stop();
});

const deliver = async (server: Server, body: string, headers: Record<string, string>) =>
  (await fetch(`http://127.0.0.1:${server.port}/api/stripe`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body })).status;

describe('api/stripe.ts on two instances sharing Upstash', () => {
  it('accepts a delivery once: the same delivery at the other instance is refused 409, a new one accepted', async () => {
    const body = '{"id":"evt_upstash_1","type":"charge.succeeded"}';
    const { headers } = await signStripe({ secret: SECRET, body });
    expect(await deliver(instances[0]!, body, headers)).toBe(200);
    expect(await deliver(instances[1]!, body, headers)).toBe(409);
    const other = '{"id":"evt_upstash_2","type":"charge.succeeded"}';
    expect(await deliver(instances[1]!, other, (await signStripe({ secret: SECRET, body: other })).headers)).toBe(200);
  });

  it('the claim is in Redis, under the store prefix', async () => {
    expect(await upstash.redis('KEYS', 'hookguard:replay:stripe:*')).toHaveLength(2);
  });
});
