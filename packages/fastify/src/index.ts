import {
  BodyCollector,
  bodyTooLarge,
  createGuard,
  getVerification,
  releaseIfFailed,
  requestOrigin,
  RequestHeaders,
  type GuardOptions,
  type GuardOutcome,
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
 * a body is verified before its handler. A route that answers 5xx releases its
 * delivery's replay claim.
 */
export function verification(options: FastifyVerificationOptions = {}) {
  const guard = createGuard(options);
  const verify = (request: FastifyRequest, body: Uint8Array | VerificationError) => {
    if (!(body instanceof Uint8Array)) return guard.reject(body);
    const headers = new RequestHeaders(request.headers);
    const origin = () => requestOrigin(headers, { protocol: request.protocol, trustProxy: guard.trustProxy ?? false });
    return guard.verify({ method: request.method, url: guard.url(origin, () => request.url), headers, body }, request.raw);
  };
  const answer = async (outcome: Exclude<GuardOutcome, { ok: true }>, request: FastifyRequest, reply: FastifyReply) => {
    if (options.onFailure && !outcome.handshake) await options.onFailure(outcome.error, request, reply);
    // An onFailure that answered nothing (or returned a value, as a route would) still refuses: the route never runs.
    if (reply.sent) return;
    const { response } = outcome;
    reply.code(response.status).headers(response.headers).send(response.body);
  };
  const plugin = async (fastify: FastifyInstance) => {
    fastify.addHook('preParsing', async (request, reply, payload) => {
      const outcome = await verify(request, await collect(payload, guard.maxBodyBytes));
      if (outcome.ok) return Readable.from([Buffer.from(outcome.verification.body)]);
      await answer(outcome, request, reply);
      return payload;
    });
    fastify.addHook('onResponse', async (request, reply) => {
      const verification = getVerification(request.raw);
      if (verification) await releaseIfFailed(verification, reply.statusCode);
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
