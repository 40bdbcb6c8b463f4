import { randomId, requireSecret, unixNow, type SignBody, type SignedParts } from '../signing.js';
import { signatureHeaderValue, type WebhookPreset } from './preset.js';
import { compileTemplate, fillTemplate } from './template.js';

export interface SignPresetOptions {
  /** The secret the sender signs with. */
  secret: string;
  body: SignBody;
  /** Unix seconds. Default: now. */
  timestamp?: number;
  /** The delivery id, for presets that sign one. Default: a random UUID. */
  id?: string;
  /** The URL the request goes to, for presets that sign it. */
  url?: string;
  /** Default: POST. */
  method?: string;
  /** Values of the preset's own template fields, e.g. `{ notificationUrl }`. */
  values?: Readonly<Record<string, string>>;
}

/** The headers a sender of `preset` attaches to `body`: the exact inverse of `presetVerifier`. */
export async function signPreset(preset: WebhookPreset, options: SignPresetOptions): Promise<SignedParts> {
  const { scheme, check, signature, timestamp: time, idHeader } = preset;
  if (!check.sign) throw new TypeError(`${scheme}: signs with a private key; sign with the sender's own tools`);
  const secret = requireSecret(scheme, 'secret', options.secret);
  const timestamp = time && time.unit.format(options.timestamp ?? unixNow());
  const id = idHeader && (options.id ?? randomId(''));
  // The URL as the sender writes it in what it signs (HubSpot decodes some escapes).
  const url = options.url !== undefined && preset.signedUrl ? preset.signedUrl(options.url) : options.url;
  const body = time?.bodyField === undefined ? options.body : withBodyField(scheme, options.body, time.bodyField, Number(timestamp));
  const fields = { ...options.values, body, method: options.method ?? 'POST', url, timestamp, id };
  const value = await check.sign(secret, fillTemplate(compileTemplate(preset.signed), fields));
  const headers: Record<string, string> = { [signature.header]: signatureHeaderValue(preset, value, timestamp) };
  if (time?.header) headers[time.header] = timestamp!;
  if (idHeader) headers[idHeader] = id!;
  return body === options.body ? { headers } : { headers, body };
}

/**
 * The body with the signed time in its own field, as Linear sends it: as given
 * when it already has one, else its JSON object (an empty one when there is no
 * body) with the field added.
 */
function withBodyField(scheme: string, body: SignBody, field: string, value: number): SignBody {
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(text || '{}') as Record<string, unknown>;
  } catch {
    throw new TypeError(`${scheme}: signs a time inside a JSON body; the body to sign must be a JSON object`);
  }
  return typeof fields[field] === 'number' ? body : JSON.stringify({ ...fields, [field]: value });
}
