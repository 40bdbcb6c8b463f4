import { refuse, type Refusal } from '@hookguard/core';

export interface FetchOptions {
  /** The fetch to use: the runtime's by default; tests and air-gapped setups inject their own. */
  fetch?: typeof fetch;
  /** Milliseconds a fetch may take before the request is answered 503. Default: 2000 (senders time out at 3 to 10 s). */
  timeoutMs?: number;
}

/** More than any certificate or key set a sender publishes: a larger answer is refused unread. */
const MAX_BYTES = 256 * 1024;

export interface Fetched {
  readonly text: string;
  /** Seconds the answer may be kept, from its Cache-Control max-age, when it gives one. */
  readonly maxAge: number | undefined;
}

/** GETs `url` (already checked against the sender's hosts), or the 503 `key_unavailable` refusal. Never throws. */
export async function fetchText(scheme: string, url: string, { fetch: fetchImpl = globalThis.fetch, timeoutMs = 2000 }: FetchOptions): Promise<Fetched | Refusal> {
  const unavailable = (why: string) => refuse('key_unavailable', scheme, `the sender's keys at ${url} could not be fetched (${why})`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal, redirect: 'error' });
    const refused = (why: string) => {
      // The body unread would hold the connection (and its memory) until the sender closes it.
      response.body?.cancel().catch(() => undefined);
      return unavailable(why);
    };
    if (!response.ok) return refused(`HTTP ${response.status}`);
    if (Number(response.headers.get('content-length')) > MAX_BYTES) return refused('too large');
    const text = await response.text();
    if (text.length > MAX_BYTES) return unavailable('too large');
    const maxAge = /(?:^|,)\s*max-age=(\d{1,9})/i.exec(response.headers.get('cache-control') ?? '')?.[1];
    return { text, maxAge: maxAge === undefined ? undefined : Number(maxAge) };
  } catch (error) {
    return unavailable(controller.signal.aborted ? `no answer in ${timeoutMs} ms` : error instanceof Error ? error.name : 'failed');
  } finally {
    clearTimeout(timer);
  }
}
