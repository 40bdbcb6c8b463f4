// A minimal RESP2 client over one TCP connection, for the REST shim to reach
// redis-server with (the `redis` package does not resolve from this package).
// Redis answers a connection's commands in order, so replies are matched to
// commands first in, first out, and commands written in one go run back to back.
import { createConnection, type Socket } from 'node:net';

/** A reply: bulk strings as bytes (the shim may base64 them), simple strings as text. */
export type Reply = Buffer | string | number | null | RedisError | Reply[];

export class RedisError extends Error {}

const CRLF = '\r\n';
const encode = (args: string[]) => `*${args.length}${CRLF}${args.map((arg) => `$${Buffer.byteLength(arg)}${CRLF}${arg}${CRLF}`).join('')}`;

/** One reply parsed from `buffer` at `at`, with where the next begins; undefined while incomplete. */
function parse(buffer: Buffer, at: number): [Reply, number] | undefined {
  const end = buffer.indexOf(CRLF, at);
  if (end < 0) return undefined;
  const line = buffer.toString('utf8', at + 1, end);
  const next = end + 2;
  switch (buffer[at]) {
    case 0x2b: return [line, next]; // +simple string
    case 0x2d: return [new RedisError(line), next]; // -error
    case 0x3a: return [Number(line), next]; // :integer
    case 0x24: { // $bulk string
      const length = Number(line);
      if (length < 0) return [null, next];
      return buffer.length < next + length + 2 ? undefined : [buffer.subarray(next, next + length), next + length + 2];
    }
    case 0x2a: { // *array
      const count = Number(line);
      if (count < 0) return [null, next];
      const items: Reply[] = [];
      let cursor = next;
      for (let i = 0; i < count; i++) {
        const item = parse(buffer, cursor);
        if (!item) return undefined;
        items.push(item[0]);
        cursor = item[1];
      }
      return [items, cursor];
    }
    default: throw new Error(`unexpected RESP type ${String.fromCharCode(buffer[at]!)}`);
  }
}

export interface RespClient {
  /** Sends the commands in one write; their replies, in order. */
  send(commands: string[][]): Promise<Reply[]>;
  close(): void;
}

export async function connectResp(port: number): Promise<RespClient> {
  const socket: Socket = await new Promise((resolve, reject) => {
    const connection = createConnection({ port, host: '127.0.0.1' }, () => resolve(connection)).once('error', reject);
  });
  const waiting: Array<(reply: Reply) => void> = [];
  let pending = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (let parsed = parse(pending, 0); parsed; parsed = parse(pending, 0)) {
      pending = pending.subarray(parsed[1]);
      waiting.shift()!(parsed[0]);
    }
  });
  // A command in flight when redis-server goes away answers an error, rather than never.
  socket.on('error', () => undefined);
  socket.on('close', () => {
    for (const answer of waiting.splice(0)) answer(new RedisError('the connection to redis-server closed'));
  });
  return {
    send(commands) {
      const replies = commands.map(() => new Promise<Reply>((resolve) => waiting.push(resolve)));
      socket.write(commands.map(encode).join(''));
      return Promise.all(replies);
    },
    close: () => void socket.destroy(),
  };
}
