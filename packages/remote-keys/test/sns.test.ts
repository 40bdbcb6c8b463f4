// SNS messages signed as AWS documents it ("Verifying the signatures of Amazon
// SNS messages": each signed field as `name\nvalue\n`, in order; RSA with SHA-1
// for SignatureVersion 1, SHA-256 for 2), with a test certificate (fixtures,
// made with openssl for these tests only), served by a local key host.
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyRequest } from '@hookguard/core';
import { sns } from '../src/index.js';
import { startKeyHost, type KeyHost } from './local-server.js';

const KEY = readFileSync(join(__dirname, 'fixtures/sns-key.pem'), 'utf8');
const CERT = readFileSync(join(__dirname, 'fixtures/sns-cert.pem'), 'utf8');
const OTHER_KEY = readFileSync(join(__dirname, 'fixtures/other-key.pem'), 'utf8');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:orders';
const CERT_PATH = '/SimpleNotificationService-0123456789abcdef.pem';
const CERT_URL = `https://sns.us-east-1.amazonaws.com${CERT_PATH}`;
const NOW = 1_750_000_000;

let host: KeyHost;
beforeEach(async () => {
  host = await startKeyHost(['sns.us-east-1.amazonaws.com', 'sns.eu-west-1.amazonaws.com', 'attacker.example']);
  host.routes.set(CERT_PATH, { body: CERT });
  host.routes.set('/evil.pem', { body: readFileSync(join(__dirname, 'fixtures/other-cert.pem'), 'utf8') });
});
afterEach(() => host.close());

const FIELDS = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'],
};

/** A message as SNS sends it, signed with `key` (the test certificate's by default). */
function message(fields: Record<string, string>, { version = '2', key = KEY, certUrl = CERT_URL } = {}) {
  const type = fields['Type'] as keyof typeof FIELDS;
  const canonical = FIELDS[type].filter((name) => fields[name] !== undefined).map((name) => `${name}\n${fields[name]}\n`).join('');
  const signature = createSign(version === '1' ? 'RSA-SHA1' : 'RSA-SHA256').update(canonical).sign(key, 'base64');
  return JSON.stringify({ ...fields, SignatureVersion: version, Signature: signature, SigningCertURL: certUrl });
}

const notification = (extra: Record<string, string> = {}) => ({
  Type: 'Notification', MessageId: 'b6e2a1c4-0000-4000-8000-000000000001', TopicArn: TOPIC, Subject: 'order', Message: '{"order":42}', Timestamp: '2025-06-15T15:00:00.000Z', ...extra,
});

const verdict = async (body: string, options: Partial<Parameters<typeof sns>[0]> = {}) => {
  const verifier = sns({ topicArns: [TOPIC], fetch: host.fetch, ...options });
  const result = await verifyRequest({ method: 'POST', url: 'https://hooks.example.com/sns', headers: { 'x-amz-sns-message-type': 'Notification', 'content-type': 'text/plain' }, body }, verifier, { now: NOW });
  return result.ok ? 'ok' : `${result.error.code} ${result.error.status}`;
};

describe('sns', () => {
  it('accepts a notification signed with SignatureVersion 2 (SHA-256) or 1 (SHA-1), without Subject too', async () => {
    expect(await verdict(message(notification()))).toBe('ok');
    expect(await verdict(message(notification(), { version: '1' }))).toBe('ok');
    const { Subject: _subject, ...noSubject } = notification();
    expect(await verdict(message(noSubject))).toBe('ok');
  });

  it('returns the message as claims and MessageId as deliveryId', async () => {
    const result = await verifyRequest({ method: 'POST', url: 'https://h/sns', headers: {}, body: message(notification()) }, sns({ topicArns: [TOPIC], fetch: host.fetch }), { now: NOW });
    expect(result).toMatchObject({ ok: true, scheme: 'sns', deliveryId: 'b6e2a1c4-0000-4000-8000-000000000001', claims: { Message: '{"order":42}', TopicArn: TOPIC } });
  });

  it('refuses a changed message, a signature of another key, and a version it does not know', async () => {
    const body = message(notification());
    expect(await verdict(body.replace('{\\"order\\":42}', '{\\"order\\":43}'))).toBe('invalid_signature 403');
    expect(await verdict(message(notification(), { key: OTHER_KEY }))).toBe('invalid_signature 403');
    expect(await verdict(body.replace('"SignatureVersion":"2"', '"SignatureVersion":"3"'))).toBe('malformed 403');
  });

  it('fetches certificates only over https from the topic region\'s SNS host, a .pem path', async () => {
    const before = host.fetched.length;
    for (const certUrl of [
      'https://attacker.example/evil.pem',
      'http://sns.us-east-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem',
      'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0123456789abcdef.pem',
      'https://sns.us-east-1.amazonaws.com.attacker.example/x.pem',
      'https://user@sns.us-east-1.amazonaws.com/x.pem',
      'https://sns.us-east-1.amazonaws.com:8443/x.pem',
      'https://sns.us-east-1.amazonaws.com/x.txt',
    ]) {
      expect([certUrl, await verdict(message(notification(), { key: OTHER_KEY, certUrl }))]).toEqual([certUrl, 'invalid_signature 403']);
    }
    expect(host.fetched.length).toBe(before);
  });

  it('refuses a topic not configured, and a message that is not SNS\'s', async () => {
    expect(await verdict(message(notification({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:other' })))).toBe('invalid_signature 403');
    expect(await verdict('{"hello":"world"}')).toBe('missing_credentials 401');
    expect(await verdict('not json')).toBe('missing_credentials 401');
  });

  it('fetches a certificate once, then keeps it', async () => {
    const verifier = sns({ topicArns: [TOPIC], fetch: host.fetch });
    const check = (body: string) => verifyRequest({ method: 'POST', url: 'https://h/sns', headers: {}, body }, verifier, { now: NOW });
    host.routes.set('/SimpleNotificationService-once.pem', { body: CERT });
    const certUrl = 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-once.pem';
    await Promise.all([1, 2, 3].map((n) => check(message(notification({ MessageId: `m${n}` }), { certUrl }))));
    await check(message(notification({ MessageId: 'm4' }), { certUrl }));
    expect(host.fetched.filter((path) => path.endsWith('-once.pem'))).toHaveLength(1);
  });

  it('answers 503 key_unavailable when the certificate cannot be fetched, is not one, or is slow', async () => {
    host.routes.set('/SimpleNotificationService-gone.pem', { status: 500, body: 'oops' });
    host.routes.set('/SimpleNotificationService-junk.pem', { body: 'not a certificate' });
    host.routes.set('/SimpleNotificationService-slow.pem', { body: CERT, delayMs: 500 });
    for (const name of ['gone', 'junk', 'missing']) {
      expect(await verdict(message(notification(), { certUrl: `https://sns.us-east-1.amazonaws.com/SimpleNotificationService-${name}.pem` }))).toBe('key_unavailable 503');
    }
    expect(await verdict(message(notification(), { certUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-slow.pem' }), { timeoutMs: 100 })).toBe('key_unavailable 503');
  });

  it('hands a verified SubscriptionConfirmation to the handler, or confirms it itself when asked', async () => {
    const subscribePath = `/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(TOPIC)}&Token=tok`;
    host.routes.set(subscribePath, { body: '<ConfirmSubscriptionResponse/>' });
    const confirmation = message({
      Type: 'SubscriptionConfirmation', MessageId: 'c1', Token: 'tok', TopicArn: TOPIC, Message: 'You have chosen to subscribe…',
      SubscribeURL: `https://sns.us-east-1.amazonaws.com${subscribePath}`, Timestamp: '2025-06-15T15:00:00.000Z',
    });
    expect(await verdict(confirmation)).toBe('ok');
    expect(host.fetched).not.toContain(subscribePath);
    const result = await verifyRequest({ method: 'POST', url: 'https://h/sns', headers: {}, body: confirmation }, sns({ topicArns: [TOPIC], fetch: host.fetch, confirmSubscription: true }), { now: NOW });
    expect(!result.ok && [result.error.code, result.answer?.status]).toEqual(['handshake', 200]);
    expect(host.fetched).toContain(subscribePath);
  });

  it('never visits a SubscribeURL on another host', async () => {
    const confirmation = message({
      Type: 'SubscriptionConfirmation', MessageId: 'c2', Token: 'tok', TopicArn: TOPIC, Message: 'm',
      SubscribeURL: 'https://attacker.example/?Action=ConfirmSubscription', Timestamp: '2025-06-15T15:00:00.000Z',
    });
    expect(await verdict(confirmation, { confirmSubscription: true })).toBe('invalid_signature 403');
    expect(host.fetched.some((path) => path.includes('Action'))).toBe(false);
  });

  it('refuses a message whose signed Timestamp is more than toleranceSeconds (default 3600, SNS retries no longer) from now', async () => {
    const at = (iso: string, options = {}) => verdict(message(notification({ Timestamp: iso })), options);
    expect(await at('2025-06-15T14:06:40.000Z')).toBe('ok'); // 3600 s old
    expect(await at('2025-06-15T14:06:39.000Z')).toBe('timestamp_out_of_tolerance 403');
    expect(await at('2025-06-15T16:06:41.000Z')).toBe('timestamp_out_of_tolerance 403');
    expect(await at('2025-06-15T15:00:00.000Z', { toleranceSeconds: 60 })).toBe('timestamp_out_of_tolerance 403');
    expect(await at('yesterday')).toBe('malformed 403');
    const result = await verifyRequest({ method: 'POST', url: 'https://h/sns', headers: {}, body: message(notification()) }, sns({ topicArns: [TOPIC], fetch: host.fetch }), { now: NOW });
    expect(result.ok && result.expiresAt).toBe(Date.parse('2025-06-15T15:00:00.000Z') / 1000 + 3600);
  });

  it('never confirms a stale SubscriptionConfirmation', async () => {
    const subscribePath = '/?Action=ConfirmSubscription&Token=old';
    host.routes.set(subscribePath, { body: '<ConfirmSubscriptionResponse/>' });
    const confirmation = message({
      Type: 'SubscriptionConfirmation', MessageId: 'c3', Token: 'old', TopicArn: TOPIC, Message: 'm',
      SubscribeURL: `https://sns.us-east-1.amazonaws.com${subscribePath}`, Timestamp: '2025-06-10T15:00:00.000Z',
    });
    expect(await verdict(confirmation, { confirmSubscription: true })).toBe('timestamp_out_of_tolerance 403');
    expect(host.fetched).not.toContain(subscribePath);
  });

  it('refuses a signed field other than Message with a line break: text cannot move between fields under one signature', async () => {
    // SNS signs Message\n<m>\nMessageId\n<id>\n…: with line breaks allowed anywhere, one genuine signature would fit another split
    const genuine = notification({ Message: 'hello', MessageId: 'x\nSubject\ny' });
    const { Subject: _subject, ...shifted } = genuine;
    expect(await verdict(message(shifted))).toBe('malformed 403');
    expect(await verdict(message(notification({ Message: 'two\nlines' })))).toBe('ok');
  });

  it('fetches nothing for a certificate URL that is not SNS\'s one shape, and one entry for spellings of one URL', async () => {
    for (const certUrl of [`${CERT_URL}?n=1`, `${CERT_URL}#x`, `${CERT_URL}?`, `${CERT_URL}#`, 'https://sns.us-east-1.amazonaws.com/a/SimpleNotificationService-0123456789abcdef.pem', 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-../x.pem']) {
      expect([certUrl, await verdict(message(notification(), { certUrl }))]).toEqual([certUrl, 'invalid_signature 403']);
    }
    expect(host.fetched).toEqual([]);
    host.routes.set('/SimpleNotificationService-case.pem', { body: CERT });
    for (const certUrl of ['https://sns.us-east-1.amazonaws.com/SimpleNotificationService-case.pem', 'https://SNS.us-east-1.AMAZONAWS.com:443/SimpleNotificationService-case.pem']) {
      expect(await verdict(message(notification(), { certUrl }))).toBe('ok');
    }
    expect(host.fetched).toEqual(['/SimpleNotificationService-case.pem']);
  });

  it('is misconfigured with a toleranceSeconds that is no number of seconds', async () => {
    for (const toleranceSeconds of [-1, Number.NaN, Infinity, '60' as unknown as number]) {
      expect(sns({ topicArns: [TOPIC], toleranceSeconds }).checkConfiguration()?.code).toBe('misconfigured');
    }
  });

  it('is misconfigured without topic ARNs', async () => {
    expect(sns({ topicArns: [] }).checkConfiguration()?.code).toBe('misconfigured');
    expect(sns({ topicArns: ['orders'] }).checkConfiguration()?.code).toBe('misconfigured');
  });
});
