// `hookguard explain` on captured requests whose signatures come from the
// providers' SDKs (twilio-node, stripe-node, jose as QStash signs) or published
// examples, each received in one of the ways that turn a valid delivery into a 403.
import Stripe from 'stripe';
import twilioSdk from 'twilio';
import { hookguard, tempFile } from './run-cli.js';

const TOKEN = 'twilio-explain-token';
const FORM = 'Body=Hi+there&From=%2B15550001111';

interface Captured {
  url: string;
  headers: Record<string, string>;
  body: string;
  receivedAt?: number;
}

async function explain(scheme: string, capture: Captured, ...args: string[]) {
  const run = await hookguard(['explain', '--scheme', scheme, '--request', tempFile({ method: 'POST', ...capture }), '--json', ...args]);
  return { code: run.code, ...(JSON.parse(run.stdout || '{}') as { verified: boolean; findings: { code: string; parts?: string[]; message: string }[] }), stderr: run.stderr };
}

function twilioCapture(signedUrl: string, receivedUrl: string, headers: Record<string, string> = {}): Captured {
  const signature = twilioSdk.getExpectedTwilioSignature(TOKEN, signedUrl, Object.fromEntries(new URLSearchParams(FORM)));
  return { url: receivedUrl, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, ...headers }, body: FORM };
}

describe('explain: the URL the function saw is not the one Twilio signed', () => {
  it.each([
    ['https://hooks.example.com/sms?b=2&a=1', 'http://hooks.example.com/sms?b=2&a=1', ['scheme']],
    // Behind a tunnel or proxy: the public host and port come from the forwarded headers.
    ['https://hooks.example.com/sms', 'http://127.0.0.1:3000/sms', ['scheme', 'host', 'port'], { 'x-forwarded-host': 'hooks.example.com' }],
    ['https://hooks.example.com:8443/sms', 'https://hooks.example.com/sms', ['port'], { 'x-forwarded-port': '8443' }],
    ['https://hooks.example.com/sms?b=2&a=1', 'https://hooks.example.com/sms?a=1&b=2', ['query_order']],
    // Twilio signs the URL as configured; a framework that writes the query again spells the space %20.
    ['https://hooks.example.com/sms?q=a+b', 'https://hooks.example.com/sms?q=a%20b', ['query_encoding']],
    ['https://hooks.example.com/sms?b=x+y&a=1', 'http://hooks.example.com/sms?a=1&b=x%20y', ['scheme', 'query_order', 'query_encoding']],
  ])('signed for %s, received %s: %j', async (signed, received, parts, headers: Record<string, string> = {}) => {
    const result = await explain('twilio', twilioCapture(signed, received, headers), '--secret', TOKEN);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([{ code: 'url_differs', parts, message: expect.stringContaining(`signed for ${signed} but received ${received}`) }]);
  });

  it('tries the public URL the user names, and says nothing it cannot find', async () => {
    const capture = twilioCapture('https://public.example.net/sms', 'http://localhost:3000/sms');
    const found = await explain('twilio', capture, '--secret', TOKEN, '--public-url', 'https://public.example.net');
    expect(found.findings[0]?.parts).toEqual(['scheme', 'host', 'port']);
    expect((await explain('twilio', capture, '--secret', TOKEN)).findings[0]?.code).toBe('wrong_secret');
  });

  it('says nothing is wrong when nothing is: exit 0', async () => {
    const url = 'https://hooks.example.com/sms?b=2&a=1';
    const result = await explain('twilio', twilioCapture(url, url), '--secret', TOKEN);
    expect([result.code, result.verified, result.findings[0]?.code]).toEqual([0, true, 'valid']);
  });
});

describe('explain: body, time, secret', () => {
  const pretty = JSON.stringify({ id: 'evt_1', type: 'invoice.paid', data: { object: { amount: 4200 } } }, null, 2);
  const signedAt = 1_795_000_000;
  const stripeHeader = (payload: string, secret = 'whsec_explain') =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: signedAt });

  it('a body parsed and serialized again (Stripe sends indented JSON, the framework compacts it)', async () => {
    const capture = { url: 'https://shop.example.com/stripe', headers: { 'stripe-signature': stripeHeader(pretty) }, body: JSON.stringify(JSON.parse(pretty)), receivedAt: signedAt + 2 };
    const result = await explain('stripe', capture, '--secret', 'whsec_explain');
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([{ code: 'body_reserialized', message: expect.stringContaining(`the sender signed ${pretty.length} bytes (JSON indented by 2 spaces)`) }]);
    expect(result.findings[0]?.message).toContain(`${pretty.length - capture.body.length} whitespace bytes differ`);
  });

  it('a timestamp older than the tolerance, the signature otherwise right', async () => {
    const capture = { url: 'https://shop.example.com/stripe', headers: { 'stripe-signature': stripeHeader(pretty) }, body: pretty };
    const result = await explain('stripe', capture, '--secret', 'whsec_explain', '--now', String(signedAt + 412));
    expect(result.findings).toEqual([{ code: 'stale_timestamp', message: expect.stringMatching(/^timestamp 412 s old when received; the signature itself matches/) }]);
  });

  it('the wrong secret, named by fingerprint, never printed', async () => {
    // GitHub's published example: "Hello, World!" signed with "It's a Secret to Everybody".
    const signature = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
    const capture = { url: 'https://ci.example.com/gh', headers: { 'x-hub-signature-256': signature }, body: 'Hello, World!' };
    expect((await explain('github', capture, '--secret', "It's a Secret to Everybody")).code).toBe(0);
    const run = await hookguard(['explain', '-s', 'github', '-r', tempFile(capture)], { GITHUB_WEBHOOK_SECRET: 'my-wrong-secret' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/refused: 403 invalid_signature[^]*wrong_secret: no URL or body variant verifies with the secret given \(SHA-256 fingerprint [0-9a-f]{8}\)/);
    expect(run.stdout).not.toContain('my-wrong-secret');
  });

  it('a static secret that is not the one configured, named by fingerprint only', async () => {
    const capture = { url: 'https://api.example.com/hasura', headers: { verification_key: 'sent-key' }, body: '{}' };
    const result = await explain('shared-secret', capture, '--secret', 'configured-key');
    expect(result.findings).toEqual([{ code: 'wrong_secret', message: expect.stringMatching(/^the credential sent is not the secret given \(SHA-256 fingerprint [0-9a-f]{8}\)$/) }]);
    expect(JSON.stringify(result)).not.toMatch(/sent-key|configured-key/);
  });

  it('names what is wrong in a hostile capture instead of crashing, and blames no secret for a malformed one', async () => {
    const base = { url: 'https://x.example/hook', body: '{}' };
    const hostile: [object, string][] = [
      [{ ...base, headers: [null] }, 'every header needs a string name and a string value'],
      [{ ...base, headers: { 'x-hub-signature-256': 5 } }, 'every header needs a string name and a string value'],
      [{ ...base, body: 5 }, '"body" is not a string'],
      [{ ...base, method: 7 }, '"method" is not a string'],
      [{ ...base, headers: 'x' }, '"headers" is not a list or an object'],
    ];
    for (const [capture, message] of hostile) {
      const run = await hookguard(['explain', '--scheme', 'github', '--request', tempFile(capture)], { GITHUB_WEBHOOK_SECRET: 'gh' });
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(message)]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a missing header', async () => {
    const result = await explain('stripe', { url: 'https://shop.example.com/stripe', headers: {}, body: pretty }, '--secret', 'whsec_explain');
    expect(result.findings).toEqual([{ code: 'missing_header', message: expect.stringContaining('stripe-signature') }]);
  });

  it('reads a HAR file, taking the arrival time from it', async () => {
    const har = {
      log: {
        entries: [{
          startedDateTime: new Date((signedAt + 1000) * 1000).toISOString(),
          request: { method: 'POST', url: 'https://shop.example.com/stripe', headers: [{ name: 'Stripe-Signature', value: stripeHeader(pretty) }], postData: { text: pretty } },
        }],
      },
    };
    const run = await hookguard(['explain', '-s', 'stripe', '-r', tempFile(har, 'har'), '--secret', 'whsec_explain']);
    expect([run.code, run.stdout]).toEqual([1, expect.stringContaining('stale_timestamp: timestamp 1000 s old')]);
  });
});

describe('explain: QStash keys and URLs', () => {
  const CURRENT = 'sig_current_explain';
  const NEXT = 'sig_next_explain';
  const body = '{"workflow":"nightly"}';

  /** A token as Upstash's docs describe it, made with jose, not with hookguard. */
  async function upstashToken(key: string, url: string) {
    const { SignJWT } = await import('jose');
    const now = Math.floor(Date.now() / 1000);
    const { createHash } = await import('node:crypto');
    return new SignJWT({ body: createHash('sha256').update(body).digest('base64url') })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer('Upstash').setSubject(url).setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 300).setJti(`msg_${now}`)
      .sign(new TextEncoder().encode(key));
  }

  it('signed with the next key, not the current one', async () => {
    const url = 'https://app.example.com/api/workflow';
    const capture = { url, headers: { 'upstash-signature': await upstashToken(NEXT, url) }, body };
    const both = await explain('qstash', capture, '--secret', CURRENT, '--secret', NEXT);
    expect([both.code, both.findings.map((finding) => finding.code)]).toEqual([0, ['valid', 'next_key']]);
    expect(both.findings[1]?.message).toMatch(/^signed with the next key, not the current/);
    const currentOnly = await explain('qstash', capture, '--secret', CURRENT);
    expect([currentOnly.code, currentOnly.findings]).toEqual([1, [{ code: 'wrong_secret', message: expect.stringContaining('QSTASH_NEXT_SIGNING_KEY: give each') }]]);
  });

  it('reads the signed URL from the token when the function saw another', async () => {
    const signed = 'https://app.example.com/api/workflow';
    const capture = { url: 'http://localhost:3000/api/workflow', headers: { 'upstash-signature': await upstashToken(CURRENT, signed) }, body };
    const result = await hookguard(['explain', '-s', 'qstash', '-r', tempFile(capture)], { QSTASH_CURRENT_SIGNING_KEY: CURRENT, QSTASH_NEXT_SIGNING_KEY: NEXT });
    expect([result.code, result.stdout]).toEqual([1, expect.stringContaining(`url_differs: signed for ${signed} but received http://localhost:3000/api/workflow (scheme differs`)]);
  });
});
