// A local HTTP server that plays the senders' key hosts, reached through an
// injected fetch: a request to an allowed https origin goes to this server,
// anything else fails as a network error would. Counts what was fetched.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface KeyHost {
  /** fetch for the verifiers: https://<allowed host>/<path> is answered by the local server. */
  fetch: typeof fetch;
  /** Paths fetched, in order. */
  fetched: string[];
  /** What the server answers per path: a body, with a status and headers. */
  routes: Map<string, { status?: number; body: string; headers?: Record<string, string>; delayMs?: number }>;
  close(): Promise<void>;
}

export async function startKeyHost(allowedHosts: readonly string[]): Promise<KeyHost> {
  const routes: KeyHost['routes'] = new Map();
  const fetched: string[] = [];
  const server: Server = createServer((req, res) => {
    const route = routes.get(req.url ?? '');
    const answer = () => {
      res.writeHead(route?.status ?? (route ? 200 : 404), route?.headers ?? {});
      res.end(route?.body ?? 'not found');
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const localFetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'https:' || !allowedHosts.includes(url.host)) throw new TypeError(`fetch failed: ${url.host} is not reachable here`);
    fetched.push(url.pathname + url.search);
    return fetch(`http://127.0.0.1:${port}${url.pathname}${url.search}`, init);
  };
  return {
    fetch: localFetch,
    fetched,
    routes,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
