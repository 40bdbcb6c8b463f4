// Signed requests in each platform's shape, for testing wrapped handlers:
//   const response = await handler(await signedRequest('github', { secret, url, body }));
import { Readable } from 'node:stream';
import { signRequest, type SignRequestOptions } from '@hookguard/core/sign';

export interface SignedRequestOptions extends SignRequestOptions {
  /** Default: POST. */
  method?: string;
  /** More headers; the signature's own win over them. */
  headers?: Record<string, string>;
}

const bodyText = (body: SignRequestOptions['body']) => (typeof body === 'string' ? body : Buffer.from(body ?? '').toString('utf8'));
const isText = (body: SignRequestOptions['body']) => typeof body === 'string' || body === undefined;

/** The signed parts; `body` is what was signed (the given one, or the sender's own for Mailgun and Linear, which sign inside it). */
async function signed(scheme: string, options: SignedRequestOptions) {
  const { url, headers, body } = await signRequest(scheme, options);
  const contentType = options.contentType ?? (scheme === 'twilio' ? 'application/x-www-form-urlencoded' : 'application/json');
  return { url, headers: { 'content-type': contentType, ...options.headers, ...headers }, method: options.method ?? 'POST', body };
}

/**
 * A WHATWG `Request` signed for `scheme`: for App Router, Netlify v2, web
 * handlers. It carries the `Host` header every client sends, from which
 * adapters off their platform rebuild the URL that URL-signing schemes check.
 */
export async function signedRequest(scheme: string, options: SignedRequestOptions): Promise<Request> {
  const { url, headers, method, body } = await signed(scheme, options);
  return new Request(url, { method, headers: { host: new URL(url).host, ...headers }, body: typeof body === 'string' ? body : Buffer.from(body) });
}

/** An API Gateway HTTP API (payload 2.0) event, as a Function URL or HTTP API delivers it. */
export async function signedHttpApiEvent(scheme: string, options: SignedRequestOptions) {
  const { url, headers, method, body } = await signed(scheme, options);
  const { host, pathname, search } = new URL(url);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: pathname,
    rawQueryString: search.slice(1),
    headers: { ...lowerCase(headers), host },
    requestContext: { domainName: host, http: { method, path: pathname }, stage: '$default' },
    body: isText(body) ? bodyText(body) : Buffer.from(body).toString('base64'),
    isBase64Encoded: !isText(body),
  };
}

/** An API Gateway REST (v1 proxy) event: query values arrive decoded, as AWS sends them. */
export async function signedRestApiEvent(scheme: string, options: SignedRequestOptions) {
  const { url, headers, method, body } = await signed(scheme, options);
  const { host, pathname, searchParams } = new URL(url);
  const multi: Record<string, string[]> = {};
  for (const [name, value] of searchParams) (multi[name] ??= []).push(value);
  return {
    httpMethod: method,
    path: pathname,
    resource: pathname,
    headers: { ...headers, Host: host },
    multiValueHeaders: Object.fromEntries(Object.entries({ ...headers, Host: host }).map(([name, value]) => [name, [value]])),
    queryStringParameters: Object.keys(multi).length ? Object.fromEntries(Object.entries(multi).map(([name, values]) => [name, values.at(-1)!])) : null,
    multiValueQueryStringParameters: Object.keys(multi).length ? multi : null,
    requestContext: { domainName: host, path: pathname, httpMethod: method },
    body: isText(body) ? bodyText(body) : Buffer.from(body).toString('base64'),
    isBase64Encoded: !isText(body),
  };
}

/** A Netlify v1 event, with the URL exactly as sent in `rawUrl`. */
export async function signedNetlifyEvent(scheme: string, options: SignedRequestOptions) {
  const { url, headers, method, body } = await signed(scheme, options);
  const { pathname, search } = new URL(url);
  const lower = lowerCase(headers);
  return {
    rawUrl: url,
    rawQuery: search.slice(1),
    path: pathname,
    httpMethod: method,
    headers: lower,
    multiValueHeaders: Object.fromEntries(Object.entries(lower).map(([name, value]) => [name, [value]])),
    queryStringParameters: {},
    multiValueQueryStringParameters: {},
    body: isText(body) ? bodyText(body) : Buffer.from(body).toString('base64'),
    isBase64Encoded: !isText(body),
  };
}

/** A Node request (`IncomingMessage`-like stream) for `(req, res)` handlers, plus a response that records what is sent. */
export async function signedNodeRequest(scheme: string, options: SignedRequestOptions) {
  const { url, headers, method, body } = await signed(scheme, options);
  const { host, pathname, search } = new URL(url);
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    method,
    url: pathname + search,
    headers: { ...lowerCase(headers), host, 'x-forwarded-proto': new URL(url).protocol.slice(0, -1) },
  });
  return { req, res: recordedResponse() };
}

/** A response for `(req, res)` handlers that keeps the status, headers and body sent to it. */
export function recordedResponse() {
  const response = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: '',
    setHeader(name: string, value: string) {
      response.headers[name.toLowerCase()] = value;
      return response;
    },
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    json(value: unknown) {
      response.setHeader('content-type', 'application/json');
      return response.end(JSON.stringify(value));
    },
    end(body = '') {
      response.body += body;
      return response;
    },
  };
  return response;
}

const lowerCase = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
