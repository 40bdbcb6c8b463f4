// A delivery as a sender would post it, signed by core's signer for the scheme,
// or forged in one named way to prove that an endpoint refuses it.
import { signRequest } from '@hookguard/core/sign';
import { CliFailure } from './failure.js';
import type { CliScheme } from './schemes.js';

export interface Delivery {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** The ways `--tamper` forges a delivery; `replay` sends one valid delivery twice. */
export const TAMPERINGS = ['body', 'url', 'host', 'signature', 'timestamp', 'secret', 'replay'] as const;
export type Tampering = (typeof TAMPERINGS)[number];

export interface DeliveryOptions {
  scheme: CliScheme;
  secret: string;
  url: string;
  body: Uint8Array;
  method?: string;
  /** Extra headers, e.g. a content type; the scheme's usual one is the default. */
  headers?: Record<string, string>;
  /** Unix seconds to sign at. Default: now. */
  timestamp?: number;
  id?: string;
  tamper?: Tampering;
}

/** How old `--tamper timestamp` makes a signature: far beyond every scheme's tolerance. */
export const STALE_SECONDS = 3600;

export async function createDelivery(options: DeliveryOptions): Promise<Delivery> {
  const { scheme, tamper } = options;
  assertMeaningful(scheme, tamper);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signedUrl = tamper === 'url' ? withExtraParameter(options.url) : tamper === 'host' ? onOtherHost(options.url) : options.url;
  const headers: Record<string, string> = { 'content-type': scheme.contentType, ...options.headers, ...(tamper === 'host' ? CLAIMED_HOST : {}) };
  const signed = await signRequest(scheme.name, {
    secret: tamper === 'secret' ? `${options.secret}-not-the-secret` : options.secret,
    url: signedUrl,
    body: options.body,
    timestamp: tamper === 'timestamp' ? timestamp - STALE_SECONDS : timestamp,
    contentType: headers['content-type'] ?? scheme.contentType,
    ...(options.id ? { id: options.id } : {}),
  });
  const delivery: Delivery = {
    method: options.method ?? 'POST',
    // The sender signed `signedUrl`; a forged-URL delivery still goes to the endpoint under test.
    url: tamper === 'url' || tamper === 'host' ? options.url : signed.url,
    headers: { ...headers, ...signed.headers },
    // Mailgun's signer puts its signature in the body: send the body it signed.
    body: tamper === 'body' ? appendSpace(options.body) : Buffer.from(signed.body),
  };
  if (tamper === 'signature') alterSignature(delivery, Object.keys(signed.headers));
  return delivery;
}

/** A forgery the scheme cannot notice proves nothing: refuse to send it. */
function assertMeaningful(scheme: CliScheme, tamper: Tampering | undefined): void {
  const reason =
    (tamper === 'body' && !scheme.signsBody && 'does not sign the body') ||
    ((tamper === 'url' || tamper === 'host') && !scheme.signsUrl && 'does not sign the URL') ||
    (tamper === 'timestamp' && !scheme.signedTime && 'signs no timestamp') ||
    (tamper === 'replay' && !scheme.replayable && 'uses static credentials, which identify no delivery to refuse twice') ||
    (tamper === 'signature' && scheme.name === 'query-secret' && 'carries its secret in the URL, not a header') ||
    (tamper === 'signature' && scheme.name === 'mailgun' && 'carries its signature in the body, not a header');
  if (reason) throw new CliFailure(`--tamper ${tamper}: ${scheme.name} ${reason}`);
}

function withExtraParameter(url: string): string {
  const forged = new URL(url);
  forged.searchParams.append('forwarded', 'elsewhere');
  return forged.href;
}

/**
 * A delivery signed for another host of the same account (a staging domain,
 * another integration), sent here claiming that host in the forwarding headers
 * a client can set: accepted only where an adapter believes them off-platform.
 */
const OTHER_HOST = 'other-endpoint.example.com';
const CLAIMED_HOST = { 'x-forwarded-host': OTHER_HOST, 'x-forwarded-proto': 'https' };

function onOtherHost(url: string): string {
  const forged = new URL(url);
  forged.protocol = 'https:';
  forged.host = OTHER_HOST;
  return forged.href;
}

const appendSpace = (body: Uint8Array): Uint8Array => Buffer.concat([body, Buffer.from(' ')]);

/**
 * Changes one character in the middle of the signature header: the middle, not
 * the end, because a final base64 character can carry padding bits a decoder ignores.
 */
function alterSignature(delivery: Delivery, signedHeaders: readonly string[]): void {
  const name = signedHeaders.find((header) => !/timestamp|-id$|^webhook-id$/.test(header)) ?? signedHeaders[0];
  const value = name ? delivery.headers[name] : undefined;
  if (!name || !value) return;
  let index = Math.floor(value.length / 2);
  while (index < value.length && !/[A-Za-z0-9]/.test(value[index] ?? '')) index++;
  const char = value[index] ?? 'a';
  const replaced = /[0-8]/.test(char) ? String(Number(char) + 1) : char === 'a' ? 'b' : 'a';
  delivery.headers[name] = value.slice(0, index) + replaced + value.slice(index + 1);
}
