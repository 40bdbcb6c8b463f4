// The bundled handlers on the real Lambda Node.js runtime client (aws-lambda-ric),
// invoked through Function URL events: response streaming, and Twilio over the
// exact URL a Function URL event carries.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { signTwilio } from '@hookguard/core/sign';
import { FUNCTION_URL_ORIGIN, startFunction, type RunningFunction } from './lambda-runtime.js';

const KEY = 'ric-example-key';
const TOKEN = 'ric-twilio-token';
const running: RunningFunction[] = [];

beforeAll(async () => {
  await promisify(execFile)(process.execPath, [join(__dirname, '../bundle.mjs')]);
}, 60_000);
afterAll(() => running.forEach((fn) => fn.stop()));

const start = async (handler: string, env: Record<string, string>) => {
  const fn = await startFunction(handler, env);
  running.push(fn);
  return fn;
};

describe('aws-lambda-ric with Function URL events', () => {
  it('streams the handler’s answer for a verified event, and the refusal otherwise', async () => {
    const fn = await start('streaming.handler', { VERIFICATION_KEY: KEY });
    const ok = await fetch(`${fn.url}/stream`, { method: 'POST', headers: { verification_key: KEY }, body: 'hi' });
    expect([ok.status, ok.headers.get('content-type'), await ok.text()]).toEqual([200, 'text/plain', 'chunk1;chunk2']);
    const none = await fetch(`${fn.url}/stream`, { method: 'POST', body: 'hi' });
    expect([none.status, await none.json()]).toEqual([401, { error: 'missing_credentials' }]);
    const wrong = await fetch(`${fn.url}/stream`, { method: 'POST', headers: { verification_key: 'guess' }, body: 'hi' });
    expect(wrong.status).toBe(403);
  }, 30_000);

  it('verifies Twilio against the Function URL with its raw query', async () => {
    const fn = await start('twilio.handler', { TWILIO_AUTH_TOKEN: TOKEN });
    const path = '/sms?b=2&a=%20x&a=1';
    const body = 'Body=Rated+5&From=%2B15550001111';
    const signed = await signTwilio({ authToken: TOKEN, url: FUNCTION_URL_ORIGIN + path, body });
    const ok = await fetch(fn.url + path, { method: 'POST', headers: signed.headers, body });
    expect([ok.status, await ok.text()]).toEqual([200, '<Response><Message>Thanks!</Message></Response>']);
    expect((await fetch(`${fn.url}/sms?a=%20x&a=1&b=2`, { method: 'POST', headers: signed.headers, body })).status).toBe(403);
  }, 30_000);
});
