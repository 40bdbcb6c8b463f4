import { bodyTooLarge, createGuard, refuse, runVerified, type GuardOptions, type PlainRequest, type Refusal, type VerificationError } from '@hookguard/core';

export { getVerification, type Verification } from '@hookguard/core';

/** The parts of Azure's `HttpRequest` the adapter reads. */
export interface AzureRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  clone(): { readonly body: { values(options: { preventCancel: true }): AsyncIterable<Uint8Array> } | null };
}

/** Azure's `HttpResponseInit`, as far as a refusal or a handshake fills it. */
export interface AzureResponseInit {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface AzureVerificationOptions<Req, Ctx, R = AzureResponseInit> extends GuardOptions {
  /** Answers a refused request instead of the default `{ "error": code }` JSON with the error's status. */
  onFailure?: (error: VerificationError, request: Req, context: Ctx) => R | AzureResponseInit | Promise<R | AzureResponseInit>;
}

/**
 * Runs an Azure Functions v4 HTTP handler, `(request, context) => HttpResponseInit`,
 * only for requests the verifier accepts: `app.http(name, { handler:
 * withVerification(handler) })`. The body is read from a clone, so the handler
 * still reads `request.json()` or `request.text()`. The URL that Twilio, QStash
 * and query secrets check is `request.url`, as the Functions host built it;
 * behind Front Door or API Management, give `publicUrl`.
 */
export function withVerification<Req extends AzureRequest, Ctx, R>(
  handler: (request: Req, context: Ctx) => R | Promise<R>,
  options: AzureVerificationOptions<Req, Ctx, R> = {},
): (request: Req, context: Ctx) => Promise<R | AzureResponseInit> {
  const guard = createGuard(options);
  return async (request, context) => {
    const outcome = await guard.verify(await readRequest(request, guard.maxBodyBytes), request);
    if (outcome.ok) return runVerified(outcome.verification, () => handler(request, context), (answer) => (answer as { status?: unknown } | undefined)?.status);
    if (options.onFailure && !outcome.handshake) return options.onFailure(outcome.error, request, context);
    const { status, headers, body } = outcome.response;
    return { status, headers: { ...headers }, body };
  };
}

/** The request with its body, read from a clone (the handler reads the original); a refusal, never a throw. */
async function readRequest(request: AzureRequest, limit: number): Promise<PlainRequest | Refusal> {
  // A declared length over the limit is refused before any byte is read.
  if (Number(request.headers.get('content-length')) > limit) return { ok: false, error: bodyTooLarge(limit) };
  try {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // Read as it arrives (the host streams it with HTTP streaming on), never past the limit. Left
    // uncancelled: a cancelled branch of a cloned body settles only once the original is cancelled too.
    for await (const chunk of request.clone().body?.values({ preventCancel: true }) ?? []) {
      size += chunk.length;
      if (size > limit) return { ok: false, error: bodyTooLarge(limit) };
      chunks.push(chunk);
    }
    return { method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks) };
  } catch {
    return refuse('malformed', 'request', 'the request body could not be read');
  }
}
