import { refuse, type Refusal } from './errors.js';
import { RequestHeaders, type HeadersInput } from './request.js';

/** The path and query of an absolute URL, byte for byte (`new URL()` would re-encode them). */
export function pathAndQuery(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
}

/** Where an adapter finds the origin a client called, and which headers it may believe. */
export interface OriginSource {
  /** The scheme when no trusted header names one, e.g. `https` on API Gateway, the socket's on Node. */
  protocol: string;
  /** The host the platform itself vouches for (API Gateway's `requestContext.domainName`); default: the `Host` header. */
  host?: string | undefined;
  /**
   * Believe `X-Forwarded-Proto` and `X-Forwarded-Host`: only where a proxy the
   * user runs, or the platform (Vercel), writes them. Anywhere else they are the
   * client's own words. The last value is read, the one the nearest proxy wrote.
   */
  trustProxy?: boolean | undefined;
  /** Believe `X-Forwarded-Proto` alone (an ALB writes it; the `Host` header stays the client's). */
  trustForwardedProto?: boolean | undefined;
}

// A host as RFC 3986 allows in an authority, narrowed to what DNS names and IP
// literals use, with an optional port: no `/`, `?`, `#`, `@` or space can slip a
// path, query or user info into the URL built from it.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9._-]{0,252})?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;
const PROTOCOL = /^https?$/i;

/**
 * The origin (`https://host:port`) of the URL a client called, from what the
 * platform guarantees. Headers are client input: a value that is no host or no
 * `http`/`https` is the client's fault and refused as malformed (403), never a
 * configuration alarm.
 */
export function requestOrigin(headers: HeadersInput, source: OriginSource): string | Refusal {
  const view = headers instanceof RequestHeaders ? headers : new RequestHeaders(headers);
  const forwardedProto = source.trustProxy || source.trustForwardedProto ? lastValue(view, 'x-forwarded-proto') : undefined;
  const protocol = (forwardedProto ?? source.protocol).replace(/:$/, '');
  const host = (source.trustProxy ? lastValue(view, 'x-forwarded-host') : undefined) ?? source.host ?? lastValue(view, 'host');
  if (!PROTOCOL.test(protocol)) return refuse('malformed', 'request', 'the forwarded protocol is neither http nor https');
  if (host === undefined) return refuse('malformed', 'request', 'the request names no host');
  if (!HOST.test(host)) return refuse('malformed', 'request', 'the request host is not a host name or IP address');
  return `${protocol.toLowerCase()}://${host}`;
}

/** The last comma-separated value of a header, trimmed; undefined when absent or empty. */
function lastValue(headers: RequestHeaders, name: string): string | undefined {
  const value = headers.get(name);
  if (value === undefined) return undefined;
  return value.slice(value.lastIndexOf(',') + 1).trim() || undefined;
}
