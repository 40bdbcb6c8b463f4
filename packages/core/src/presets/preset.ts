import { singleHeader } from '../credentials.js';
import { defineVerifier } from '../define-verifier.js';
import { verifiedDelivery } from '../delivery.js';
import { isRefusal, refuse, VerificationError, type Refusal } from '../errors.js';
import { invalidNumber } from '../options.js';
import type { VerifiableRequest } from '../request.js';
import type { SecretInput } from '../secrets.js';
import type { Verifier, VerifyContext, VerifyResult } from '../verifier.js';
import type { SignatureCheck } from './check.js';
import type { SignatureList } from './signature-list.js';
import type { SignedTime } from './signed-time.js';
import { compileTemplate, fillTemplate, type Template } from './template.js';

/**
 * A sender's signature scheme as data: where the signature is, what bytes it
 * covers, how it is checked, where the signed time is. `presetVerifier` turns
 * one into a verifier and `signPreset` into what the sender would send; the
 * README's provider table is generated from the same description.
 */
export interface WebhookPreset {
  /** The name results and errors report, e.g. `paddle`. */
  readonly scheme: string;
  readonly signature: SignatureHeader;
  /**
   * What the sender signs, as a template of literal text and fields:
   * `{body}` (the raw bytes), `{timestamp}` (as sent), `{id}` (`idHeader`'s
   * value), `{url}` (the request URL, see `requestOrigin`), `{method}`, or a
   * value the preset's options give (Square's `{notificationUrl}`).
   */
  readonly signed: string;
  readonly check: SignatureCheck<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- each check prepares its own keys
  /** Where the signed time is, made by `signedTime`. */
  readonly timestamp?: SignedTime;
  /** A header the signature covers, naming the delivery: `{id}` in the template, and `deliveryId`. */
  readonly idHeader?: string;
  /** A header naming the delivery that the signature does not cover, returned as `deliveryId`. */
  readonly deliveryIdHeader?: string;
  /** How the sender writes the URL it signs, from the request's (HubSpot decodes some escapes). Default: as is. */
  readonly signedUrl?: (url: string) => string;
  /** The status a wrong or garbled signature gets when the sender requires one (Discord: 401). Default: 403. */
  readonly invalidStatus?: number;
  /** Setup and probe requests the sender needs answered, and the handler never sees. */
  readonly handshakes?: Handshakes;
}

/**
 * A sender's handshakes, each answering with `handshake(…)` from errors.ts (or
 * refusing) instead of passing the request on, or undefined for a delivery.
 */
export interface Handshakes {
  /**
   * Read before any signature, for setup requests the sender does not sign
   * (Meta's `GET ?hub.challenge`), which must prove themselves otherwise.
   * `values` holds the preset's resolved option values, every one of a list (Meta's `verifyToken`s).
   */
  readonly unsigned?: (request: VerifiableRequest, values: Readonly<Record<string, readonly string[]>>) => Refusal | undefined | Promise<Refusal | undefined>;
  /** Read once the signature is verified, for setup requests the sender signs (Discord's PING); `secrets` are the configured keys. */
  readonly signed?: (request: VerifiableRequest, secrets: readonly string[]) => Refusal | undefined | Promise<Refusal | undefined>;
}

export interface SignatureHeader {
  /** Lower case, e.g. `x-zm-signature`. */
  readonly header: string;
  /** Text before a lone signature, e.g. `v0=`. Default: none. */
  readonly prefix?: string;
  /** For headers of `name=value` entries, e.g. Paddle's `ts=…;h1=…[;h1=…]`: made by `signatureList`. */
  readonly list?: SignatureList;
}

export interface PresetOptions {
  /** Seconds the signed time may be from now. Default: the sender's own. */
  readonly toleranceSeconds?: number | undefined;
  /** Whether the sender's handshakes are answered. Default: true; with false they reach the handler's refusal path like any request. */
  readonly handshakes?: boolean | undefined;
  /** Values for template fields the preset's options give, e.g. `{ notificationUrl }`. */
  readonly values?: Readonly<Record<string, SecretInput>>;
}

/** What one request presents: the signature(s) and where they start, and the signed time's text. */
interface Presented {
  readonly signatures: string | readonly string[];
  readonly offset: number;
  readonly timestamp?: string | undefined;
}


/**
 * A verifier for `preset`, its keys from the option named `secretOption`
 * (`secret`, `signingKey`…, as the sender calls it, so errors name it).
 */
export function presetVerifier(preset: WebhookPreset, secretOption: string, secret: SecretInput, options: PresetOptions = {}): Verifier {
  const { scheme, check, timestamp: time } = preset;
  const template = compileTemplate(preset.signed);
  const rule = time && { tolerance: options.toleranceSeconds ?? time.tolerance };
  const toleranceProblem = invalidNumber(scheme, 'toleranceSeconds', options.toleranceSeconds);
  let keys: unknown;
  const inputs: Record<string, SecretInput> = { [secretOption]: secret, ...options.values };
  const values = Object.keys(options.values ?? {});
  const validate = (secrets: Record<string, readonly string[]>): Refusal | undefined => {
    keys = check.keys(secrets[secretOption]!);
    if (keys === undefined) return refuse('misconfigured', scheme, `option "${secretOption}" is not ${check.keyShape}`);
    return toleranceProblem;
  };
  const handshakes = options.handshakes === false ? undefined : preset.handshakes;
  let optionValues: Record<string, readonly string[]> | undefined;
  return defineVerifier(scheme, inputs, async (request, context, secrets) => {
    if (handshakes?.unsigned) {
      // The option values alone: the signing secret is no business of an unsigned handshake.
      optionValues ??= Object.fromEntries(values.map((name) => [name, secrets[name]!]));
      const answered = await handshakes.unsigned(request, optionValues);
      if (answered) return answered;
    }
    const presented = readSignatures(preset, request);
    if (isRefusal(presented)) return presented;
    const id = preset.idHeader === undefined ? undefined : singleHeader(request, preset.idHeader, scheme);
    if (isRefusal(id)) return id;
    // Most senders sign the body alone: it is the message, with no fields to fill in.
    const fields = template.bodyOnly ? undefined : messageFields(request, preset, template, presented.timestamp, id, values, secrets);
    if (isRefusal(fields)) return fields;
    const message = fields === undefined ? request.bodyAsGiven : fillTemplate(template, fields);
    const pending = check.matches(keys, message, presented.signatures, presented.offset);
    const matched = typeof pending === 'object' ? await pending : pending;
    if (matched === undefined) return refusal(preset, request, presented, context, rule);
    const result = await accepted(preset, request, context, rule, presented, matched, id);
    // A setup request the sender signed is answered only once its signature and time hold.
    return (result.ok && (await handshakes?.signed?.(request, secrets[secretOption]!))) || result;
  }, validate);
}

/** The signature header read, or the refusal: missing (401), or not of the sender's shape (403). */
function readSignatures(preset: WebhookPreset, request: VerifiableRequest): Presented | Refusal {
  const { scheme, signature: { header, prefix = '', list }, timestamp: time } = preset;
  const value = singleHeader(request, header, scheme);
  if (isRefusal(value)) return value;
  let timestamp: string | Refusal | undefined = time?.header === undefined ? undefined : singleHeader(request, time.header, scheme);
  if (isRefusal(timestamp)) return timestamp;
  if (!list) return value.startsWith(prefix) ? { signatures: value, offset: prefix.length, timestamp } : malformed(preset);
  const listed = list.read(value);
  if (typeof listed === 'string') return malformed(preset, listed);
  return { signatures: listed.signatures, offset: 0, timestamp: listed.timestamp ?? timestamp };
}

/** The template's fields for this request; the URL only when it is signed (building it reads headers). */
function messageFields(
  request: VerifiableRequest,
  preset: WebhookPreset,
  template: Template,
  timestamp: string | undefined,
  id: string | undefined,
  values: readonly string[],
  secrets: Readonly<Record<string, readonly string[]>>,
) {
  const fields: Record<string, string | Uint8Array> = { body: request.bodyAsGiven, method: request.method };
  if (timestamp !== undefined) fields['timestamp'] = timestamp;
  if (id !== undefined) fields['id'] = id;
  for (const name of values) fields[name] = secrets[name]![0]!;
  if (template.has('url')) {
    const url = request.target;
    if (isRefusal(url)) return url;
    fields['url'] = preset.signedUrl ? preset.signedUrl(url) : url;
  }
  return fields;
}

type Rule = { tolerance: number } | undefined;

/**
 * Why a request whose signatures all failed is refused, in the order a sender
 * would fix things: the header's shape, then the time, then the signature.
 */
function refusal(preset: WebhookPreset, request: VerifiableRequest, presented: Presented, context: VerifyContext, rule: Rule): Refusal {
  const { check, signature: { prefix = '' } } = preset;
  const { signatures } = presented;
  const shaped = typeof signatures === 'string' ? check.wellFormed(signatures.slice(prefix.length)) : signatures.some((text) => check.wellFormed(text));
  if (!shaped) return malformed(preset);
  // A time in the body is the sender's only once the signature covers it: a forged body's is not read.
  const time = preset.timestamp?.bodyField === undefined ? checkTime(preset, request, presented, context, rule) : undefined;
  if (isRefusal(time)) return time;
  return signatureRefusal(preset, 'invalid_signature', `does not match ${preset.signed}`);
}

// Not async: the verifier's own promise carries the result, one fewer per request.
function accepted(
  preset: WebhookPreset,
  request: VerifiableRequest,
  context: VerifyContext,
  rule: Rule,
  presented: Presented,
  matched: string,
  id: string | undefined,
): VerifyResult | Promise<VerifyResult> {
  const time = checkTime(preset, request, presented, context, rule);
  if (isRefusal(time)) return time;
  // One object shape for every preset: a spread or a property added later costs V8 more than the HMAC's compare.
  const expiresAt = time === undefined ? undefined : Math.floor(time) + rule!.tolerance;
  return verifiedDelivery(preset.scheme, request, context, matched, { idHeader: preset.deliveryIdHeader, deliveryId: id, expiresAt });
}

function checkTime(preset: WebhookPreset, request: VerifiableRequest, presented: Presented, context: VerifyContext, rule: Rule): number | Refusal | undefined {
  return rule && preset.timestamp?.check(preset.scheme, request, presented.timestamp, context, rule.tolerance);
}

// The header's expected shape is in the README's provider table (describeHeader); a
// refusal names the sender, so that bundles carry no description of every preset.
const malformed = (preset: WebhookPreset, problem = `is not a ${preset.scheme} signature`) => signatureRefusal(preset, 'malformed', problem);

/** A refusal of the signature header, with the status its sender requires for one. */
const signatureRefusal = ({ scheme, signature, invalidStatus }: WebhookPreset, code: 'malformed' | 'invalid_signature', problem: string): Refusal => ({
  ok: false,
  error: new VerificationError(code, scheme, `header ${signature.header} ${problem}`, invalidStatus),
});

/** The header's shape, for refusals and the README: `v0=<HMAC-SHA256, hex>`, `ts=<timestamp>;h1=<…>`. */
export const describeHeader = (preset: WebhookPreset): string => signatureHeaderValue(preset, `<${preset.check.name}>`, '<timestamp>');

/** The signature header's value as the sender writes it, around a signature and the signed time. */
export function signatureHeaderValue({ signature: { prefix = '', list } }: WebhookPreset, signature: string, timestamp: string | undefined): string {
  if (!list) return prefix + signature;
  const entries = [`${list.signature}=${signature}`];
  if (list.timestamp !== undefined) entries[list.signatureFirst ? 'push' : 'unshift'](`${list.timestamp}=${timestamp}`);
  return entries.join(list.separator);
}
