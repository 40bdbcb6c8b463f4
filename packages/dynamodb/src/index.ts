import { DeleteItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ReplayStore } from '@hookguard/core';
import { claimInput, EXPIRES_AT, isConditionFailure, releaseInput, TOKEN, type Table } from './commands.js';

export interface DynamoDBReplayStoreOptions {
  /**
   * Your `DynamoDBClient` from `@aws-sdk/client-dynamodb`. Give it few attempts
   * and request timeouts (see the README): a call that outlives
   * `replay.timeoutMs` makes verification answer 503 anyway.
   */
  client: DynamoDBClient;
  /** The table's name. Its partition key is a string named `keyAttribute`, and it has no sort key. */
  tableName: string;
  /** The name of the table's partition key. Default: `pk`. */
  keyAttribute?: string;
  /** Prepended to every key. Default: `hookguard:replay:`. */
  prefix?: string;
}

/** The core's `ReplayStore`, with both methods async and `release` always present. */
export interface DynamoDBReplayStore extends ReplayStore {
  claim(key: string, ttlSeconds: number, token: string): Promise<boolean>;
  release(key: string, token: string): Promise<void>;
}

/**
 * A replay store shared by every instance that uses the same DynamoDB table:
 * each claim is one conditional `PutItem`, atomic on the table, so of two
 * deliveries of one request exactly one is accepted, whichever instance
 * receives them.
 */
export function dynamodbReplayStore(options: DynamoDBReplayStoreOptions): DynamoDBReplayStore {
  const { client, tableName, keyAttribute = 'pk', prefix = 'hookguard:replay:' } = checkOptions(options);
  const table: Table = { tableName, keyAttribute, prefix };
  // Both methods are async so that whatever goes wrong (a bad argument, a
  // client that throws) reaches the caller as a rejected promise, never as a synchronous throw.
  return {
    async claim(key, ttlSeconds, token) {
      if (!(ttlSeconds > 0) || !Number.isFinite(ttlSeconds)) throw new RangeError(`dynamodbReplayStore: ttlSeconds must be a positive number, not ${ttlSeconds}`);
      try {
        await client.send(new PutItemCommand(claimInput(table, key, ttlSeconds, token, Date.now())));
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
    async release(key, token) {
      try {
        await client.send(new DeleteItemCommand(releaseInput(table, key, token)));
      } catch (error) {
        // Gone already, or claimed by another instance since ours expired: either way not ours to delete.
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}

const RESERVED = [TOKEN, EXPIRES_AT];

/** Misconfiguration fails at cold start, not as a 503 on every delivery. */
function checkOptions(options: DynamoDBReplayStoreOptions | undefined): DynamoDBReplayStoreOptions {
  const fail = (message: string) => {
    throw new TypeError(`dynamodbReplayStore: ${message}`);
  };
  if (typeof options !== 'object' || options === null) return fail('options { client, tableName } are required');
  if (typeof (options.client as { send?: unknown } | undefined)?.send !== 'function') fail('option "client" must be a DynamoDBClient from @aws-sdk/client-dynamodb');
  if (typeof options.tableName !== 'string' || options.tableName === '') fail('option "tableName" must be the name of a table');
  const { keyAttribute, prefix } = options;
  if (keyAttribute !== undefined && (typeof keyAttribute !== 'string' || keyAttribute === '')) fail('option "keyAttribute" must be a non-empty string');
  if (keyAttribute !== undefined && RESERVED.includes(keyAttribute)) fail(`option "keyAttribute" cannot be "${keyAttribute}": the store writes an attribute of that name`);
  if (prefix !== undefined && typeof prefix !== 'string') fail('option "prefix" must be a string');
  return options;
}
