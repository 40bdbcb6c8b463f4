// The shared replay store conformance suite, through @upstash/redis and the
// REST shim to a real redis-server; the race between processes from the built package.
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { replayStoreConformance } from '@hookguard/testing/replay-store';
import { Redis } from '@upstash/redis';
import { upstashReplayStore } from '../src/index.js';
import { startUpstashRestServer, type UpstashRestServer } from './upstash-rest-server.js';

let server: UpstashRestServer;
// A server that accepts connections and never answers: an Upstash that hangs.
let silent: Server;
const hanging = new Set<Socket>();
beforeAll(async () => {
  server = await startUpstashRestServer();
  silent = createServer((socket) => void hanging.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  // No longer listening before its connections drop, so the client's retry of a dropped request is refused at once.
  const closed = new Promise((resolve) => (silent ? silent.close(resolve) : resolve(undefined)));
  for (const socket of hanging) socket.destroy();
  await closed;
});

replayStoreConformance('upstashReplayStore', {
  create: () => upstashReplayStore({ redis: new Redis({ url: server.url, token: server.token, retry: false, enableTelemetry: false }) }),
  unreachable() {
    const { port } = silent.address() as { port: number };
    // No signal and no retries: the core's own timeout is what must answer.
    return upstashReplayStore({ redis: new Redis({ url: `http://127.0.0.1:${port}`, token: 'any', retry: false, enableTelemetry: false }) });
  },
  processes: {
    module: join(__dirname, 'fixtures/store.mjs'),
    export: 'createStore',
    get config() {
      return { url: server.url, token: server.token };
    },
  },
});
