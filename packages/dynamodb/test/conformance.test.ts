// The shared replay store conformance suite, on dynalite (an in-process
// DynamoDB); the race between processes with the built package in each child.
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { replayStoreConformance } from '@hookguard/testing/replay-store';
import { dynamodbReplayStore } from '../src/index.js';
import { startDynamoDB, type LocalDynamoDB } from './dynamodb-local.js';

let dynamodb: LocalDynamoDB;
// A server that accepts connections and never answers: a DynamoDB that hangs.
let silent: Server;
const hanging = new Set<Socket>();
beforeAll(async () => {
  dynamodb = await startDynamoDB();
  silent = createServer((socket) => void hanging.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await dynamodb?.stop(); // destroys every client, the hanging one's included
  for (const socket of hanging) socket.destroy();
  silent?.close();
});

// Each store's client, destroyed after its test, so that nothing keeps jest running.
const closers = new WeakMap<object, () => void>();
const kept = <S extends object>(store: S, closeClient: () => void): S => (closers.set(store, closeClient), store);

replayStoreConformance('dynamodbReplayStore', {
  create() {
    const client = dynamodb.client();
    return kept(dynamodbReplayStore({ client, tableName: dynamodb.tableName }), () => client.destroy());
  },
  close: (store) => closers.get(store)?.(),
  unreachable() {
    // No request timeout and a single attempt: the core's own timeout is what must answer.
    const client = dynamodb.client({ endpoint: `http://127.0.0.1:${(silent.address() as { port: number }).port}`, maxAttempts: 1 });
    return dynamodbReplayStore({ client, tableName: dynamodb.tableName });
  },
  processes: {
    module: join(__dirname, 'fixtures/store.mjs'),
    export: 'createStore',
    get config() {
      return { endpoint: dynamodb.endpoint, tableName: dynamodb.tableName };
    },
  },
});
