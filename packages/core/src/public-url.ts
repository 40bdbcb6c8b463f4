import { RequestHeaders, type HeadersInput } from './request.js';

/** The path and query of an absolute URL, byte for byte (`new URL()` would re-encode them). */
export function pathAndQuery(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '') || '/';
}

/**
 * The origin a client called, from the `x-forwarded-proto` and
 * `x-forwarded-host` (else `host`) headers that Vercel, Netlify and load
 * balancers set; `fallback` where they are absent. Trust these headers only where
 * the platform overwrites them; elsewhere configure `publicUrl`.
 */
export function forwardedOrigin(headers: HeadersInput, fallback: { protocol: string; host?: string }): string {
  const view = headers instanceof RequestHeaders ? headers : new RequestHeaders(headers);
  const first = (name: string) => {
    const value = view.get(name);
    const comma = value ? value.indexOf(',') : -1;
    return (comma < 0 ? value : value!.slice(0, comma))?.trim() || undefined;
  };
  const protocol = first('x-forwarded-proto') ?? fallback.protocol.replace(/:$/, '');
  const host = first('x-forwarded-host') ?? first('host') ?? fallback.host ?? 'localhost';
  return `${protocol}://${host}`;
}
