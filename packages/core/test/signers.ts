// Reference signers for the tests. None of them uses hookguard: HMACs come from
// node:crypto, Twilio signatures from the twilio SDK, QStash tokens from jose
// exactly as @upstash/qstash's server side signs them.
import { createHash, createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import twilioSdk from 'twilio';

export function hmacOf(algorithm: 'sha1' | 'sha256' | 'sha512', key: string, body: string | Uint8Array) {
  return createHmac(algorithm, key).update(body).digest();
}

export function twilioSignature(authToken: string, url: string, params: Record<string, string | string[]> = {}) {
  return twilioSdk.getExpectedTwilioSignature(authToken, url, params);
}

export interface QstashTokenOptions {
  key: string;
  url: string;
  body: string | Uint8Array;
  /** unix seconds; default: now */
  issuedAt?: number;
  lifetime?: number;
  issuer?: string;
  alg?: 'HS256' | 'HS384' | 'HS512';
}

/** As QStash signs: HS256, iss Upstash, sub the destination URL, body = base64url(sha256(raw)). */
export function qstashToken({ key, url, body, issuedAt, lifetime = 300, issuer = 'Upstash', alg = 'HS256' }: QstashTokenOptions) {
  const iat = issuedAt ?? Math.floor(Date.now() / 1000);
  const bodyHash = createHash('sha256').update(body).digest('base64url');
  return new SignJWT({ body: bodyHash })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setIssuer(issuer)
    .setSubject(url)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + lifetime)
    .setJti(`msg_${iat}_${Math.random().toString(36).slice(2)}`)
    .sign(new TextEncoder().encode(key));
}
