// An in-process DynamoDB (dynalite) on a free loopback port for one test file,
// with one table shaped as the README asks, and clients that are all destroyed
// on stop so that no keep-alive socket holds jest open.
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

// The SDK warns, once per process, that its 2027 releases will need Node 22:
// noise in every test run on Node 20. (Jest's sandboxed process.env does not reach
// the conformance suite's child processes: fixtures/store.mjs says it again.)
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export interface LocalDynamoDB {
  readonly endpoint: string;
  readonly tableName: string;
  /** A client of this server; `config` adds to or overrides the defaults. */
  client(config?: DynamoDBClientConfig): DynamoDBClient;
  stop(): Promise<void>;
}

export const clientConfig = (endpoint: string): DynamoDBClientConfig => ({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
});

export async function startDynamoDB(tableName = 'hookguard-replay'): Promise<LocalDynamoDB> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients: DynamoDBClient[] = [];
  const client = (config: DynamoDBClientConfig = {}) => {
    const made = new DynamoDBClient({ ...clientConfig(endpoint), ...config });
    clients.push(made);
    return made;
  };
  await client().send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  return {
    endpoint,
    tableName,
    client,
    async stop() {
      for (const made of clients) made.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
