import { createHmac } from 'node:crypto';
import { slack, verifyRequest } from '../src/index.js';

// Slack's published example ("Verifying requests from Slack").
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = 1531420618;
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const PUBLISHED = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

const verdict = async (headers: Record<string, string>, body = BODY, now = TIMESTAMP) => {
  const result = await verifyRequest({ method: 'POST', url: 'https://bot.example.com/slack/commands', headers, body }, slack({ signingSecret: SECRET }), { now });
  return result.ok ? 'ok' : result.error.code;
};
const signed = (timestamp: number | string = TIMESTAMP, signature = PUBLISHED) => ({
  'x-slack-request-timestamp': String(timestamp),
  'x-slack-signature': signature,
});

describe('slack', () => {
  it("accepts Slack's published example", async () => {
    expect(await verdict(signed())).toBe('ok');
  });

  it('accepts what the documented algorithm signs, and nothing changed', async () => {
    const body = '{"type":"event_callback","event":{"type":"app_mention"}}';
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${TIMESTAMP + 60}:${body}`).digest('hex')}`;
    expect(await verdict(signed(TIMESTAMP + 60, signature), body)).toBe('ok');
    expect(await verdict(signed(TIMESTAMP + 61, signature), body, TIMESTAMP + 61)).toBe('invalid_signature');
    expect(await verdict(signed(TIMESTAMP + 60, signature), `${body}\n`)).toBe('invalid_signature');
  });

  it('refuses requests more than five minutes old or ahead', async () => {
    expect(await verdict(signed(), BODY, TIMESTAMP + 300)).toBe('ok');
    expect(await verdict(signed(), BODY, TIMESTAMP + 301)).toBe('timestamp_out_of_tolerance');
    expect(await verdict(signed(), BODY, TIMESTAMP - 301)).toBe('timestamp_out_of_tolerance');
  });

  it("names the first fault of a request with several: the signature's shape, then the time, then the match", async () => {
    const late = TIMESTAMP + 301;
    expect(await verdict(signed(TIMESTAMP, `v0=${'z'.repeat(64)}`), BODY, late)).toBe('malformed');
    expect(await verdict(signed(TIMESTAMP, `v0=${'0'.repeat(64)}`), BODY, late)).toBe('timestamp_out_of_tolerance');
    expect(await verdict(signed(TIMESTAMP, `v0=${'0'.repeat(64)}`))).toBe('invalid_signature');
    expect(await verdict(signed('soon', `v0=${'0'.repeat(64)}`))).toBe('malformed');
  });

  it('refuses missing headers, other versions and non-numeric timestamps', async () => {
    expect(await verdict({ 'x-slack-signature': PUBLISHED })).toBe('missing_credentials');
    expect(await verdict({ 'x-slack-request-timestamp': String(TIMESTAMP) })).toBe('missing_credentials');
    expect(await verdict(signed(TIMESTAMP, PUBLISHED.replace('v0=', 'v1=')))).toBe('malformed');
    expect(await verdict(signed('1531420618.5'))).toBe('malformed');
  });
});

// Slack posts `ssl_check=1` unsigned to check a slash command's certificate;
// Bolt answers it 200 before verifying and strips its body
// (slackapi/bolt-js src/receivers/HTTPModuleFunctions.ts, HTTPReceiver.ts).
describe("slack's ssl_check", () => {
  const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
  const check = (headers: Record<string, string>, body: string) =>
    verifyRequest({ method: 'POST', url: 'https://hooks.example.com/slack', headers, body }, slack({ signingSecret: 'slack-secret' }));

  it('answers an unsigned ssl_check=1 with 200 and an empty body, never as verified', async () => {
    const result = await check(FORM, 'ssl_check=1&token=legacy');
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.error.code, result.error.status, result.answer]).toEqual(['handshake', 200, { status: 200, headers: {}, body: '' }]);
  });

  it('refuses anything else unsigned: another value, a JSON body, a form without ssl_check', async () => {
    for (const [headers, body] of [[FORM, 'ssl_check=0'], [{ 'content-type': 'application/json' }, '{"ssl_check":"1"}'], [FORM, 'command=/deploy']] as const) {
      const result = await check(headers, body);
      expect(!result.ok && result.error.code).toBe('missing_credentials');
    }
  });
});
