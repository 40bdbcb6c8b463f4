// The URL forms Twilio may have signed, in the order twilio-node (6.x,
// `validateRequest`) tries them: the URL as received without and with its
// default port, then as `new URL()` normalizes it, each also with the query
// re-encoded the way Node's legacy `querystring` module does.

import { unescapeLikeQuerystring } from '../encoding.js';
import { occursMoreThan } from '../signature.js';

const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;
// A colon (a port's, or user info's) between the scheme's `//` and the path, query or fragment.
const COLON_IN_AUTHORITY = /^[^/]*\/\/[^/?#]*:/;

/**
 * Adds (`withPort`) or removes the scheme's default port, keeping every other
 * character as received. twilio-node strips any port; a signature made for one
 * port is accepted here on that port or, for the default one, without it.
 */
function setDefaultPort(url: string, withPort: boolean): string {
  if (!withPort && !COLON_IN_AUTHORITY.test(url)) return url; // the common case, found without captures or slices
  const match = AUTHORITY.exec(url);
  if (!match) return url;
  const [prefix, scheme, authority] = match as unknown as [string, string, string];
  const userInfo = authority.slice(0, authority.lastIndexOf('@') + 1);
  const hostAndPort = authority.slice(userInfo.length);
  // A colon starts the port only after an IPv6 literal's closing bracket.
  const colon = hostAndPort.indexOf(':', hostAndPort.lastIndexOf(']') + 1);
  const host = colon < 0 ? hostAndPort : hostAndPort.slice(0, colon);
  const port = colon < 0 ? '' : hostAndPort.slice(colon);
  const defaultPort = scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  if (port !== '' && port !== defaultPort) return url;
  if (port === '' && !withPort) return url; // user info but no port: nothing to change
  return scheme + userInfo + host + (withPort ? defaultPort : '') + url.slice(prefix.length);
}

/**
 * `querystring.stringify(querystring.parse(query))`: values grouped under their
 * first key, re-encoded. Node's `querystring.unescape` falls back, on a
 * malformed escape, to decoding the valid ones and keeping the rest; without
 * an exception per pair here.
 */
function legacyQuery(url: string): string {
  const start = url.indexOf('?');
  if (start < 0 || start === url.length - 1) return url;
  const groups = new Map<string, string[]>();
  for (const pair of url.slice(start + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = unescapeLikeQuerystring((eq < 0 ? pair : pair.slice(0, eq)).replaceAll('+', ' '));
    const value = eq < 0 ? '' : unescapeLikeQuerystring(pair.slice(eq + 1).replaceAll('+', ' '));
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  const pairs = [...groups].flatMap(([key, values]) =>
    values.map((value) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`),
  );
  return `${url.slice(0, start)}?${pairs.join('&')}`;
}

// A `.` or `..` path segment, plain or percent-encoded, before any query or fragment.
const DOT_SEGMENT = /^[^?#]*\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/** Every distinct URL form to try, most likely first; the rarer forms are built only if needed. */
export function* twilioUrlCandidates(url: string): Generator<string> {
  const first = setDefaultPort(url, false);
  yield first; // most requests stop here: nothing else is built for them
  const tried = new Set([first]);
  const fresh = (candidate: string) => !tried.has(candidate) && tried.add(candidate);
  const receivedWithPort = setDefaultPort(url, true);
  if (fresh(receivedWithPort)) yield receivedWithPort;
  // `new URL()` resolves `/sms/../voice` to `/voice`: a delivery signed for one endpoint
  // must not be accepted at another of the same host, whose handler would then run it.
  if (DOT_SEGMENT.test(url)) return;
  let normalized: string;
  try {
    normalized = new URL(url).href;
  } catch {
    return; // a URL that does not parse has no normalized forms, and was not signed by Twilio
  }
  const withoutPort = setDefaultPort(normalized, false);
  const withPort = setDefaultPort(normalized, true);
  for (const candidate of [withoutPort, withPort]) if (fresh(candidate)) yield candidate;
  // Re-encoded once (only the port differs between the two forms), and only for a query a
  // webhook URL could have: a forged one of thousands of pairs is not re-encoded twice over.
  const query = withoutPort.indexOf('?');
  if (query >= 0 && occursMoreThan(withoutPort, '&', MAX_LEGACY_PAIRS - 1, query + 1)) return;
  const legacy = legacyQuery(withoutPort);
  for (const candidate of [legacy, setDefaultPort(legacy, true)]) if (fresh(candidate)) yield candidate;
}

/** More query parameters than any webhook URL carries; past it the legacy re-encoding is not tried. */
const MAX_LEGACY_PAIRS = 64;

