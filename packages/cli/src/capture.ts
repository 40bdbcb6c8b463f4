// A captured request, as the function received it: hookguard's own JSON
// (`hookguard sign --json` prints it) or a HAR file from a browser or proxy.
import type { Delivery } from './delivery.js';
import { CliFailure } from './failure.js';
import { readFileOrFail } from './input.js';

export interface Capture extends Delivery {
  /** Unix seconds the request was received, when the capture says. */
  receivedAt?: number;
}

type HeaderList = Record<string, string> | { name: string; value: string }[] | [string, string][];

interface CaptureJson {
  method?: string;
  url?: string;
  headers?: HeaderList;
  body?: string;
  bodyEncoding?: 'utf8' | 'base64';
  receivedAt?: string | number;
}

interface HarEntry {
  startedDateTime?: string;
  request?: { method?: string; url?: string; headers?: HeaderList; postData?: { text?: string; encoding?: string } };
}

export function readCapture(file: string, entryIndex = 0): Capture {
  let parsed: { log?: { entries?: HarEntry[] } } & CaptureJson;
  try {
    parsed = JSON.parse(readFileOrFail(file).toString('utf8'));
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(`${file} is not JSON: give a captured request ({ url, headers, body }) or a HAR file`);
  }
  if (!parsed.log) return fromCaptureJson(parsed, file);
  const entry = parsed.log.entries?.[entryIndex];
  if (!entry?.request) throw new CliFailure(`${file} has no HAR entry ${entryIndex}`);
  const { method, url, headers, postData } = entry.request;
  return fromCaptureJson(
    {
      ...(method ? { method } : {}),
      ...(url ? { url } : {}),
      ...(headers ? { headers } : {}),
      body: postData?.text ?? '',
      bodyEncoding: postData?.encoding === 'base64' ? 'base64' : 'utf8',
      ...(entry.startedDateTime ? { receivedAt: entry.startedDateTime } : {}),
    },
    file,
  );
}

function fromCaptureJson(capture: CaptureJson, file: string): Capture {
  if (typeof capture.url !== 'string') throw new CliFailure(`${file}: the captured request has no "url"`);
  // A capture is the client's bytes, possibly hostile: wrong types are named, never a crash.
  if (capture.method !== undefined && typeof capture.method !== 'string') throw new CliFailure(`${file}: "method" is not a string`);
  if (capture.body !== undefined && typeof capture.body !== 'string') throw new CliFailure(`${file}: "body" is not a string`);
  const receivedAt = typeof capture.receivedAt === 'number' ? capture.receivedAt : Date.parse(capture.receivedAt ?? '') / 1000;
  return {
    method: capture.method ?? 'POST',
    url: capture.url,
    headers: headerRecord(capture.headers ?? {}, file),
    body: Buffer.from(capture.body ?? '', capture.bodyEncoding === 'base64' ? 'base64' : 'utf8'),
    ...(Number.isFinite(receivedAt) ? { receivedAt: Math.floor(receivedAt) } : {}),
  };
}

function headerRecord(headers: HeaderList, file: string): Record<string, string> {
  if (typeof headers !== 'object' || headers === null) throw new CliFailure(`${file}: "headers" is not a list or an object`);
  const pairs: [unknown, unknown][] = Array.isArray(headers)
    ? headers.map((header: unknown) => (Array.isArray(header) ? [header[0], header[1]] : [(header as { name?: unknown })?.name, (header as { value?: unknown })?.value]))
    : Object.entries(headers);
  const text = (value: unknown): value is string => typeof value === 'string';
  if (!pairs.every(([name, value]) => text(name) && text(value))) throw new CliFailure(`${file}: every header needs a string name and a string value`);
  // HTTP/2 pseudo-headers (":authority") in HAR files are not request headers.
  return Object.fromEntries((pairs as [string, string][]).filter(([name]) => !name.startsWith(':')).map(([name, value]) => [name.toLowerCase(), value]));
}
