// What each sender puts on the wire, written from the providers' documentation
// with node:crypto alone, so the demo never checks hookguard against itself.
import { createHash, createHmac } from 'node:crypto';

const hmac = (algorithm, key, data) => createHmac(algorithm, key).update(data).digest();
const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Autify: X-Autify-Signature: sha1=<hex HMAC-SHA1(secret, raw body)>. */
export const autifySignature = (secret, body) => `sha1=${hmac('sha1', secret, body).toString('hex')}`;

/** Twilio: base64 HMAC-SHA1 of the URL followed by the form parameters sorted by name. */
export function twilioSignature(authToken, url, formBody) {
  const form = new URLSearchParams(formBody);
  const names = [...new Set(form.keys())].sort();
  const data = names.reduce((text, name) => text + [...new Set(form.getAll(name))].sort().map((v) => name + v).join(''), url);
  return hmac('sha1', authToken, data).toString('base64');
}

/** QStash: an HS256 JWT from Upstash, for this URL, carrying base64url(SHA-256(body)). */
export function qstashToken(signingKey, url, body, now = Math.floor(Date.now() / 1000)) {
  const claims = {
    iss: 'Upstash',
    sub: url,
    iat: now,
    nbf: now,
    exp: now + 300,
    jti: `msg_demo_${now}`,
    body: createHash('sha256').update(body).digest('base64url'),
  };
  const signingInput = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url(claims)}`;
  return `${signingInput}.${hmac('sha256', signingKey, signingInput).toString('base64url')}`;
}

export const basicCredentials = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** GitHub: X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>. */
export const githubSignature = (secret, body) => `sha256=${hmac('sha256', secret, body).toString('hex')}`;

/** Stripe: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + raw body)>. */
export const stripeSignature = (secret, body, t) => `t=${t},v1=${hmac('sha256', secret, `${t}.${body}`).toString('hex')}`;

/** Slack: v0=<hex HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)>, with its timestamp header. */
export const slackHeaders = (secret, body, t) => ({
  'x-slack-request-timestamp': String(t),
  'x-slack-signature': `v0=${hmac('sha256', secret, `v0:${t}:${body}`).toString('hex')}`,
});

/** Standard Webhooks: v1,<base64 HMAC-SHA256(base64-decoded whsec_ key, id.timestamp.body)>. */
export const standardWebhooksHeaders = (secret, id, t, body) => ({
  'webhook-id': id,
  'webhook-timestamp': String(t),
  'webhook-signature': `v1,${hmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'), `${id}.${t}.${body}`).toString('base64')}`,
});

/** Shopify: X-Shopify-Hmac-Sha256: <base64 HMAC-SHA256(secret, raw body)>. */
export const shopifySignature = (secret, body) => hmac('sha256', secret, body).toString('base64');
