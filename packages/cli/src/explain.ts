// Why a captured request does or does not verify. A local tool: it holds the
// secret and the captured request, verifies variants of the request with
// core's own verifier, and names the variant that would have passed.
// Core never reports any of this to a caller; only this tool does.
import { createHash } from 'node:crypto';
import { verifyRequest, type VerifyResult } from '@hookguard/core';
import { bodyCandidates, describeBodyDifference } from './body-variants.js';
import type { Capture } from './capture.js';
import type { CliScheme } from './schemes.js';
import { qstashClaims } from './signed-time.js';
import { describeUrlDifference, urlCandidates } from './url-variants.js';

export interface Finding {
  /** Stable: valid, missing_header, malformed, misconfigured, stale_timestamp, next_key, url_differs, body_reserialized, wrong_secret. */
  code: string;
  message: string;
  /** For url_differs: which parts (scheme, host, port, path, query_order, query_encoding, query). */
  parts?: string[];
}

export interface Explanation {
  verified: boolean;
  /** The refusal as the function answered it, when it was refused. */
  refusal?: { code: string; status: number; message: string };
  findings: Finding[];
}

export interface ExplainOptions {
  /** Unix seconds the request arrived. Default: the capture's time, else now. */
  now?: number;
  /** The body the sender says it sent, when known. */
  originalBody?: Uint8Array;
  /** The public origin or URL the sender was told to call, tried as the signed one. */
  publicUrl?: string;
}

type Check = (request: Capture, at?: number, secrets?: readonly string[]) => Promise<VerifyResult>;

export async function explain(capture: Capture, scheme: CliScheme, secrets: readonly string[], options: ExplainOptions = {}): Promise<Explanation> {
  const now = options.now ?? capture.receivedAt ?? Math.floor(Date.now() / 1000);
  const check: Check = (request, at = now, keys = secrets) =>
    verifyRequest({ method: request.method, url: request.url, headers: request.headers, body: request.body }, scheme.verifier(keys, request.url), { now: at });
  const result = await check(capture);
  if (result.ok) return { verified: true, findings: [{ code: 'valid', message: `verified by ${result.scheme}` }, ...(await whichKey(capture, secrets, check))] };
  const { code, status, message } = result.error;
  const refusal = { code, status, message };
  const early = firstLook(code, message);
  if (early) return { verified: false, refusal, findings: [early] };
  const findings: Finding[] = [];
  const signedAt = scheme.signedTime?.(new Headers(capture.headers));
  let at = now;
  if (signedAt !== undefined) {
    const atSigning = await check(capture, signedAt);
    if (code === 'timestamp_out_of_tolerance' || atSigning.ok) findings.push(staleness(now - signedAt, atSigning.ok));
    if (atSigning.ok) return { verified: false, refusal, findings };
    at = signedAt;
  }
  findings.push((await mismatch(capture, scheme, options, (request) => check(request, at))) ?? wrongSecret(scheme, secrets));
  return { verified: false, refusal, findings };
}

function firstLook(code: string, message: string): Finding | undefined {
  if (code === 'missing_credentials') return { code: 'missing_header', message: `the request carries no credentials: ${message}` };
  if (code === 'malformed') return { code: 'malformed', message };
  if (code === 'misconfigured' || code === 'internal_error') return { code, message };
  return undefined;
}

function staleness(age: number, signatureMatches: boolean): Finding {
  const when = age >= 0 ? `${age} s old` : `${-age} s in the future`;
  const rest = signatureMatches
    ? 'the signature itself matches: the clock is off, or the delivery was held or replayed'
    : 'and the signature does not match either (see below)';
  return { code: 'stale_timestamp', message: `timestamp ${when} when received; ${rest}` };
}

/** The first URL or body variant that verifies, described. */
async function mismatch(capture: Capture, scheme: CliScheme, options: ExplainOptions, check: (request: Capture) => Promise<VerifyResult>): Promise<Finding | undefined> {
  if (scheme.signsUrl) {
    const headers = new Headers(capture.headers);
    const claimed = qstashClaims(headers)?.['sub'];
    for (const url of urlCandidates(capture.url, headers, typeof claimed === 'string' ? [claimed] : [], options.publicUrl)) {
      if (!(await check({ ...capture, url })).ok) continue;
      const { parts, codes } = describeUrlDifference(url, capture.url);
      return { code: 'url_differs', parts: codes, message: `signed for ${url} but received ${capture.url} (${parts.join('; ')})` };
    }
  }
  if (scheme.signsBody) {
    for (const candidate of bodyCandidates(capture.body, options.originalBody)) {
      if (!(await check({ ...capture, body: candidate.bytes })).ok) continue;
      const difference = describeBodyDifference(candidate.bytes, capture.body);
      return {
        code: 'body_reserialized',
        message: `body was re-serialized: the sender signed ${candidate.bytes.length} bytes (${candidate.label}), ` +
          `the function received ${capture.body.length}; ${difference}. Verify the raw bytes, before any parser.`,
      };
    }
  }
  return undefined;
}

/** With several keys (QStash's current and next), which one signed. */
async function whichKey(capture: Capture, secrets: readonly string[], check: Check): Promise<Finding[]> {
  if (secrets.length < 2 || (await check(capture, undefined, secrets.slice(0, 1))).ok) return [];
  const index = (await Promise.all(secrets.map((secret) => check(capture, undefined, [secret])))).findIndex((result) => result.ok);
  const message = index === 1
    ? 'signed with the next key, not the current: the sender has rotated keys, and a function that knows only the current key refuses it'
    : `signed with key ${index + 1} of ${secrets.length}, not the first`;
  return [{ code: 'next_key', message }];
}

/** A fingerprint, not the secret: enough to compare with the one configured elsewhere. */
function wrongSecret(scheme: CliScheme, secrets: readonly string[]): Finding {
  const prints = secrets.map((secret) => createHash('sha256').update(secret).digest('hex').slice(0, 8)).join(', ');
  const moreKeys = secrets.length < scheme.env.length ? ` (${scheme.name} signs with one of ${scheme.env.join(', ')}: give each)` : '';
  if (!scheme.signsBody && !scheme.signsUrl) {
    return { code: 'wrong_secret', message: `the credential sent is not the secret given (SHA-256 fingerprint ${prints})` };
  }
  return {
    code: 'wrong_secret',
    message: `no URL or body variant verifies with the secret given (SHA-256 fingerprint ${prints}): ` +
      `the sender most likely signs with another secret${moreKeys}, or the body was changed beyond re-serialization`,
  };
}
