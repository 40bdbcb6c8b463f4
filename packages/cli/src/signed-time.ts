// Where each timestamped scheme carries the time its sender signed, so `explain`
// can tell "stale" from "forged" and `--tamper timestamp` can be checked.
import type { WebhookPreset } from '@hookguard/core/catalog';

type Reader = (headers: Headers) => number | undefined;

const unix = (text: string | null | undefined): number | undefined => {
  const value = Number(text ?? undefined);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

/** The claims of a QStash JWT: decoded, not verified (`explain` verifies separately). */
export function qstashClaims(headers: Headers): Record<string, unknown> | undefined {
  const payload = headers.get('upstash-signature')?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function qstashTime(headers: Headers): number | undefined {
  const claims = qstashClaims(headers);
  return unix(String(claims?.['nbf'] ?? claims?.['iat']));
}

export const signedTime: Readonly<Record<string, Reader>> = {
  stripe: (headers) => unix(/(?:^|,)\s*t=(\d+)/.exec(headers.get('stripe-signature') ?? '')?.[1]),
  slack: (headers) => unix(headers.get('x-slack-request-timestamp')),
  'standard-webhooks': (headers) => unix(headers.get('webhook-timestamp') ?? headers.get('svix-timestamp')),
  qstash: qstashTime,
};

/** Where a preset carries its signed time: its own header, or an entry of its signature header. */
export function presetTime(preset: WebhookPreset): Reader {
  const { timestamp, signature } = preset;
  return (headers) => {
    const text = timestamp?.header ? headers.get(timestamp.header) : entry(headers.get(signature.header), signature.list?.separator.trim(), signature.list?.timestamp);
    const seconds = text == null || !timestamp ? undefined : timestamp.unit.parse(text.trim());
    return seconds === undefined ? undefined : Math.floor(seconds);
  };
}

const entry = (header: string | null, separator = ',', name?: string) =>
  name === undefined ? undefined : header?.split(separator).map((part) => part.trim()).find((part) => part.startsWith(`${name}=`))?.slice(name.length + 1);
