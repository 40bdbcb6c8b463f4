import { decodeEventBody, refuse, requestOrigin, RequestHeaders, type Guard, type PlainRequest, type Refusal } from '@hookguard/core';

type Headers = Record<string, string | undefined>;
type MultiHeaders = Record<string, string[] | undefined>;
type Query = Record<string, string | undefined> | null;
type MultiQuery = Record<string, string[] | undefined> | null;

/** API Gateway REST (v1 proxy) and HTTP API payload 1.0 events: the parts the adapter reads. */
export interface RestApiEvent {
  httpMethod: string;
  path: string;
  headers: Headers | null;
  multiValueHeaders?: MultiHeaders | null | undefined;
  queryStringParameters?: Query | undefined;
  multiValueQueryStringParameters?: MultiQuery | undefined;
  body: string | null;
  isBase64Encoded: boolean;
  requestContext: { domainName?: string | undefined; path?: string | undefined };
}

/** HTTP API payload 2.0 and Lambda Function URL events. */
export interface HttpApiEvent {
  rawPath: string;
  rawQueryString: string;
  headers: Headers;
  body?: string | undefined;
  isBase64Encoded: boolean;
  requestContext: { domainName: string; http: { method: string } };
}

/** Application Load Balancer events, with or without multi-value headers. */
export interface AlbEvent {
  httpMethod: string;
  path: string;
  headers?: Headers | undefined;
  multiValueHeaders?: MultiHeaders | undefined;
  queryStringParameters?: Query | undefined;
  multiValueQueryStringParameters?: MultiQuery | undefined;
  body: string | null;
  isBase64Encoded: boolean;
  requestContext: { elb: { targetGroupArn: string } };
}

export type LambdaHttpEvent = RestApiEvent | HttpApiEvent | AlbEvent;

// Told apart as hono's Lambda adapter does: a REST event behind a custom-domain
// mapping can carry `rawPath` too, so v2 also needs `requestContext.http`.
// Read with optional chaining, never `in`, so that an event of another shape (a test's, a misrouted trigger's) cannot throw.
export const isAlb = (event: LambdaHttpEvent): event is AlbEvent => (event as AlbEvent)?.requestContext?.elb !== undefined;
export const isHttpApi = (event: LambdaHttpEvent): event is HttpApiEvent =>
  (event as HttpApiEvent)?.rawPath !== undefined && (event as HttpApiEvent).requestContext?.http !== undefined;

/** The event as a plain request; its URL is built only if the scheme reads it (most sign the body alone). */
export function toPlainRequest(event: LambdaHttpEvent, guard: Guard): PlainRequest {
  const httpApi = isHttpApi(event);
  // One view of the headers serves verification and, for ALB, the host lookup.
  const headers = new RequestHeaders(httpApi ? event.headers : (event.multiValueHeaders ?? event.headers ?? {}));
  const method = httpApi ? event.requestContext.http.method : event.httpMethod;
  const url = guard.url(() => eventOrigin(event, headers), () => eventPath(event));
  return { method, url, headers, body: decodeEventBody(event.body, event.isBase64Encoded) };
}

/**
 * The origin from what AWS guarantees: API Gateway and Function URLs name the
 * domain called in `requestContext.domainName`, and pass `X-Forwarded-Host` and
 * `X-Forwarded-Proto` from the client unread. An ALB writes `X-Forwarded-Proto`
 * but passes the client's `Host` on: behind one, URL-signing schemes want `publicUrl`.
 */
function eventOrigin(event: LambdaHttpEvent, headers: RequestHeaders): string | Refusal {
  if (isAlb(event)) return requestOrigin(headers, { protocol: 'https', trustForwardedProto: true });
  const host = event.requestContext?.domainName;
  if (!host) return refuse('misconfigured', 'request', 'the event has no requestContext.domainName; set publicUrl');
  return requestOrigin(headers, { protocol: 'https', host });
}

/**
 * The path and query as the event allows: exactly for HTTP APIs and Function
 * URLs (`rawPath`, `rawQueryString`); for ALB from the still-encoded query; for
 * REST APIs from decoded query values, so URL-signing schemes there need `publicUrl`.
 */
function eventPath(event: LambdaHttpEvent): string {
  if (isHttpApi(event)) return event.rawPath + (event.rawQueryString ? `?${event.rawQueryString}` : '');
  const alb = isAlb(event);
  // REST APIs strip the stage from `path`; `requestContext.path` keeps it, as the client sent it.
  const path = alb ? event.path : ((event.requestContext as RestApiEvent['requestContext']).path ?? event.path);
  return path + queryString(event.multiValueQueryStringParameters, event.queryStringParameters, alb ? (text) => text : encodeQueryText);
}

/** encodeURIComponent that never throws: a lone surrogate (which no signer encodes either) becomes U+FFFD. */
const encodeQueryText = (text: string) => encodeURIComponent((text as string & { toWellFormed(): string }).toWellFormed());

function queryString(multi: MultiQuery | undefined, single: Query | undefined, encode: (text: string) => string): string {
  const pairs = multi
    ? Object.entries(multi).flatMap(([name, values]) => (values ?? []).map((value) => [name, value]))
    : Object.entries(single ?? {}).flatMap(([name, value]) => (value === undefined ? [] : [[name, value]]));
  return pairs.length ? `?${pairs.map(([name, value]) => `${encode(name!)}=${encode(value!)}`).join('&')}` : '';
}
