// The REST shim speaks the protocol @upstash/redis expects: checked with the
// client itself, in both response encodings, and with raw requests for the
// wire format the documentation gives.
import { Redis } from '@upstash/redis';
import { startUpstashRestServer, type UpstashRestServer } from './upstash-rest-server.js';

let server: UpstashRestServer;
beforeAll(async () => {
  server = await startUpstashRestServer();
}, 120_000);
afterAll(() => server?.stop());

const client = (options: { responseEncoding?: false; token?: string } = {}) =>
  new Redis({ url: server.url, token: options.token ?? server.token, retry: false, enableTelemetry: false, ...options });

/** A request as the documentation shows it: its status and JSON body. */
async function post(path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${server.token}` }) {
  const response = await fetch(server.url + path, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe.each([
  ['base64 responses (the default)', {}],
  ['plain responses (responseEncoding: false)', { responseEncoding: false as const }],
])('@upstash/redis through the shim, %s', (name, options) => {
  const redis = () => client(options);
  const key = (suffix: string) => `shim:${name.split(' ')[0]}:${suffix}`;

  it('sets and gets a value, which redis-server holds', async () => {
    expect(await redis().set(key('plain'), 'value123')).toBe('OK');
    expect(await redis().get(key('plain'))).toBe('value123');
    expect(String(await server.redis('GET', key('plain')))).toBe('value123');
  });

  it('keeps text that is not ASCII', async () => {
    await redis().set(key('utf8'), 'héllo wörld ✓');
    expect(await redis().get(key('utf8'))).toBe('héllo wörld ✓');
  });

  it('answers null for a missing key, numbers for integers, PONG for PING', async () => {
    expect(await redis().get(key('missing'))).toBeNull();
    expect(await redis().incr(key('counter'))).toBe(1);
    expect(await redis().pttl(key('missing'))).toBe(-2);
    expect(await redis().ping()).toBe('PONG');
  });

  it('sends SET with NX and PX as Redis takes them', async () => {
    expect(await redis().set(key('nx'), 'first', { nx: true, px: 60_000 })).toBe('OK');
    expect(await redis().set(key('nx'), 'second', { nx: true, px: 60_000 })).toBeNull();
    expect(String(await server.redis('GET', key('nx')))).toBe('first');
    expect(await server.redis('PTTL', key('nx'))).toBeGreaterThan(59_000);
  });

  it('runs a script with EVAL, keys and arguments apart, and answers arrays', async () => {
    expect(await redis().eval('return {KEYS[1], ARGV[1], 7}', ['key1'], ['arg2'])).toEqual(['key1', 'arg2', 7]);
  });

  it('runs a pipeline, answering each command in order', async () => {
    const results = await redis().pipeline().set(key('pipe'), 'x').append(key('pipe'), 'yz').get(key('pipe')).get(key('pipe-missing')).exec();
    expect(results).toEqual(['OK', 3, 'xyz', null]);
  });

  it('rejects with the error Redis answers', async () => {
    await redis().set(key('not-a-number'), 'abc');
    await expect(redis().incr(key('not-a-number'))).rejects.toThrow('ERR value is not an integer or out of range');
  });

  it('rejects a wrong token', async () => {
    await expect(client({ ...options, token: 'wrong' }).get(key('plain'))).rejects.toThrow('Unauthorized');
  });
});

describe('the wire format', () => {
  it('answers a command in the body with {"result"}, and a Redis error with 400 and {"error"}', async () => {
    expect(await post('/', ['SET', 'wire:a', 'v', 'EX', 100])).toEqual({ status: 200, body: { result: 'OK' } });
    expect(await post('/', ['GET', 'wire:a'])).toEqual({ status: 200, body: { result: 'v' } });
    expect(await post('/', ['INCR', 'wire:a'])).toEqual({ status: 400, body: { error: 'ERR value is not an integer or out of range' } });
  });

  it('with Upstash-Encoding: base64, encodes every string but OK', async () => {
    const headers = { authorization: `Bearer ${server.token}`, 'upstash-encoding': 'base64' };
    expect(await post('/', ['SET', 'wire:b', 'hello'], headers)).toEqual({ status: 200, body: { result: 'OK' } });
    expect(await post('/', ['GET', 'wire:b'], headers)).toEqual({ status: 200, body: { result: 'aGVsbG8=' } });
    expect(await post('/', ['PING'], headers)).toEqual({ status: 200, body: { result: 'UE9ORw==' } });
    expect(await post('/', ['EVAL', "return {'hi', 2}", 0], headers)).toEqual({ status: 200, body: { result: ['aGk=', 2] } });
  });

  it('answers a pipeline with one object per command, errors among them, with 200', async () => {
    const { status, body } = await post('/pipeline', [['SET', 'wire:c', 'text'], ['INCR', 'wire:c'], ['GET', 'wire:c']]);
    expect(status).toBe(200);
    expect(body).toEqual([{ result: 'OK' }, { error: 'ERR value is not an integer or out of range' }, { result: 'text' }]);
  });

  it('refuses a request without the token with 401', async () => {
    expect(await post('/', ['GET', 'wire:a'], {})).toEqual({ status: 401, body: { error: 'Unauthorized' } });
    expect(await post('/', ['GET', 'wire:a'], { authorization: 'Bearer wrong' })).toEqual({ status: 401, body: { error: 'Unauthorized' } });
  });
});
