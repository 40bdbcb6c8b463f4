import type { DeleteItemCommandInput, PutItemCommandInput } from '@aws-sdk/client-dynamodb';

/** Where the claims live: the table, its partition key's name, and the prefix of every key. */
export interface Table {
  tableName: string;
  keyAttribute: string;
  prefix: string;
}

/** The item's other two attributes; a `keyAttribute` may take neither name. */
export const TOKEN = 'token';
export const EXPIRES_AT = 'expiresAt';

/**
 * The second from which a claim made at `nowMs` has expired. Rounded up, so a
 * claim never lapses before its TTL has passed; at most one second late.
 */
export const expiresAt = (nowMs: number, ttlSeconds: number) => Math.ceil(nowMs / 1000 + ttlSeconds);

/**
 * One conditional put, atomic on the table: it writes when no item holds the
 * key, or when the item there has expired. Expiry is part of the condition
 * because DynamoDB's TTL deletes expired items lazily, often days later.
 * `<=` against the current whole second: an item is expired once its
 * `expiresAt` second has begun, which with `expiresAt` rounded up is never
 * before its TTL has passed.
 * An item holding this claim's own token is the SDK retrying a put whose
 * answer was lost: without that clause, the retry would find our own item and
 * turn the delivery's only claim into a 409.
 */
export function claimInput(table: Table, key: string, ttlSeconds: number, token: string, nowMs: number): PutItemCommandInput {
  return {
    TableName: table.tableName,
    Item: {
      [table.keyAttribute]: { S: table.prefix + key },
      [TOKEN]: { S: token },
      [EXPIRES_AT]: { N: String(expiresAt(nowMs, ttlSeconds)) },
    },
    ConditionExpression: 'attribute_not_exists(#key) OR #expiresAt <= :now OR #token = :token',
    ExpressionAttributeNames: { '#key': table.keyAttribute, '#expiresAt': EXPIRES_AT, '#token': TOKEN },
    ExpressionAttributeValues: { ':now': { N: String(Math.floor(nowMs / 1000)) }, ':token': { S: token } },
  };
}

/** A delete that happens only while the item still holds this claim's token, never another instance's later claim. */
export function releaseInput(table: Table, key: string, token: string): DeleteItemCommandInput {
  return {
    TableName: table.tableName,
    Key: { [table.keyAttribute]: { S: table.prefix + key } },
    ConditionExpression: '#token = :token',
    ExpressionAttributeNames: { '#token': TOKEN },
    ExpressionAttributeValues: { ':token': { S: token } },
  };
}

/** The one error that means "the condition did not hold": every other one is a failure of the store. */
export const isConditionFailure = (error: unknown) =>
  error instanceof Error && error.name === 'ConditionalCheckFailedException';
