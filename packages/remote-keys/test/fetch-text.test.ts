// fetchText with an injected fetch whose answers record whether their body was read or cancelled.
import { isRefusal } from '@hookguard/core';
import { fetchText } from '../src/fetch-text.js';

/** A response whose body streams until cancelled, and says whether it was. */
function streamingAnswer(status: number, headers: Record<string, string> = {}) {
  const state = { cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull: (controller) => controller.enqueue(new Uint8Array(1024)),
    cancel: () => void (state.cancelled = true),
  });
  return { state, fetch: (async () => new Response(body, { status, headers })) as typeof fetch };
}

describe('fetchText', () => {
  it.each([
    ['an HTTP error', 500, {}],
    ['an announced body over 256 KiB', 200, { 'content-length': String(256 * 1024 + 1) }],
  ])('cancels the body it refuses to read: %s', async (_, status, headers) => {
    const { state, fetch } = streamingAnswer(status, headers);
    const result = await fetchText('sns', 'https://keys.example/x.pem', { fetch });
    expect(isRefusal(result) && [result.error.code, result.error.status]).toEqual(['key_unavailable', 503]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.cancelled).toBe(true);
  });

  it('reads a body it accepts, with its max-age', async () => {
    const answer = (async () => new Response('keys', { headers: { 'cache-control': 'public, max-age=60' } })) as typeof fetch;
    expect(await fetchText('jwks', 'https://keys.example/jwks', { fetch: answer })).toEqual({ text: 'keys', maxAge: 60 });
  });
});
