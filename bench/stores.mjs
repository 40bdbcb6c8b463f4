// What replay protection adds to a request, per store: the median latency of
// one claim beside one bare read (GET, GetItem) on the same backend, here, in
// the same run. Real backends, local: redis-server, dynalite (a DynamoDB in
// memory), the tests' Upstash REST stand-in in front of redis-server, and the
// in-memory store for scale. Local backends flatter every row alike: the
// claim's cost over the read is what carries to a real deployment.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { memoryReplayStore } from '@hookguard/core';
import { dynamodbReplayStore } from '@hookguard/dynamodb';
import { redisReplayStore } from '@hookguard/redis';
import { upstashReplayStore } from '@hookguard/upstash';
import { Redis as Upstash } from '@upstash/redis';
import dynalite from 'dynalite';
import { build } from 'esbuild';
import { createClient } from 'redis';

const here = new URL('.', import.meta.url).pathname;
const RUNS = 500;

/** The median, in µs, of `run` called RUNS times in turn (after a warm-up), each with a fresh key. */
async function median(run) {
  for (let i = 0; i < 50; i++) await run(randomUUID());
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const key = randomUUID();
    const started = process.hrtime.bigint();
    await run(key);
    times.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** The tests' TypeScript helpers (redis-server, the Upstash REST stand-in), bundled to run here. */
async function testHelper(entry) {
  const outfile = join(mkdtempSync(join(tmpdir(), 'hookguard-bench-')), 'helper.mjs');
  await build({ entryPoints: [join(here, entry)], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  return import(outfile);
}

async function row(store, backend, claim, read) {
  const claimUs = await median(claim);
  const readUs = read ? await median(read) : undefined;
  return { store, backend, claimUs: round(claimUs), readUs: readUs === undefined ? '' : round(readUs), claimOverRead: readUs === undefined ? '' : round(claimUs / readUs) };
}
const round = (value) => Math.round(value * 100) / 100;

export async function measureStores() {
  const rows = [];
  const memory = memoryReplayStore();
  rows.push(await row('memoryReplayStore', 'this process', (key) => memory.claim(key, 60, 'token')));

  const { startRedisServer } = await testHelper('../packages/redis/test/redis-server.ts');
  const redisServer = await startRedisServer();
  const client = await createClient({ url: redisServer.url }).connect();
  const redis = redisReplayStore({ client });
  rows.push(await row('@hookguard/redis', 'redis-server (GET)', (key) => redis.claim(key, 60, 'token'), (key) => client.get(key)));
  await client.quit();
  await redisServer.stop();

  const dynamo = dynalite({ createTableMs: 0 });
  await new Promise((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
  const ddb = new DynamoDBClient({ endpoint: `http://127.0.0.1:${dynamo.address().port}`, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const TableName = 'hookguard-replay';
  await ddb.send(new CreateTableCommand({ TableName, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
  const dynamodb = dynamodbReplayStore({ client: ddb, tableName: TableName });
  rows.push(await row('@hookguard/dynamodb', 'dynalite (GetItem)', (key) => dynamodb.claim(key, 60, 'token'), (key) => ddb.send(new GetItemCommand({ TableName, Key: { pk: { S: key } } }))));
  ddb.destroy();
  await new Promise((resolve) => dynamo.close(resolve));

  const { startUpstashRestServer } = await testHelper('../packages/upstash/test/upstash-rest-server.ts');
  const rest = await startUpstashRestServer();
  const upstashClient = new Upstash({ url: rest.url, token: rest.token });
  const upstash = upstashReplayStore({ redis: upstashClient });
  rows.push(await row('@hookguard/upstash', 'REST stand-in + redis-server (GET)', (key) => upstash.claim(key, 60, 'token'), (key) => upstashClient.get(key)));
  await rest.stop();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await measureStores());
}
