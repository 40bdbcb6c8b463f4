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
