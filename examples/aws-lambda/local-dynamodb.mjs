// A local DynamoDB (dynalite, in memory) holding the replay table, for the tests
// and `pnpm demo`: `node local-dynamodb.mjs` prints `ready <endpoint>` once the
// table exists. The table is the one the README describes (string key `pk`).
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

const server = dynalite({ createTableMs: 0 });
await new Promise((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${server.address().port}`;
const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
await client.send(
  new CreateTableCommand({
    TableName: process.env.REPLAY_TABLE ?? 'hookguard-replay',
    AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  }),
);
client.destroy();
console.log(`ready ${endpoint}`);
