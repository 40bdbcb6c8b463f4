// A local stand-in for Upstash's Redis REST API in front of a real redis-server,
// so the store is tested through the client users run (@upstash/redis) and the
// commands reach Redis itself. It keeps to what upstash.com/docs/redis/features/restapi
// documents and @upstash/redis uses:
// - `POST /` with a command as a JSON array answers `{"result": ...}` (200), or
//   `{"error": "..."}` with 400 when Redis answers an error;
// - `POST /pipeline` with an array of commands answers an array of those objects (200);
// - `Authorization: Bearer <token>` is required (401 without it);
// - with `Upstash-Encoding: base64`, every string in a result is base64, except "OK".
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { startRedisServer } from '../../redis/test/redis-server.js';
import { connectResp, RedisError, type Reply, type RespClient } from './resp.js';

export interface UpstashRestServer {
  /** The REST URL, as `UPSTASH_REDIS_REST_URL` would hold it. */
  readonly url: string;
  readonly token: string;
  /** Every command received over REST, as sent on to redis-server: what a client really sends. */
  readonly received: string[][];
  /** A command sent to redis-server directly, past the REST layer. */
  redis(...args: string[]): Promise<Reply>;
  stop(): Promise<void>;
}

type Json = string | number | null | Json[];
type Answer = { result: Json } | { error: string };

const toJson = (reply: Reply, base64: boolean): Json => {
  if (Buffer.isBuffer(reply)) return reply.toString(base64 ? 'base64' : 'utf8');
  if (typeof reply === 'string') return base64 && reply !== 'OK' ? Buffer.from(reply).toString('base64') : reply;
  if (reply instanceof RedisError) return reply.message; // an error inside an array (a script's table)
  if (Array.isArray(reply)) return reply.map((item) => toJson(item, base64));
  return reply;
};

const answer = (reply: Reply, base64: boolean): Answer => (reply instanceof RedisError ? { error: reply.message } : { result: toJson(reply, base64) });

// Redis takes every argument as a string; the client sends numbers (PX 60000) as JSON numbers.
const isCommand = (command: unknown): command is Array<string | number | boolean> =>
  Array.isArray(command) && command.length > 0 && command.every((arg) => ['string', 'number', 'boolean'].includes(typeof arg));

const send = (response: ServerResponse, status: number, body: Answer | Answer[]) =>
  void response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

async function handle(request: IncomingMessage, response: ServerResponse, resp: RespClient, token: string, received: string[][]): Promise<void> {
  if (request.headers.authorization !== `Bearer ${token}`) return send(response, 401, { error: 'Unauthorized' });
  if (request.method !== 'POST') return send(response, 405, { error: 'Method Not Allowed' });
  const pipeline = new URL(request.url ?? '/', 'http://localhost').pathname === '/pipeline';
  const body = parseJson(await readBody(request));
  const commands = pipeline ? body : [body];
  if (!Array.isArray(commands) || !commands.every(isCommand)) return send(response, 400, { error: 'ERR failed to parse command' });
  const base64 = request.headers['upstash-encoding'] === 'base64';
  const strings = commands.map((command) => command.map(String));
  received.push(...strings);
  const replies = await resp.send(strings);
  const answers = replies.map((reply) => answer(reply, base64));
  if (pipeline) return send(response, 200, answers);
  send(response, 'error' in answers[0]! ? 400 : 200, answers[0]!);
}

/** A redis-server of its own, behind the REST API on a free loopback port. */
export async function startUpstashRestServer({ token = 'test-token' } = {}): Promise<UpstashRestServer> {
  const redisServer = await startRedisServer();
  const resp = await connectResp(redisServer.port);
  const received: string[][] = [];
  const server = createServer((request, response) => {
    handle(request, response, resp, token, received).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    received,
    redis: async (...args) => (await resp.send([args]))[0]!,
    async stop() {
      server.closeAllConnections(); // the client's keep-alive connections would hold close() open
      await new Promise((resolve) => server.close(resolve));
      resp.close();
      await redisServer.stop();
    },
  };
}
