import { CreateTableCommand, GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamodbReplayStore, type DynamoDBReplayStoreOptions } from '../src/index.js';
import { startDynamoDB, type LocalDynamoDB } from './dynamodb-local.js';

// A fixed clock a quarter second past a whole second, so that rounding shows.
const T = 1_700_000_000_250;

let dynamodb: LocalDynamoDB;
let client: DynamoDBClient;
beforeAll(async () => {
  dynamodb = await startDynamoDB();
  client = dynamodb.client();
  await client.send(
    new CreateTableCommand({
      TableName: 'custom-key',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
});
afterAll(() => dynamodb?.stop());
afterEach(() => jest.restoreAllMocks());

const store = (options: Partial<DynamoDBReplayStoreOptions> = {}) => dynamodbReplayStore({ client, tableName: dynamodb.tableName, ...options });
/** The item the table holds under `pk`, as DynamoDB returns it. */
const held = async (pk: string, tableName = dynamodb.tableName, keyAttribute = 'pk') =>
  (await client.send(new GetItemCommand({ TableName: tableName, Key: { [keyAttribute]: { S: pk } }, ConsistentRead: true }))).Item;
const at = (ms: number) => jest.spyOn(Date, 'now').mockReturnValue(ms);

describe('the item a claim writes', () => {
  it('holds the prefixed key, the token, and expiresAt in epoch seconds rounded up', async () => {
    at(T);
    expect(await store().claim('github:abc', 60, 'token-a')).toBe(true);
    expect(await held('hookguard:replay:github:abc')).toEqual({
      pk: { S: 'hookguard:replay:github:abc' },
      token: { S: 'token-a' },
      expiresAt: { N: '1700000061' }, // 1700000060.25, up
    });
  });

  it('uses keyAttribute and prefix', async () => {
    at(T);
    expect(await store({ tableName: 'custom-key', keyAttribute: 'id', prefix: 'p:' }).claim('stripe:xyz', 300, 'token-a')).toBe(true);
    expect(await held('p:stripe:xyz', 'custom-key', 'id')).toEqual({ id: { S: 'p:stripe:xyz' }, token: { S: 'token-a' }, expiresAt: { N: '1700000301' } });
  });

  it('is written by one PutItem per claim, refused or not', async () => {
    const send = jest.spyOn(client, 'send');
    await store().claim('one-write', 60, 'token-a');
    await store().claim('one-write', 60, 'token-b');
    expect(send.mock.calls.map(([command]) => command.constructor.name)).toEqual(['PutItemCommand', 'PutItemCommand']);
  });
});

describe('expiry, on the clock of the instance that claims', () => {
  it('holds a claim until its TTL has passed, then until the next whole second', async () => {
    at(T);
    const claims = store();
    expect(await claims.claim('expiry', 60, 'token-a')).toBe(true);
    at(T + 60_000 - 1);
    expect(await claims.claim('expiry', 60, 'token-b')).toBe(false);
    at(T + 60_000); // the TTL has passed, but expiresAt (…061) is a whole second
    expect(await claims.claim('expiry', 60, 'token-c')).toBe(false);
    at(1_700_000_061_000);
    expect(await claims.claim('expiry', 60, 'token-d')).toBe(true);
    expect((await held('hookguard:replay:expiry'))?.token).toEqual({ S: 'token-d' });
  });

  it('expires a claim made on a whole second exactly when its TTL has passed', async () => {
    at(1_700_000_000_000);
    const claims = store();
    expect(await claims.claim('whole-second', 5, 'token-a')).toBe(true);
    at(1_700_000_004_999);
    expect(await claims.claim('whole-second', 5, 'token-b')).toBe(false);
    at(1_700_000_005_000);
    expect(await claims.claim('whole-second', 5, 'token-c')).toBe(true);
  });

  it('rounds a fractional TTL up as well', async () => {
    at(T);
    expect(await store().claim('fractional', 0.5, 'token-a')).toBe(true);
    expect((await held('hookguard:replay:fractional'))?.expiresAt).toEqual({ N: '1700000001' });
  });

  // DynamoDB's TTL deletes expired items lazily, often days late: the condition must not trust their presence.
  it('claims over an expired item the table still holds', async () => {
    const pk = 'hookguard:replay:stale';
    const nowSeconds = Math.floor(Date.now() / 1000);
    await client.send(new PutItemCommand({ TableName: dynamodb.tableName, Item: { pk: { S: pk }, token: { S: 'old' }, expiresAt: { N: String(nowSeconds - 3600) } } }));
    expect(await store().claim('stale', 60, 'token-a')).toBe(true);
    expect((await held(pk))?.token).toEqual({ S: 'token-a' });
  });

  it('refuses a key whose unexpired item another instance wrote, and leaves that item', async () => {
    const pk = 'hookguard:replay:theirs';
    const item = { pk: { S: pk }, token: { S: 'theirs' }, expiresAt: { N: String(Math.floor(Date.now() / 1000) + 3600) } };
    await client.send(new PutItemCommand({ TableName: dynamodb.tableName, Item: item }));
    expect(await store().claim('theirs', 60, 'token-a')).toBe(false);
    expect(await held(pk)).toEqual(item);
  });
});

describe('a claim the SDK sends again', () => {
  // The SDK retries a put whose answer was lost (a timeout, a reset socket) after DynamoDB had written it.
  const resending = () => ({ send: async (command: never) => (await client.send(command), client.send(command)) }) as unknown as DynamoDBClient;

  it('is still this claim: answered true, not refused as its own replay', async () => {
    const claims = dynamodbReplayStore({ client: resending(), tableName: dynamodb.tableName });
    expect(await claims.claim('resent', 60, 'token-a')).toBe(true);
    expect(await store().claim('resent', 60, 'token-b')).toBe(false);
  });

  it('releases without error when the delete is sent again', async () => {
    const claims = dynamodbReplayStore({ client: resending(), tableName: dynamodb.tableName });
    expect(await claims.claim('resent-release', 60, 'token-a')).toBe(true);
    await expect(claims.release('resent-release', 'token-a')).resolves.toBeUndefined();
    expect(await held('hookguard:replay:resent-release')).toBeUndefined();
  });
});

describe('release', () => {
  it('deletes the item while it holds this claim’s token', async () => {
    const claims = store();
    expect(await claims.claim('released', 60, 'token-a')).toBe(true);
    await expect(claims.release('released', 'token-a')).resolves.toBeUndefined();
    expect(await held('hookguard:replay:released')).toBeUndefined();
  });

  it('leaves an item that holds another token, unchanged', async () => {
    const claims = store();
    at(T);
    expect(await claims.claim('not-ours', 60, 'token-a')).toBe(true);
    await expect(claims.release('not-ours', 'token-b')).resolves.toBeUndefined();
    expect(await held('hookguard:replay:not-ours')).toEqual({ pk: { S: 'hookguard:replay:not-ours' }, token: { S: 'token-a' }, expiresAt: { N: '1700000061' } });
  });
});

describe('failures of DynamoDB', () => {
  it('reject, rather than answer "already claimed": a table that does not exist', async () => {
    const claims = store({ tableName: 'no-such-table' });
    await expect(claims.claim('key', 60, 'token-a')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(claims.release('key', 'token-a')).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('reject when the table has another partition key', async () => {
    await expect(store({ keyAttribute: 'id' }).claim('key', 60, 'token-a')).rejects.toMatchObject({ name: 'ValidationException' });
  });

  it('reject on throttling: only a failed condition means the key is taken', async () => {
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ProvisionedThroughputExceededException' });
    const failing = { send: () => Promise.reject(throttled) } as unknown as DynamoDBClient;
    const claims = dynamodbReplayStore({ client: failing, tableName: 't' });
    await expect(claims.claim('key', 60, 'token-a')).rejects.toBe(throttled);
    await expect(claims.release('key', 'token-a')).rejects.toBe(throttled);
  });
});

describe('never a synchronous throw', () => {
  it('turns a client that throws into rejected promises, for claim and release', async () => {
    const closed = { send: () => { throw new Error('the client is destroyed'); } } as unknown as DynamoDBClient;
    const claims = dynamodbReplayStore({ client: closed, tableName: 't' });
    const claim = claims.claim('key', 60, 'token-a'); // a synchronous throw would fail the test here
    const release = claims.release('key', 'token-a');
    await expect(claim).rejects.toThrow('the client is destroyed');
    await expect(release).rejects.toThrow('the client is destroyed');
  });

  it.each([0, -1, Number.NaN, Infinity])('rejects a TTL of %p without writing', async (ttl) => {
    const send = jest.spyOn(client, 'send');
    const claim = store().claim('bad-ttl', ttl, 'token-a');
    await expect(claim).rejects.toThrow(RangeError);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('options', () => {
  // Made when the table of cases is, before any beforeAll: a stand-in client, never called.
  const valid = () => ({ client: { send: () => Promise.resolve({}) }, tableName: 'replay' });
  it.each<[string, unknown, RegExp]>([
    ['no options', undefined, /options \{ client, tableName \} are required/],
    ['no client', { tableName: 'replay' }, /"client" must be a DynamoDBClient/],
    ['a client without send', { client: {}, tableName: 'replay' }, /"client" must be a DynamoDBClient/],
    ['a missing tableName', { ...valid(), tableName: undefined }, /"tableName" must be the name of a table/],
    ['an empty tableName', { ...valid(), tableName: '' }, /"tableName" must be the name of a table/],
    ['an empty keyAttribute', { ...valid(), keyAttribute: '' }, /"keyAttribute" must be a non-empty string/],
    ['keyAttribute "token"', { ...valid(), keyAttribute: 'token' }, /cannot be "token"/],
    ['keyAttribute "expiresAt"', { ...valid(), keyAttribute: 'expiresAt' }, /cannot be "expiresAt"/],
    ['a prefix that is no string', { ...valid(), prefix: 1 }, /"prefix" must be a string/],
  ])('refuses %s at creation, with a TypeError', (_name, options, message) => {
    expect(() => dynamodbReplayStore(options as DynamoDBReplayStoreOptions)).toThrow(TypeError);
    expect(() => dynamodbReplayStore(options as DynamoDBReplayStoreOptions)).toThrow(message);
  });

  it('accepts an empty prefix', async () => {
    expect(await store({ prefix: '' }).claim('bare-key', 60, 'token-a')).toBe(true);
    expect((await held('bare-key'))?.token).toEqual({ S: 'token-a' });
  });
});
