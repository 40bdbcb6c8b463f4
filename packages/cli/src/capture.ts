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
  const receivedAt = typeof capture.receivedAt === 'number' ? capture.receivedAt : Date.parse(capture.receivedAt ?? '') / 1000;
  return {
    method: capture.method ?? 'POST',
    url: capture.url,
    headers: headerRecord(capture.headers ?? {}),
    body: Buffer.from(capture.body ?? '', capture.bodyEncoding === 'base64' ? 'base64' : 'utf8'),
    ...(Number.isFinite(receivedAt) ? { receivedAt: Math.floor(receivedAt) } : {}),
  };
}

function headerRecord(headers: HeaderList): Record<string, string> {
  const pairs: [string, string][] = Array.isArray(headers)
    ? headers.map((header) => (Array.isArray(header) ? header : [header.name, header.value]))
    : Object.entries(headers);
  // HTTP/2 pseudo-headers (":authority") in HAR files are not request headers.
  return Object.fromEntries(pairs.filter(([name]) => !name.startsWith(':')).map(([name, value]) => [name.toLowerCase(), value]));
}
