// A test harness for the real Lambda Node.js runtime client (aws-lambda-ric):
// a minimal Lambda Runtime API on loopback that the client polls, and a front
// door that turns HTTP requests into Lambda Function URL events, as AWS does,
// and the function's answers (buffered or streamed) back into HTTP responses.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..');
const DOMAIN = 'abcdefgh.lambda-url.us-east-1.on.aws';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
interface Invocation {
  id: string;
  event: object;
  answer(answer: Answer): void;
}

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** A Function URL event for an HTTP request, with the raw path and query, and the body in base64. */
function functionUrlEvent(req: IncomingMessage, body: Buffer) {
  const [rawPath, rawQueryString = ''] = (req.url ?? '/').split(/\?(.*)/s);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : String(value)]));
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { ...headers, host: DOMAIN, 'x-forwarded-proto': 'https' },
    requestContext: { domainName: DOMAIN, http: { method: req.method, path: rawPath }, requestId: randomUUID() },
    body: body.toString('base64'),
    isBase64Encoded: true,
  };
}

/** A buffered answer (`{ statusCode, headers, body }`), or a streamed one: JSON prelude, eight NUL bytes, then the body. */
function parseAnswer(req: IncomingMessage, payload: Buffer): Answer {
  if (req.headers['lambda-runtime-function-response-mode'] === 'streaming') {
    const separator = payload.indexOf(Buffer.alloc(8));
    const prelude = separator < 0 ? { statusCode: 200, headers: {} } : JSON.parse(payload.subarray(0, separator).toString());
    return { status: prelude.statusCode, headers: prelude.headers ?? {}, body: separator < 0 ? payload : payload.subarray(separator + 8) };
  }
  const result = JSON.parse(payload.toString());
  return { status: result.statusCode, headers: result.headers ?? {}, body: Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8') };
}

export interface RunningFunction {
  /** The front door: send HTTP requests here. */
  url: string;
  stop(): void;
}

/** Starts `dist/<handler>` under aws-lambda-ric, fed by the Runtime API stub. */
export async function startFunction(handler: string, env: Record<string, string>): Promise<RunningFunction> {
  const queue: Invocation[] = [];
  const waiting: ((invocation: Invocation) => void)[] = [];
  const pending = new Map<string, Invocation>();
  const enqueue = (invocation: Invocation) => (waiting.length ? waiting.shift()!(invocation) : queue.push(invocation));

  const runtimeApi = createServer(async (req, res) => {
    const payload = await read(req);
    if (req.url === '/2018-06-01/runtime/invocation/next') {
      const invocation = queue.shift() ?? (await new Promise<Invocation>((resolve) => waiting.push(resolve)));
      pending.set(invocation.id, invocation);
      res.writeHead(200, {
        'lambda-runtime-aws-request-id': invocation.id,
        'lambda-runtime-deadline-ms': String(Date.now() + 30_000),
        'lambda-runtime-invoked-function-arn': 'arn:aws:lambda:us-east-1:123456789012:function:example',
        'lambda-runtime-trace-id': 'Root=1-00000000-000000000000000000000000',
        'content-type': 'application/json',
      });
      res.end(JSON.stringify(invocation.event));
      return;
    }
    const [, id, kind] = /invocation\/([^/]+)\/(response|error)/.exec(req.url ?? '') ?? [];
    const invocation = id ? pending.get(decodeURIComponent(id)) : undefined;
    if (invocation) {
      pending.delete(invocation.id);
      invocation.answer(kind === 'response' ? parseAnswer(req, payload) : { status: 502, headers: {}, body: payload });
    }
    res.writeHead(202).end();
  });
  const runtimePort = await listen(runtimeApi);

  const frontDoor = createServer(async (req, res) => {
    const body = await read(req);
    const answer = await new Promise<Answer>((resolve) => enqueue({ id: randomUUID(), event: functionUrlEvent(req, body), answer: resolve }));
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  const frontPort = await listen(frontDoor);

  const client = spawn(process.execPath, [join(root, 'node_modules/aws-lambda-ric/index.mjs')], {
    cwd: join(root, 'dist'),
    env: {
      ...process.env,
      ...env,
      _HANDLER: handler,
      LAMBDA_TASK_ROOT: join(root, 'dist'),
      AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${runtimePort}`,
      AWS_LAMBDA_FUNCTION_NAME: 'example',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/example',
      AWS_LAMBDA_LOG_STREAM_NAME: 'local',
      AWS_REGION: 'us-east-1',
    },
    stdio: 'ignore',
  });

  return {
    url: `http://127.0.0.1:${frontPort}`,
    stop() {
      client.kill('SIGKILL');
      runtimeApi.closeAllConnections();
      runtimeApi.close();
      frontDoor.closeAllConnections();
      frontDoor.close();
    },
  };
}

export const FUNCTION_URL_ORIGIN = `https://${DOMAIN}`;
