// The shared replay store conformance suite, on a real redis-server, with
// both clients; the race between processes with node-redis in each child.
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { replayStoreConformance } from '@hookguard/testing/replay-store';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { redisReplayStore } from '../src/index.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

let server: RedisServer;
// A server that accepts connections and never answers: a Redis that hangs.
let silent: Server;
const hanging = new Set<Socket>();
const unreachableClients: Redis[] = [];
beforeAll(async () => {
  server = await startRedisServer();
  silent = createServer((socket) => void hanging.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  for (const client of unreachableClients) client.disconnect();
  for (const socket of hanging) socket.destroy();
  silent?.close();
});

// Each store's client, closed after its test, so that nothing keeps jest running.
const closers = new WeakMap<object, () => unknown>();
const close = async (store: object) => void (await closers.get(store)?.());
const kept = <S extends object>(store: S, closeClient: () => unknown): S => (closers.set(store, closeClient), store);

replayStoreConformance('redisReplayStore (node-redis)', {
  async create() {
    const client = await createClient({ url: server.url, disableOfflineQueue: true }).connect();
    return kept(redisReplayStore({ client }), () => client.quit());
  },
  close,
  unreachable() {
    const client = new Redis((silent.address() as { port: number }).port, '127.0.0.1');
    unreachableClients.push(client);
    return redisReplayStore({ client });
  },
  processes: { module: join(__dirname, 'fixtures/store.mjs'), export: 'createStore', get config() { return { url: server.url }; } },
});

replayStoreConformance('redisReplayStore (ioredis)', {
  create() {
    const client = new Redis(server.port, '127.0.0.1');
    return kept(redisReplayStore({ client, prefix: 'io:' }), () => client.quit());
  },
  close,
});
