// The URLs a sender may have signed instead of the one a function received:
// another scheme, host or port (proxies, tunnels), a reordered or re-encoded
// query (frameworks re-serialize it), a toggled trailing slash.
const MAX_PERMUTED_PARAMETERS = 4;

/** Candidate signed URLs for `received`, most likely first, without `received` itself. */
export function urlCandidates(received: string, headers: Headers, known: readonly string[] = [], publicUrl?: string): string[] {
  const url = new URL(received);
  const candidates = new Set<string>(known);
  for (const origin of originCandidates(url, headers, publicUrl)) {
    for (const path of [url.pathname, toggleTrailingSlash(url.pathname)]) {
      for (const query of queryCandidates(url.search)) candidates.add(origin + path + query);
    }
  }
  candidates.delete(received);
  return [...candidates];
}

/** Every mix of the received and forwarded scheme, host and port, plus the public URL the user names. */
function originCandidates(url: URL, headers: Headers, publicUrl?: string): string[] {
  const forwarded = (name: string) => headers.get(name)?.split(',')[0]?.trim() || undefined;
  const forwardedHost = forwarded('x-forwarded-host') ?? forwarded('host');
  const hostOnly = (host: string) => host.replace(/:\d+$/, '');
  const protocols = new Set([url.protocol, url.protocol === 'https:' ? 'http:' : 'https:']);
  const hosts = new Set([url.hostname.includes(':') ? `[${url.hostname}]` : url.hostname]);
  const ports = new Set(['', url.port, forwarded('x-forwarded-port') ?? '', /:(\d+)$/.exec(forwardedHost ?? '')?.[1] ?? '']);
  if (forwardedHost) hosts.add(hostOnly(forwardedHost));
  const origins = publicUrl ? [new URL(publicUrl).origin] : [];
  for (const protocol of protocols) {
    for (const host of hosts) for (const port of ports) origins.push(`${protocol}//${host}${port ? `:${port}` : ''}`);
  }
  return [...new Set(origins)];
}

const toggleTrailingSlash = (path: string) => (path.endsWith('/') ? path.slice(0, -1) || '/' : `${path}/`);

function queryCandidates(search: string): string[] {
  const pairs = search.slice(1).split('&').filter(Boolean);
  if (pairs.length === 0) return [''];
  const orders = pairs.length <= MAX_PERMUTED_PARAMETERS ? permutations(pairs) : [pairs, [...pairs].sort(), [...pairs].reverse()];
  const queries = new Set<string>();
  for (const order of orders) {
    for (const encode of ENCODINGS) queries.add(`?${order.map((pair) => encodePair(pair, encode)).join('&')}`);
  }
  return [...queries];
}

const decodeComponent = (text: string) => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/** As received; RFC 3986 (`%20`); HTML forms (`+`, as URLSearchParams writes); not encoded at all. */
const ENCODINGS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => encodeURIComponent(decodeComponent(text)),
  (text) => new URLSearchParams([['', decodeComponent(text)]]).toString().slice(1),
  (text) => decodeComponent(text),
];

function encodePair(pair: string, encode: (text: string) => string): string {
  const equals = pair.indexOf('=');
  return equals < 0 ? encode(pair) : `${encode(pair.slice(0, equals))}=${encode(pair.slice(equals + 1))}`;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/** What differs between the URL a sender signed and the one received, in words and as stable codes. */
export function describeUrlDifference(signed: string, received: string): { parts: string[]; codes: string[] } {
  const [a, b] = [new URL(signed), new URL(received)];
  const found: [string, string][] = [];
  if (a.protocol !== b.protocol) found.push(['scheme', `scheme differs (${a.protocol.slice(0, -1)} signed, ${b.protocol.slice(0, -1)} received)`]);
  if (a.hostname !== b.hostname) found.push(['host', `host differs (${a.hostname} signed, ${b.hostname} received)`]);
  if (a.port !== b.port) found.push(['port', `port differs (${a.port || 'default'} signed, ${b.port || 'default'} received)`]);
  if (a.pathname !== b.pathname) found.push(['path', `path differs (${a.pathname} signed, ${b.pathname} received)`]);
  found.push(...describeQueryDifference(a.search, b.search));
  return { codes: found.map(([code]) => code), parts: found.map(([, part]) => part) };
}

function describeQueryDifference(signed: string, received: string): [string, string][] {
  if (signed === received) return [];
  const decoded = (search: string) => search.slice(1).split('&').filter(Boolean).map(decodeComponent);
  const sorted = (items: string[]) => [...items].sort().join('&');
  const [a, b] = [decoded(signed), decoded(received)];
  if (sorted(a) !== sorted(b)) return [['query', 'query differs']];
  const reordered = a.join('&') !== b.join('&');
  const reencoded = sorted(signed.slice(1).split('&')) !== sorted(received.slice(1).split('&'));
  return [
    ...(reordered ? [['query_order', 'query reordered'] as [string, string]] : []),
    ...(reencoded ? [['query_encoding', 'query re-encoded'] as [string, string]] : []),
  ];
}
