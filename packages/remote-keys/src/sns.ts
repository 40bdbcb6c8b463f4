import { handshake, isRefusal, refuse, type Refusal, type Verified, type Verifier, type VerifyResult } from '@hookguard/core';
import { exportSPKI, importX509 } from 'jose';
import { FetchedCache } from './cache.js';
import { fetchText, type FetchOptions } from './fetch-text.js';
import { misconfigured } from './misconfigured.js';
import { replayKeyOf } from './replay-key.js';

export interface SnsOptions extends FetchOptions {
  /** The topics whose messages are accepted, as ARNs; the certificate must come from their regions' SNS hosts. */
  topicArns: readonly string[];
  /**
   * Whether a verified `SubscriptionConfirmation` is confirmed here (a GET of
   * its `SubscribeURL`, itself checked to be the topic region's SNS host) and
   * answered 200 without the handler. Default: false: it reaches the handler,
   * verified, with `SubscribeURL` in `claims`.
   */
  confirmSubscription?: boolean;
}

/** The fields each message type signs, in order (AWS's "Verifying the signatures of Amazon SNS messages"). */
const NOTIFICATION = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
const TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];
const ARN = /^arn:aws(?:-cn|-us-gov)?:sns:([a-z0-9-]{3,30}):\d{12}:[A-Za-z0-9_.-]{1,256}$/;

// Certificates by URL, for every verifier in the process: SNS changes the URL when it rotates them.
const certificates = new FetchedCache<Uint8Array<ArrayBuffer>>(16);
const publicKeys = new Map<string, Promise<CryptoKey>>();

type Message = Readonly<Record<string, unknown>>;

/**
 * AWS SNS over HTTP/S: the JSON message's `Signature` over the documented
 * canonical string, RSA with SHA-1 (`SignatureVersion` 1) or SHA-256 (2), under
 * the certificate at `SigningCertURL`, fetched only over https from
 * `sns.<region>.amazonaws.com` (`.com.cn` in China) of a configured topic's
 * region, with a path ending in `.pem`, and kept by URL. The topic must be one
 * of `topicArns`. `deliveryId` is `MessageId`; `claims` the message.
 */
export function sns(options: SnsOptions): Verifier {
  const scheme = 'sns';
  const topics: readonly unknown[] = Array.isArray(options.topicArns) ? options.topicArns : [];
  const regions = new Set(topics.map((arn) => (typeof arn === 'string' ? ARN.exec(arn)?.[1] : undefined)));
  if (topics.length === 0 || regions.has(undefined)) return misconfigured(scheme, 'option "topicArns" must list SNS topic ARNs (arn:aws:sns:<region>:<account>:<name>)');
  const snsHost = (url: string) => isSnsUrl(url, regions as Set<string>);
  return {
    scheme,
    checkConfiguration: () => undefined,
    async verify(request, context): Promise<VerifyResult> {
      const message = parseMessage(request.bodyText, scheme);
      if (isRefusal(message)) return message;
      const { Type: type, TopicArn: topic, SignatureVersion: version, SigningCertURL: certUrl, Signature: signature } = message;
      if (typeof topic !== 'string' || !topics.includes(topic)) return refuse('invalid_signature', scheme, 'the message is for a topic not configured');
      if (version !== '1' && version !== '2') return refuse('malformed', scheme, 'SignatureVersion is neither 1 nor 2');
      if (typeof certUrl !== 'string' || !snsHost(certUrl) || !new URL(certUrl).pathname.endsWith('.pem')) {
        return refuse('invalid_signature', scheme, "SigningCertURL is not an https .pem on the topic region's SNS host");
      }
      const canonical = canonicalString(message, type === 'Notification' ? NOTIFICATION : CONFIRMATION);
      const signatureBytes = typeof signature === 'string' ? decodeBase64(signature) : undefined;
      if (canonical === undefined || !signatureBytes) return refuse('malformed', scheme, 'the message lacks a field its type signs, or its Signature is not base64');
      const key = await publicKey(scheme, certUrl, version, context.now, options);
      if (isRefusal(key)) return key;
      const hash = { name: 'RSASSA-PKCS1-v1_5' };
      if (!(await crypto.subtle.verify(hash, key, signatureBytes, new TextEncoder().encode(canonical)))) {
        return refuse('invalid_signature', scheme, 'Signature does not match the message under its certificate');
      }
      if (type === 'SubscriptionConfirmation' && options.confirmSubscription) return confirm(scheme, message, snsHost, options);
      const result: { -readonly [K in keyof Verified]: Verified[K] } = { ok: true, scheme, claims: message };
      if (typeof message['MessageId'] === 'string') result.deliveryId = message['MessageId'];
      if (context.replay) result.replayKey = await replayKeyOf(canonical);
      return result;
    },
  };
}

function parseMessage(text: string, scheme: string): Message | Refusal {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return refuse('missing_credentials', scheme, 'the body is not an SNS message');
  }
  if (typeof message !== 'object' || message === null || !TYPES.includes((message as Message)['Type'] as string)) {
    return refuse('missing_credentials', scheme, 'the body is not an SNS message');
  }
  return message as Message;
}

/** `name\nvalue\n` for each signed field present; undefined when a field that must be there is not text. */
function canonicalString(message: Message, fields: readonly string[]): string | undefined {
  let text = '';
  for (const field of fields) {
    const value = message[field];
    if (value === undefined && field === 'Subject') continue; // the one optional field
    if (typeof value !== 'string') return undefined;
    text += `${field}\n${value}\n`;
  }
  return text;
}

/** An https URL on `sns.<region>.amazonaws.com` (`.com.cn` for China) of one of the regions, with no credentials or port. */
function isSnsUrl(text: string, regions: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  const host = /^sns\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(url.hostname);
  return url.protocol === 'https:' && url.port === '' && !url.username && !url.password && host !== null && regions.has(host[1]!) && (host[2] === '.cn') === host[1]!.startsWith('cn-');
}

/** The certificate's public key for the signature version's hash; fetched once per URL, then kept. */
async function publicKey(scheme: string, url: string, version: '1' | '2', now: number, options: FetchOptions): Promise<CryptoKey | Refusal> {
  const spki = await certificates.load(url, now, async () => {
    const fetched = await fetchText(scheme, url, options);
    if (isRefusal(fetched)) return fetched;
    try {
      const key = await importX509(fetched.text, 'RS256', { extractable: true });
      const pem = await exportSPKI(key);
      // Kept for a day: SNS signs with a new certificate at a new URL.
      return { value: decodeBase64(pem.replace(/-----[A-Z ]+-----|\s/g, ''))!, expiresAt: now + 86_400 };
    } catch {
      return refuse('key_unavailable', scheme, `${url} did not answer an RSA certificate`);
    }
  });
  if (isRefusal(spki)) return spki;
  const hash = version === '1' ? 'SHA-1' : 'SHA-256';
  let key = publicKeys.get(`${hash} ${url}`);
  if (!key) {
    key = crypto.subtle.importKey('spki', spki, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
    publicKeys.set(`${hash} ${url}`, key);
  }
  return key;
}

/** Confirms a verified subscription by a GET of its SubscribeURL, itself on the topic region's SNS host, and answers 200. */
async function confirm(scheme: string, message: Message, snsHost: (url: string) => boolean, options: FetchOptions): Promise<Refusal> {
  const url = message['SubscribeURL'];
  if (typeof url !== 'string' || !snsHost(url)) return refuse('invalid_signature', scheme, "SubscribeURL is not on the topic region's SNS host");
  const confirmed = await fetchText(scheme, url, options);
  if (isRefusal(confirmed)) return confirmed;
  return handshake(scheme, 'a SubscriptionConfirmation, confirmed', { status: 200, headers: {}, body: '' });
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
