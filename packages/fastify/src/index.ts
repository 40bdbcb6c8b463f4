import {
  BodyCollector,
  bodyTooLarge,
  createGuard,
  releaseIfFailed,
  requestOrigin,
  RequestHeaders,
  type GuardOptions,
  type VerificationError,
} from '@hookguard/core';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export { getVerification, type Verification } from '@hookguard/core';

export interface FastifyVerificationOptions extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON with the error's status. */
  onFailure?: (error: VerificationError, request: FastifyRequest, reply: FastifyReply) => unknown;
}

/**
 * A Fastify plugin: the routes registered after it, in its scope, run only for
 * requests the verifier accepts (default: the secret in header
 * `verification_key` equals `VERIFICATION_KEY`). The raw bytes are verified as
 * they arrive (`preParsing`), then handed on unchanged to Fastify's own
 * content-type parsers, so `request.body` is parsed as usual; a request without
 * a body is verified before its handler. A route that answers 5xx, or a sender
 * that hangs up before the answer, releases the delivery's replay claim.
 */
export function verification(options: FastifyVerificationOptions = {}) {
  const guard = createGuard(options);
  /** The payload read (none past the limit, or a Content-Length over it) and verified. */
  const verify = async (request: FastifyRequest, payload: AsyncIterable<Uint8Array | string>) => {
    const limit = guard.maxBodyBytes;
    const body = Number(request.headers['content-length']) > limit ? bodyTooLarge(limit) : await collect(payload, limit);
    if (!(body instanceof Uint8Array)) return guard.reject(body);
    const headers = new RequestHeaders(request.headers);
    const origin = () => requestOrigin(headers, { protocol: request.protocol, trustProxy: guard.trustProxy });
    return guard.verify({ method: request.method, url: guard.url(origin, () => request.url), headers, body }, request.raw);
  };
  const plugin = async (fastify: FastifyInstance) => {
    fastify.addHook('preParsing', async (request, reply, payload) => {
      const outcome = await verify(request, payload);
      if (outcome.ok) {
        const { verification } = outcome;
        // A 5xx releases the claim, and so does a sender that hung up before the answer (as good as a 5xx): it retries.
        reply.raw.once('close', () => void releaseIfFailed(verification, reply.raw.writableFinished ? reply.statusCode : 500));
        return Readable.from([Buffer.from(verification.body)]);
      }
      // The rest of an upload over the limit is not read: Node closes the connection after the answer.
      if (outcome.error.code === 'body_too_large') reply.header('connection', 'close');
      if (options.onFailure && !outcome.handshake) await options.onFailure(outcome.error, request, reply);
      // An onFailure that answered nothing (or returned a value, as a route would) still refuses: the route never runs.
      if (!reply.sent) reply.code(outcome.response.status).headers(outcome.response.headers).send(outcome.response.body);
      return payload;
    });
  };
  // Hooks apply to the scope the plugin is registered in, as a middleware would (Fastify's skip-override).
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}

/** The payload's bytes, or the 413 refusal once past the limit (reading stops there). */
async function collect(payload: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array | VerificationError> {
  const body = new BodyCollector(limit);
  for await (const chunk of payload) {
    if (!body.add(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) return bodyTooLarge(limit);
  }
  return body.result();
}
