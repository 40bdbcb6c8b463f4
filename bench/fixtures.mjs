// Valid and forged deliveries of one body for every scheme, signed with
// hookguard's signers (each checked against its provider's SDK in core's tests).
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as sign from '@hookguard/core/sign';

export const SECRET = 'bench-secret-0123456789';
export const WHSEC = `whsec_${Buffer.from(SECRET).toString('base64')}`;
export const URL_ = 'https://bench.example.com/api/hook?x=1';
export const NOW = Math.floor(Date.now() / 1000);

/** A JSON body of exactly `size` bytes. */
export function jsonBody(size) {
  const text = JSON.stringify({ data: 'x'.repeat(Math.max(0, size - 11)) });
  return text.slice(0, size - 2) + '"}';
}

/** A form body of exactly `size` bytes, as Twilio sends. */
export const formBody = (size) => `Body=${'x'.repeat(size - 5)}`;

/** What Twilio posts for an incoming SMS: 19 fields, escapes and `+` for spaces included. */
export const smsBody = () =>
  new URLSearchParams({
    ToCountry: 'US', ToState: 'CA', SmsMessageSid: `SM${'a'.repeat(32)}`, NumMedia: '0', ToCity: 'SAN FRANCISCO', FromZip: '94105',
    SmsSid: `SM${'b'.repeat(32)}`, FromState: 'CA', SmsStatus: 'received', FromCity: 'SAN FRANCISCO',
    Body: 'Hello there, how are you? 👋 Reply STOP to unsubscribe.', FromCountry: 'US', To: '+15558675310', ToZip: '94105',
    NumSegments: '1', MessageSid: `SM${'c'.repeat(32)}`, AccountSid: `AC${'d'.repeat(32)}`, From: '+15017122661', ApiVersion: '2010-04-01',
  }).toString();

/**
 * A REST API (payload 1.0) event as API Gateway hands it over, parsed from
 * JSON: about twenty headers, spelled as the client and CloudFront sent them.
 */
export function restApiEvent(headers, body) {
  const spelled = (name) => name.replace(/(^|-)([a-z])/g, (_, dash, letter) => dash + letter.toUpperCase());
  const sent = {
    Accept: '*/*', 'Accept-Encoding': 'gzip', 'CloudFront-Forwarded-Proto': 'https', 'CloudFront-Is-Desktop-Viewer': 'true',
    'CloudFront-Viewer-Country': 'US', 'Content-Length': String(Buffer.byteLength(body)), 'Content-Type': 'application/json',
    Host: 'bench.execute-api.us-east-1.amazonaws.com', 'User-Agent': 'GitHub-Hookshot/044aadd', Via: '2.0 f0e1d2.cloudfront.net (CloudFront)',
    'X-Amz-Cf-Id': 'Ab1Cd2Ef3', 'X-Amzn-Trace-Id': 'Root=1-67890abc-def0123456789abcdef01234', 'X-Forwarded-For': '192.0.2.1, 198.51.100.7',
    'X-Forwarded-Port': '443', 'X-Forwarded-Proto': 'https',
    ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [spelled(name), value])),
  };
  const multiValueHeaders = Object.fromEntries(Object.entries(sent).map(([name, value]) => [name, [value]]));
  const requestContext = { domainName: 'bench.execute-api.us-east-1.amazonaws.com', path: '/prod/hook', stage: 'prod' };
  const event = { resource: '/hook', path: '/hook', httpMethod: 'POST', headers: sent, multiValueHeaders, queryStringParameters: null, requestContext, body, isBase64Encoded: false };
  return JSON.parse(JSON.stringify(event));
}

/** The headers of a forged delivery: the same shape, one signature character changed. */
export function forge(headers, name) {
  const value = headers[name];
  const i = value.length - 3;
  return { ...headers, [name]: value.slice(0, i) + (value[i] === 'a' ? 'b' : 'a') + value.slice(i + 1) };
}

/** The headers a sender would send with `body`; schemes that sign a time sign `timestamp` (default: when the bench started). */
export async function signedHeaders(scheme, body, url = URL_, timestamp = NOW) {
  switch (scheme) {
    case 'shared secret':
      return (await sign.signSharedSecret({ secret: SECRET })).headers;
    case 'autify':
      return (await sign.signAutify({ secret: SECRET, body })).headers;
    case 'github':
      return (await sign.signGithub({ secret: SECRET, body, deliveryId: 'd' })).headers;
    case 'stripe':
      return (await sign.signStripe({ secret: SECRET, body, timestamp })).headers;
    case 'slack':
      return (await sign.signSlack({ signingSecret: SECRET, body, timestamp })).headers;
    case 'standard webhooks':
      return (await sign.signStandardWebhooks({ secret: WHSEC, body, id: 'msg_1', timestamp })).headers;
    case 'shopify':
      return (await sign.signShopify({ secret: SECRET, body, webhookId: 'w' })).headers;
    case 'twilio':
      return (await sign.signTwilio({ authToken: SECRET, url, body })).headers;
    case 'qstash':
      return (await sign.signQstash({ signingKey: SECRET, url, body, timestamp })).headers;
  }
  throw new Error(`no signer for ${scheme}`);
}

/** The header that carries the signature, to forge. */
export const SIGNATURE_HEADER = {
  'shared secret': 'verification_key',
  autify: 'x-autify-signature',
  github: 'x-hub-signature-256',
  stripe: 'stripe-signature',
  slack: 'x-slack-signature',
  'standard webhooks': 'webhook-signature',
  shopify: 'x-shopify-hmac-sha256',
  twilio: 'x-twilio-signature',
  qstash: 'upstash-signature',
};

/** The floor: the same HMAC of the same body, computed and compared with node:crypto directly. */
export function floor(algorithm, body) {
  const expected = createHmac(algorithm, SECRET).update(body).digest();
  return () => {
    const actual = createHmac(algorithm, SECRET).update(body).digest();
    return timingSafeEqual(actual, expected);
  };
}
