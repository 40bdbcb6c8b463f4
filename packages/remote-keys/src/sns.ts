import { handshake, isRefusal, refuse, rfc3339, timestampWithin, type Refusal, type Verified, type Verifier, type VerifyResult } from '@hookguard/core';
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
  /**
   * Seconds the signed `Timestamp` may be from now. Default: 3600, SNS's hard
   * limit on the time it retries a delivery to HTTP/S (the retry keeps the
   * publish time). An older message is refused, even one never seen before.
   */
  toleranceSeconds?: number;
}

/** The fields each message type signs, in order (AWS's "Verifying the signatures of Amazon SNS messages"). */
const NOTIFICATION = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
const TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];
const ARN = /^arn:aws(?:-cn|-us-gov)?:sns:([a-z0-9-]{3,30}):\d{12}:[A-Za-z0-9_.-]{1,256}$/;
// The one shape of an SNS certificate path: anything else would let a sender-chosen URL cost a fetch.
const CERTIFICATE_PATH = /^\/SimpleNotificationService-[A-Za-z0-9]{1,64}\.pem$/;

/** A certificate's public key, imported for each signature version's hash. */
type CertificateKeys = Readonly<Record<'1' | '2', CryptoKey>>;

// By URL, for every verifier in the process: SNS changes the URL when it rotates certificates.
const certificates = new FetchedCache<CertificateKeys>(16);

type Message = Readonly<Record<string, unknown>>;

/**
 * AWS SNS over HTTP/S: the JSON message's `Signature` over the documented
 * canonical string, RSA with SHA-1 (`SignatureVersion` 1) or SHA-256 (2), under
 * the certificate at `SigningCertURL`, fetched only over https from
 * `sns.<region>.amazonaws.com` (`.com.cn` in China) of a configured topic's
 * region, at `/SimpleNotificationService-<id>.pem`, and kept by URL. The topic
 * must be one of `topicArns`, the signed `Timestamp` within `toleranceSeconds`.
 * `deliveryId` is `MessageId`; `claims` the message.
 */
export function sns(options: SnsOptions): Verifier {
  const scheme = 'sns';
  const topics: readonly unknown[] = Array.isArray(options.topicArns) ? options.topicArns : [];
  const regions = new Set(topics.map((arn) => (typeof arn === 'string' ? ARN.exec(arn)?.[1] : undefined)));
  if (topics.length === 0 || regions.has(undefined)) return misconfigured(scheme, 'option "topicArns" must list SNS topic ARNs (arn:aws:sns:<region>:<account>:<name>)');
  const tolerance = options.toleranceSeconds ?? 3600;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) return misconfigured(scheme, 'option "toleranceSeconds" must be a finite number of at least 0');
  const snsUrl = (url: unknown) => (typeof url === 'string' ? parseSnsUrl(url, regions as Set<string>) : undefined);
  return {
    scheme,
    checkConfiguration: () => undefined,
    async verify(request, context): Promise<VerifyResult> {
      const message = parseMessage(request.bodyText, scheme);
      if (isRefusal(message)) return message;
      const { Type: type, TopicArn: topic, SignatureVersion: version, Signature: signature } = message;
      if (typeof topic !== 'string' || !topics.includes(topic)) return refuse('invalid_signature', scheme, 'the message is for a topic not configured');
      if (version !== '1' && version !== '2') return refuse('malformed', scheme, 'SignatureVersion is neither 1 nor 2');
      const certUrl = snsUrl(message['SigningCertURL']);
      // href beyond origin and path: a query or fragment, even an empty `?` or `#` (another spelling, another fetch).
      if (!certUrl || certUrl.href !== certUrl.origin + certUrl.pathname || !CERTIFICATE_PATH.test(certUrl.pathname)) {
        return refuse('invalid_signature', scheme, "SigningCertURL is not an SNS certificate on the topic region's SNS host");
      }
      const canonical = canonicalString(message, type === 'Notification' ? NOTIFICATION : CONFIRMATION);
      const signatureBytes = typeof signature === 'string' ? decodeBase64(signature) : undefined;
      if (canonical === undefined || !signatureBytes) return refuse('malformed', scheme, 'a field its type signs is missing or not one line, or Signature is not base64');
      const keys = await certificateKeys(scheme, certUrl.href, context.now, options);
      if (isRefusal(keys)) return keys;
      const hash = { name: 'RSASSA-PKCS1-v1_5' };
      if (!(await crypto.subtle.verify(hash, keys[version], signatureBytes, new TextEncoder().encode(canonical)))) {
        return refuse('invalid_signature', scheme, 'Signature does not match the message under its certificate');
      }
      // Signed, so checked once the signature holds: a replay after the replay store forgot it, or a stale confirmation.
      const timestamp = timestampWithin(scheme, 'Timestamp', message['Timestamp'] as string, rfc3339, context, { tolerance });
      if (isRefusal(timestamp)) return timestamp;
      if (type === 'SubscriptionConfirmation' && options.confirmSubscription) return confirm(scheme, snsUrl(message['SubscribeURL']), options);
      const result: { -readonly [K in keyof Verified]: Verified[K] } = { ok: true, scheme, claims: message, expiresAt: Math.floor(timestamp) + tolerance };
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

/**
 * `name\nvalue\n` for each signed field present; undefined when a field that
 * must be there is not text, or one but `Message` is not one line (else text
 * could move between fields under the same signature).
 */
function canonicalString(message: Message, fields: readonly string[]): string | undefined {
  let text = '';
  for (const field of fields) {
    const value = message[field];
    if (value === undefined && field === 'Subject') continue; // the one optional field
    if (typeof value !== 'string' || (field !== 'Message' && value.includes('\n'))) return undefined;
    text += `${field}\n${value}\n`;
  }
  return text;
}

/** An https URL on `sns.<region>.amazonaws.com` (`.com.cn` for China) of one of the regions, with no credentials or port. */
function parseSnsUrl(text: string, regions: ReadonlySet<string>): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const host = /^sns\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(url.hostname);
  const onSns = url.protocol === 'https:' && url.port === '' && !url.username && !url.password && host !== null && regions.has(host[1]!) && (host[2] === '.cn') === host[1]!.startsWith('cn-');
  return onSns ? url : undefined;
}

/** The certificate's public key for each signature version; fetched once per URL, then kept. */
function certificateKeys(scheme: string, url: string, now: number, options: FetchOptions): Promise<CertificateKeys | Refusal> {
  return certificates.load(url, now, async () => {
    const fetched = await fetchText(scheme, url, options);
    if (isRefusal(fetched)) return fetched;
    try {
      const spki = await exportSPKI(await importX509(fetched.text, 'RS256', { extractable: true }));
      const der = decodeBase64(spki.replace(/-----[A-Z ]+-----|\s/g, ''))!;
      const key = (hash: string) => crypto.subtle.importKey('spki', der, { name: 'RSASSA-PKCS1-v1_5', hash }, false, ['verify']);
      // Kept for a day: SNS signs with a new certificate at a new URL.
      return { value: { '1': await key('SHA-1'), '2': await key('SHA-256') }, expiresAt: now + 86_400 };
    } catch {
      return refuse('key_unavailable', scheme, `${url} did not answer an RSA certificate`);
    }
  });
}

/** Confirms a verified subscription by a GET of its SubscribeURL, itself on the topic region's SNS host, and answers 200. */
async function confirm(scheme: string, url: URL | undefined, options: FetchOptions): Promise<Refusal> {
  if (!url) return refuse('invalid_signature', scheme, "SubscribeURL is not on the topic region's SNS host");
  const confirmed = await fetchText(scheme, url.href, options);
  if (isRefusal(confirmed)) return confirmed;
  return handshake(scheme, 'a SubscriptionConfirmation, confirmed', { status: 200, headers: {}, body: '' });
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
