// A stand-in for the Functions host's HTTP front, for `pnpm demo` only: the
// host (Core Tools, `func`) downloads itself at install time and cannot be
// installed offline. Each request becomes @azure/functions' own HttpRequest and
// InvocationContext, as the host makes them, and the HttpResponseInit the
// function answers is written back. Functions are served at /<name>, as with
// `"routePrefix": ""` in host.json. Not a host to deploy on.
import { HttpRequest, InvocationContext, type HttpResponseInit } from '@azure/functions';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { githubWebhook, hasura, twilioWebhook } from './src/functions/webhooks.js';

const functions: Record<string, (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>> = {
  '/hasura': hasura,
  '/github': githubWebhook,
  '/twilio': twilioWebhook,
};

async function toHttpRequest(req: IncomingMessage): Promise<HttpRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, String(value)]));
  return new HttpRequest({ method: req.method ?? 'GET', url: `http://${req.headers.host}${req.url}`, headers, body: { bytes: Buffer.concat(chunks) } });
}

createServer(async (req, res) => {
  const fn = functions[new URL(req.url ?? '/', 'http://localhost').pathname];
  if (!fn) return void res.writeHead(404).end();
  const answer = await fn(await toHttpRequest(req), new InvocationContext({ invocationId: randomUUID() }));
  const json = answer.jsonBody !== undefined;
  const headers = { ...(json && { 'content-type': 'application/json' }), ...(answer.headers as Record<string, string>) };
  res.writeHead(answer.status ?? 200, headers).end(json ? JSON.stringify(answer.jsonBody) : (answer.body as string | undefined) ?? '');
}).listen(Number(process.env['PORT']), process.env['HOST'] ?? '127.0.0.1');
